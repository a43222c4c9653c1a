// Word lists the rules read. They are general English news vocabulary (reporting verbs,
// hedges, titles, demonyms), never words picked from one article.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean))

/** Reporting verbs, by lemma: "X said", "said X", "X told reporters", "X warned that". */
export const REPORTING_VERBS = words(`say | tell | add | argue | warn | deny | predict | claim | state | insist | note |
  announce | confirm | acknowledge | suggest | caution | stress | explain | write | report | assert | contend |
  maintain | believe | estimate | declare | emphasize | emphasise | reiterate | admit | concede | allege | urge |
  recall | observe | point | remark | reply | respond | counter | agree | vow | promise | pledge | threaten |
  forecast | conclude | express | expect | hope | fear | worry | complain | comment | testify | disclose | reveal | indicate | signal |
  accuse | dismiss | reject | question | describe | call | recommend | welcome | praise | criticize | oppose | back |
  support | endorse | applaud | disagree | object | protest |
  criticise | condemn | hint | concede | predict | demand | tweet | post | brief | announce | show | refute | rebut | want`)

/** Reporting verbs that state a stance rather than a fact: the claim is a `position`. */
export const STANCE_VERBS = words(`urge | propose | suggest | call | demand | recommend | insist | warn | caution |
  reject | vow | promise | pledge | threaten | welcome | praise | criticize | criticise | condemn | oppose | support |
  back | endorse | applaud | disagree | object | protest |
  argue | deny | dismiss | express | want`)

/** Reporting verbs whose content is denied: "X denied that ..." is a negative claim. */
export const DENIAL_VERBS = words('deny | reject | dismiss | refute | rebut | dispute | contest | repudiate | doubt')

/** Nouns that carry attribution after a possessive: "X's suggestion that ...". */
export const NOMINAL_CUES = words(`suggestion | view | claim | assertion | warning | argument | belief | proposal |
  position | statement | assessment | insistence | promise | pledge | threat | prediction | contention | allegation |
  denial | hope | fear | estimate | demand | offer | remark | comment | comments | remarks | announcement`)

/** Heads of anonymous sources: "officials said", "a senior diplomat told", "analysts say". */
export const ANONYMOUS_HEADS = words(`official | officials | source | sources | analyst | analysts | observer | observers |
  diplomat | diplomats | expert | experts | critic | critics | people | person | aide | aides | insider | insiders |
  spokesperson | spokesman | spokeswoman | negotiator | negotiators | economist | economists | residents | witnesses |
  witness | officer | officers | staff | member | members | lawmakers | lawmaker | legislators | commentators |
  investors | traders | scientists | researchers | activists | someone | some | many | others | forecasters |
  doctors | nurses | teachers | parents | students | locals | villagers | farmers | workers | employees |
  campaigners | protesters | organisers | organizers | engineers | lawyers | economist | meteorologists |
  specialists | planners | inspectors | auditors | mediators | negotiators | insiders | bankers | executives | managers`)

/** Modal and hedge words: FactBank `possible`. */
export const POSSIBLE = words(`could | may | might | possibly | potentially | perhaps | maybe |
  conceivably | reportedly | allegedly | apparently | seemingly | appears | appear | appeared | seems | seem | seemed |
  suggests | uncertain | unclear`)
/** Hedges of `probable`. */
export const PROBABLE = words(`likely | probably | expected | expects | expect | presumably | should | anticipated |
  believed`)

/** Negation of a predicate. */
export const NEGATIONS = words("not | n't | never | no | neither | nor | none | nobody | nothing | without | cannot")

/** Titles before a name: "President X", "Secretary of State X". Lower case; matched case-insensitively. */
const TITLES = words(`president | vice president | prime minister | deputy prime minister | minister | foreign minister |
  defence minister | defense minister | finance minister | interior minister | secretary | secretary of state |
  secretary-general | secretary general | chancellor | king | queen | prince | princess | emperor | pope | sheikh |
  senator | sen. | representative | rep. | congressman | congresswoman | governor | gov. | mayor | general | gen. |
  admiral | colonel | col. | lieutenant | lt. | captain | capt. | sergeant | commander | judge | justice | ambassador |
  envoy | special envoy | commissioner | director | chairman | chairwoman | chair | chief executive | ceo | premier |
  speaker | leader | spokesperson | spokesman | spokeswoman | mr. | mrs. | ms. | dr. | prof. | professor | mr | mrs |
  ms | dr | sir | dame | lord | lady | president-elect | chief | head | mp | minister of state | deputy | spokesman |
  coach | head coach | prosecutor | attorney general | inspector | superintendent | rector | dean | bishop | archbishop |
  alderman | alderwoman | councillor | councilor | ombudsman | ombudsperson | treasurer | magistrate | registrar`)

const PLAIN_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'sir', 'dame', 'lord', 'lady'])

/** A title, or a title after words that say of what: "Environment Minister", "deputy energy minister". */
export function isTitle (phrase: string): boolean {
  const w = phrase.toLowerCase().trim().split(/\s+/)
  if (TITLES.has(w.join(' '))) return true
  if (w.length < 2 || w.length > 4 || w.some((x) => NON_NAMES.has(x)) || /\b\p{Lu}{2,}\b/u.test(phrase) || PLAIN_TITLES.has(w.at(-1) as string)) return false
  return TITLES.has(w.at(-1) as string) || TITLES.has(w.slice(-2).join(' '))
}

/** Titles whose holder leads the state or body named with them. */
export const LEADING_TITLES = words('leader | head | chief | chair | chairman | chairwoman | king | queen | emperor | premier')

/** Capitalised words that begin a sentence or a run without being names. */
export const NON_NAMES = words(`the | a | an | this | that | these | those | it | he | she | they | we | i | you | his | her |
  their | our | its | my | your | if | but | and | or | however | meanwhile | moreover | additionally | also | yet | so |
  in | on | at | by | for | from | to | with | after | before | when | while | as | since | although | though | despite |
  during | under | over | according | last | next | earlier | later | today | yesterday | tomorrow | still | now |
  there | here | what | why | how | who | where | which | whether | beyond | once | some | many | most | all | both |
  each | every | no | not | one | two | three | several | few | other | another | such | than | then | thus | instead |
  monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february | march | april | may |
  june | july | august | september | october | november | december | mr | mrs | ms | dr | sir | north | south |
  east | west | northern | southern | eastern | western | central | breaking | update | updated | photo | read |
  more | see | also | said | says | asked | speaking | following | amid | against | about | among | until | unless |
  because | given | including | like | just | only | even | please | thank | thanks | yes | nor | let`)

/** Words that make a name an organisation. */
export const ORG_WORDS = words(`ministry | nations | department | agency | council | commission | committee | bank | fund | union |
  organization | organisation | party | institute | university | college | school | court | parliament | congress |
  senate | assembly | office | service | services | corporation | company | inc | inc. | ltd | ltd. | llc | plc | corp |
  corp. | group | association | federation | authority | board | bureau | army | navy | force | forces | police |
  network | times | news | press | post | journal | reuters | foundation | society | secretariat | government |
  cabinet | kremlin | pentagon | programme | program | center | centre | trust | guard | guards | airlines | motors |
  technologies | systems | holdings | partners | capital | media | television | radio | hospital | league |
  movement | front | brigade | brigades | club | foundation | observatory | initiative | mission | tribunal | court`)

/** Words that make a name an alliance. */
export const ALLIANCE_WORDS = words('alliance | treaty | pact | coalition | bloc | quad | axis | entente')
/** Known alliance acronyms. */
export const ALLIANCE_ACRONYMS = words('NATO | AUKUS | ASEAN | OPEC | BRICS | CSTO | GCC | SCO | G7 | G20 | QUAD')

/** Plural heads that make a demonym phrase a group: "European allies", "Western officials". */
export const GROUP_HEADS = words(`allies | partners | leaders | governments | nations | countries | states | powers |
  diplomats | negotiators | troops | forces | militants | rebels | protesters | farmers | workers | lawmakers |
  officials | ministers | delegates | donors | creditors | investors | lenders | members | neighbours | neighbors |
  regulators | authorities | agencies | banks | companies | firms | airlines | insurers | unions`)

/** Adjectives that form group names without being demonyms of one state. */
export const REGION_ADJECTIVES = words('European | Western | Arab | African | Asian | Nordic | Baltic | Gulf | Pacific | Latin American | Balkan | Scandinavian | Caribbean')

/** Prepositions after which an unknown single name is more likely a place than an actor. */
export const LOCATIVE = words('in | at | near | from | to | into | across | outside | inside | around | toward | towards | via | through | across')

/** Head words of names that are not actors: laws, places, things. */
export const NOT_ACTOR_WORDS = words(`act | law | bill | directive | regulation | code | river | valley | reservoir | street | streets |
  square | lake | mountain | mountains | sea | ocean | island | islands | park | bridge | airport | station | port | district |
  province | county | avenue | road | canal | dam | basin | desert | forest | coast | bay | gulf | strait | peninsula |
  cup | league match | festival | prize | award | index | day | week | summer | winter | spring | autumn`)

/** Heads of institutions named by a description: "the regional transport authority". */
export const INSTITUTION_HEADS = words(`authority | agency | council | ministry | commission | government | office | department |
  court | parliament | police | regulator | secretariat | inspectorate | service | board | tribunal | assembly | senate |
  association | union | cooperative | co-op | hospital | federation | family`)

/** Unions that are arrangements between states or markets, not bodies that act: "the customs union". */
export const NOT_ACTOR_UNIONS = words('customs | monetary | currency | banking | economic | political | fiscal | energy | capital | postal | transfer | civil | sporting')

/** Plural party names after a demonym: "the Estonian Greens", "Swedish Social Democrats" (a party, not the state). */
export const PARTY_PLURALS = /^(?:(?:Christian|Social|Free|Liberal|Green|National|Left)\s+)?(?:Greens|Democrats|Liberals|Conservatives|Socialists|Republicans|Nationalists|Unionists|Progressives|Centrists|Communists|Moderates|Independents)$/u

/** Common nouns that describe the organisation named right after them: "the rail union X",
 * "terminal operator X", "the conservation group X", "the regulator X". */
export const ORG_DESCRIPTORS = words(`union | group | operator | company | firm | chain | maker | manufacturer | carrier |
  airline | insurer | lender | bank | retailer | supermarket | broadcaster | newspaper | regulator | watchdog |
  charity | party | club | association | agency | start-up | startup | supplier | distributor | conglomerate |
  giant | platform | network | cooperative | co-op | federation | organisation | organization | ngo | consultancy |
  utility | automaker | carmaker | shipowner | shipper | refiner | fund | subsidiary | brand | label | outlet | provider`)

/** The words before a name that speaks through them: "a statement from X", "a spokesman for X",
 * "officials at X" (after these, "from/for/at" introduces a speaker, not a place). */
export const SPEAKS_FOR = /\b(?:statement|spokes\p{L}+|officials?|representatives?|lawyers?|letter|email|memo|executives?|analysts?)\s+(?:from|for|at)\s+(?:the\s+)?$/u
