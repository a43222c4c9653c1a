// States by name, with their short forms and demonyms, so "British" and "the UK" are the
// United Kingdom and "in Ukraine" names a state rather than a place. General knowledge:
// one line per state, `Name: alias, alias | demonym, demonym`: every member state of the
// United Nations and the two observer states; a demonym two states share ("Congolese",
// "Korean") is left out.

const TABLE = `
Afghanistan: | Afghan
Albania: | Albanian
Algeria: | Algerian
Argentina: | Argentine, Argentinian
Armenia: | Armenian
Australia: | Australian
Austria: | Austrian
Azerbaijan: | Azerbaijani
Bahrain: | Bahraini
Bangladesh: | Bangladeshi
Belarus: | Belarusian
Belgium: | Belgian
Bolivia: | Bolivian
Bosnia and Herzegovina: Bosnia | Bosnian
Brazil: | Brazilian
Bulgaria: | Bulgarian
Cambodia: | Cambodian
Canada: | Canadian
Chile: | Chilean
China: | Chinese
Colombia: | Colombian
Costa Rica: | Costa Rican
Croatia: | Croatian
Cuba: | Cuban
Cyprus: | Cypriot
Czech Republic: Czechia | Czech
Denmark: | Danish
Ecuador: | Ecuadorian
Egypt: | Egyptian
Estonia: | Estonian
Ethiopia: | Ethiopian
Finland: | Finnish
France: | French
Georgia: | Georgian
Germany: | German
Ghana: | Ghanaian
Greece: | Greek
Hungary: | Hungarian
Iceland: | Icelandic
India: | Indian
Indonesia: | Indonesian
Iran: | Iranian
Iraq: | Iraqi
Ireland: | Irish
Israel: | Israeli
Italy: | Italian
Japan: | Japanese
Jordan: | Jordanian
Kazakhstan: | Kazakh
Kyrgyzstan: | Kyrgyz
Tajikistan: | Tajik
Turkmenistan: | Turkmen
Kenya: | Kenyan
Kuwait: | Kuwaiti
Latvia: | Latvian
Lebanon: | Lebanese
Libya: | Libyan
Lithuania: | Lithuanian
Luxembourg: |
Malaysia: | Malaysian
Mali: | Malian
Mexico: | Mexican
Moldova: | Moldovan
Mongolia: | Mongolian
Morocco: | Moroccan
Myanmar: Burma | Burmese
Nepal: | Nepalese, Nepali
Netherlands: Holland | Dutch
New Zealand: | New Zealander
Nigeria: | Nigerian
North Korea: | North Korean
Norway: | Norwegian
Oman: | Omani
Pakistan: | Pakistani
Panama: | Panamanian
Peru: | Peruvian
Philippines: | Philippine, Filipino
Poland: | Polish
Portugal: | Portuguese
Qatar: | Qatari
Romania: | Romanian
Russia: Russian Federation | Russian
Rwanda: | Rwandan
Saudi Arabia: | Saudi
Senegal: | Senegalese
Serbia: | Serbian
Singapore: | Singaporean
Slovakia: | Slovak
Slovenia: | Slovenian
Somalia: | Somali
South Africa: | South African
South Korea: | South Korean
Spain: | Spanish
Sri Lanka: | Sri Lankan
Sudan: | Sudanese
Sweden: | Swedish
Switzerland: | Swiss
Syria: | Syrian
Taiwan: | Taiwanese
Thailand: | Thai
Tunisia: | Tunisian
Turkey: Türkiye | Turkish
Uganda: | Ugandan
Ukraine: | Ukrainian
United Arab Emirates: UAE | Emirati
United Kingdom: UK, U.K., Britain, Great Britain | British
United States: US, U.S., USA, U.S.A., America | American
Uruguay: | Uruguayan
Uzbekistan: | Uzbek
Venezuela: | Venezuelan
Vietnam: | Vietnamese
Yemen: | Yemeni
Zimbabwe: | Zimbabwean
Andorra: | Andorran
Angola: | Angolan
Antigua and Barbuda: | Antiguan
Bahamas: | Bahamian
Barbados: | Barbadian
Belize: | Belizean
Benin: | Beninese
Bhutan: | Bhutanese
Botswana: | Motswana, Batswana
Brunei: | Bruneian
Burkina Faso: | Burkinabe, Burkinabè
Burundi: | Burundian
Cabo Verde: Cape Verde | Cape Verdean, Cabo Verdean
Cameroon: | Cameroonian
Central African Republic: |
Chad: | Chadian
Comoros: | Comorian
Republic of the Congo: Congo-Brazzaville |
Democratic Republic of the Congo: DR Congo, DRC, Congo-Kinshasa |
Côte d'Ivoire: Ivory Coast, Côte d’Ivoire | Ivorian
Djibouti: | Djiboutian
Dominica: |
Dominican Republic: | Dominican
Timor-Leste: East Timor | Timorese
El Salvador: | Salvadoran, Salvadorean
Equatorial Guinea: | Equatorial Guinean, Equatoguinean
Eritrea: | Eritrean
Eswatini: Swaziland | Swazi
Fiji: | Fijian
Gabon: | Gabonese
Gambia: The Gambia | Gambian
Grenada: | Grenadian
Guatemala: | Guatemalan
Guinea: | Guinean
Guinea-Bissau: | Bissau-Guinean
Guyana: | Guyanese
Haiti: | Haitian
Holy See: Vatican |
Honduras: | Honduran
Jamaica: | Jamaican
Kiribati: | I-Kiribati
Laos: | Laotian
Lesotho: | Basotho, Mosotho
Liberia: | Liberian
Liechtenstein: | Liechtensteiner
Madagascar: | Malagasy
Malawi: | Malawian
Maldives: | Maldivian
Malta: | Maltese
Marshall Islands: | Marshallese
Mauritania: | Mauritanian
Mauritius: | Mauritian
Micronesia: Federated States of Micronesia |
Monaco: | Monegasque
Montenegro: | Montenegrin
Mozambique: | Mozambican
Namibia: | Namibian
Nauru: | Nauruan
Nicaragua: | Nicaraguan
Niger: | Nigerien
North Macedonia: | North Macedonian
Palau: | Palauan
Palestine: State of Palestine | Palestinian
Papua New Guinea: | Papua New Guinean
Paraguay: | Paraguayan
Saint Kitts and Nevis: St Kitts and Nevis |
Saint Lucia: St Lucia | Saint Lucian
Saint Vincent and the Grenadines: St Vincent and the Grenadines | Vincentian
Samoa: | Samoan
San Marino: | Sammarinese
São Tomé and Príncipe: Sao Tome and Principe |
Seychelles: | Seychellois
Sierra Leone: | Sierra Leonean
Solomon Islands: | Solomon Islander
South Sudan: | South Sudanese
Suriname: | Surinamese
Tanzania: | Tanzanian
Togo: | Togolese
Tonga: | Tongan
Trinidad and Tobago: | Trinidadian
Tuvalu: | Tuvaluan
Vanuatu: | Ni-Vanuatu
Zambia: | Zambian
`

export interface StateEntry { name: string, aliases: string[], demonyms: string[] }

export const STATES: StateEntry[] = TABLE.trim().split('\n').map((line) => {
  const [name, rest] = line.split(':') as [string, string]
  const [aliases, demonyms] = rest.split('|').map((p) => p.split(',').map((s) => s.trim()).filter(Boolean)) as [string[], string[] | undefined]
  return { name: name.trim(), aliases, demonyms: demonyms ?? [] }
})
