import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { isHeading, segment, type Range } from '../../src/seed/segment.js'
import { REAL_SEED } from '../helpers/seed.js'

const slice = (text: string, r: Range | null) => (r === null ? null : text.slice(r.start, r.end))
const sentencesOf = (text: string) => segment(text).sentences.map((s) => slice(text, s.range))

describe('segment', () => {
  const article = readFileSync(join(REAL_SEED, 'articles', 'ukraine-security-guarantees.txt'), 'utf8')

  it('finds the four sections of the real article and their headings', () => {
    const { sections } = segment(article)
    expect(sections.map((s) => s.heading)).toEqual(["What's Happening?", "Why It's Important?", "What's Next?", 'Beyond the Headlines'])
    for (const s of sections) expect(slice(article, s.headingRange)).toBe(s.heading)
    expect(slice(article, sections[0]!.range)).toMatch(/^Russian leader Vladimir Putin .* security guarantors\.$/)
    expect(slice(article, sections[3]!.range)).toMatch(/^The agreement raises .* regional stability\.$/)
  })

  it('finds the 16 sentences of the real article, none of them a heading', () => {
    const { sentences } = segment(article)
    expect(sentences).toHaveLength(16)
    expect(sentences.map((s) => s.sectionOrd)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3])
    expect(slice(article, sentences[1]!.range)).toBe('This development emerged from a summit held in Alaska between President Trump and Putin.')
    for (const s of sentences) expect(slice(article, s.range)).toMatch(/^[A-Z].*\.$/)
  })

  it('puts a text without headings in one section with a null heading', () => {
    const text = 'Just a sentence. And another one.\nA second paragraph.'
    const { sections } = segment(text)
    expect(sections).toEqual([{ ord: 0, heading: null, headingRange: null, range: { start: 0, end: text.length } }])
    expect(sentencesOf(text)).toEqual(['Just a sentence.', 'And another one.', 'A second paragraph.'])
  })

  it('takes a Markdown # line as a heading, without its hashes', () => {
    const text = '# Big News\n\nOne thing. Another thing.\n\n## Later\nMore.'
    const { sections, sentences } = segment(text)
    expect(sections.map((s) => s.heading)).toEqual(['Big News', 'Later'])
    expect(sections.map((s) => slice(text, s.headingRange))).toEqual(['Big News', 'Later'])
    expect(sentences.map((s) => [s.sectionOrd, slice(text, s.range)])).toEqual([[0, 'One thing.'], [0, 'Another thing.'], [1, 'More.']])
  })

  it('keeps \\r out of headings and sentences of a CRLF text', () => {
    const text = 'Title\r\nOne. Two.\r\nThree.\r\n'
    expect(segment(text).sections.map((s) => slice(text, s.headingRange))).toEqual(['Title'])
    expect(sentencesOf(text)).toEqual(['One.', 'Two.', 'Three.'])
  })

  it('does not take a last line, or a short line ending in a full stop, for a heading', () => {
    expect(segment('A sentence.\nShort line.\nLast line').sections.map((s) => s.heading)).toEqual([null])
  })

  it('does not split a sentence after "U.S." when a lower-case word follows', () => {
    expect(sentencesOf('U.S. officials spoke. Then he left.')).toEqual(['U.S. officials spoke.', 'Then he left.'])
    expect(sentencesOf('Officials in the U.S. said no. Then they left.')).toEqual(['Officials in the U.S. said no.', 'Then they left.'])
  })

  // Bug: Intl.Segmenter (ICU's rules without the "ss=standard" suppressions, which V8 does
  // not support) breaks after "U.S." and "Mr." when a capitalised word follows.
  it('does not split a sentence after "U.S." or "Mr." when a capitalised word follows', () => {
    expect(sentencesOf('The U.S. Secretary of State spoke. Then he left.')).toEqual(['The U.S. Secretary of State spoke.', 'Then he left.'])
    expect(sentencesOf('Mr. Smith went to Washington. He stayed.')).toEqual(['Mr. Smith went to Washington.', 'He stayed.'])
  })

  // Bug: the "ends like prose" test knows straight closing quotes only, so a short line
  // ending in a full stop and a curly quote is taken for a heading.
  it('does not take a short line ending in a full stop and a curly quote for a heading', () => {
    expect(segment('He said “no.”\nMore text here.').sections.map((s) => s.heading)).toEqual([null])
  })
})

describe('segment: articles of other forms', () => {
  const TEXTS = join(REAL_SEED, '..', 'test', 'fixtures', 'texts')
  const read = (name: string) => readFileSync(join(TEXTS, `${name}.txt`), 'utf8')
  const shape = (text: string) => {
    const { sections, sentences } = segment(text)
    return sections.map((s) => ({ heading: s.heading, sentences: sentences.filter((x) => x.sectionOrd === s.ord).map((x) => slice(text, x.range)) }))
  }

  it('reads wire copy with a dateline and no headings as one section', () => {
    const text = read('wire')
    const [only, ...rest] = shape(text)
    expect(rest).toEqual([])
    expect(only!.heading).toBeNull()
    expect(only!.sentences[0]).toMatch(/^HELSINKI, March 4, 2026 \(Nordic Wire\) - ACME Corporation will close/)
    expect(only!.sentences).toHaveLength(4)
  })

  it('keeps a title line and subheadings as headings, and list rows and a one-line question as sentences', () => {
    expect(shape(read('feature'))).toEqual([
      { heading: 'Harbour Towns Count the Cost of a Wet Winter', sentences: ['Flooding reached more homes this winter than in any year since records began, the regional council said on Monday.'] },
      {
        heading: 'Where the Water Came',
        sentences: ['North: 1,200 homes (up 12 percent)', 'South: 800 homes', 'Will the sea walls hold next year?', 'Engineers at ACME said the walls could be raised by a metre, but the work may not start before 2027.']
      },
      { heading: 'What Comes Next', sentences: ['The council will vote on the plan in April.', 'Ana, who chairs the finance committee, said the money was not yet there 🌊.'] }
    ])
  })

  it('takes a short title line in sentence case for a heading', () => {
    expect(shape(read('brief')).map((s) => s.heading)).toEqual(['ACME recalls kettles'])
  })

  it('keeps a dateline and a byline on lines of their own as text', () => {
    const [only, ...rest] = shape(read('dateline'))
    expect(rest).toEqual([])
    expect(only!.heading).toBeNull()
    expect(only!.sentences.slice(0, 2)).toEqual(['OSLO, March 5, 2026', 'By Ingrid Berg'])
  })

  it.each([
    ['North: 1,200 homes (up 12 percent)', false], ['Will the talks succeed?', false], ['KYIV, March 4 (Reuters) -', false],
    ['WASHINGTON (AP) —', false], ['March 4, 2026', false], ['By Jane Doe', false], ['- a bullet', false], ['2. A numbered item', false],
    ["What's Next?", true], ['Beyond the Headlines', true], ['Analysis: What Comes Next', true], ['NATO, Russia Hold Talks', true], ['Why it matters', true]
  ])('isHeading(%j) is %s', (line, expected) => {
    expect(isHeading(line, true)).toBe(expected)
  })
})

describe('segment: the extraction reference set', () => {
  // each split's layout.yaml says which lines of its texts are headings (the held-out split
  // was not looked at when these rules were written)
  const FIXTURES = join(REAL_SEED, '..', 'test', 'fixtures', 'extraction')
  const articles = ['dev', 'test', 'test-2', 'test-3', 'test-4'].flatMap((split) => {
    const layout = parse(readFileSync(join(FIXTURES, split, 'layout.yaml'), 'utf8')) as Record<string, { headings: string[] }>
    return Object.entries(layout).map(([id, l]) => ({ split, id, headings: l.headings, text: readFileSync(join(FIXTURES, split, 'articles', `${id}.txt`), 'utf8') }))
  })

  it.each(articles)('finds the headings of $split/$id and no others', ({ text, headings }) => {
    expect(segment(text).sections.flatMap((s) => (s.heading === null ? [] : [s.heading]))).toEqual(headings)
  })
})

describe('segment: linear time, same sentences', () => {
  // Today's sentences, as Intl.Segmenter gives them for a whole section at once (whose time
  // grows with the square of the section's length); segment() gives it a line, or a window
  // of a long line, at a time and must find exactly the same boundaries.
  const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Pres|No|vs|etc|e\.g|i\.e|[A-Z](?:\.[A-Z])+)\.$/
  function wholeSections (text: string): Range[] {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
    const out: Array<Range & { section: number }> = []
    segment(text).sections.forEach((s, ord) => {
      for (const piece of segmenter.segment(text.slice(s.range.start, s.range.end))) {
        const trimmed = piece.segment.trim()
        if (trimmed === '') continue
        const start = s.range.start + piece.index + piece.segment.length - piece.segment.trimStart().length
        const previous = out.at(-1)
        if (previous !== undefined && previous.section === ord && ABBREVIATION.test(text.slice(previous.start, previous.end))) {
          previous.end = start + trimmed.length
          continue
        }
        out.push({ start, end: start + trimmed.length, section: ord })
      }
    })
    return out.map(({ start, end }) => ({ start, end }))
  }
  const FIXTURES = join(REAL_SEED, '..', 'test', 'fixtures', 'extraction')
  const texts = [
    readFileSync(join(REAL_SEED, 'articles', 'ukraine-security-guarantees.txt'), 'utf8'),
    ...['dev', 'test', 'test-2', 'test-3', 'test-4'].flatMap((split) => {
      const dir = join(FIXTURES, split, 'articles')
      return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'))
    })
  ]

  it('finds the same sentences as a whole-section segmentation in the seed article and every reference article', () => {
    expect(texts.length).toBeGreaterThan(10)
    for (const text of texts) expect(segment(text).sentences.map((s) => s.range)).toEqual(wholeSections(text))
  })

  it('finds the same sentences in one paragraph longer than many windows, abbreviations, quotes and emoji included', () => {
    const sentences = [
      'The minister said on Tuesday that talks would resume. ', 'Mr. Smith disagreed, and the U.S. envoy left early! ',
      '"Would they return?" she asked. ', 'Prices rose 3.5 percent in the year to March... ', 'No. ',
      'A flag 🇺🇦 flew over the square (the old one). ', 'He said: "Enough." ', 'Dr. Ní Bhriain said the U.S. would "not yet" act; others disagreed. '
    ]
    let text = ''
    for (let i = 0; text.length < 60_000; i++) text += sentences[(i * 7) % sentences.length]
    text = `Long Report\n\n${text.trim()}\n\nA last paragraph. It ends here.\n`
    const found = segment(text).sentences.map((s) => s.range)
    expect(found.length).toBeGreaterThan(1000)
    expect(found).toEqual(wholeSections(text))
  })

  it('keeps a single sentence longer than a window whole', () => {
    const text = `Intro.\n\n${'word, '.repeat(5000)}end.\n`
    expect(sentencesOf(text)).toEqual(['Intro.', `${'word, '.repeat(5000)}end.`])
  })
})
