/**
 * What the `world-countries` dataset does not know about how English news names countries,
 * kept as data so the rules can be read, argued about and tested one by one. See
 * docs/countries.md for the policy. A trailing suffix in brackets also accepts the longer form:
 * "Azeri(s)" is "Azeri" and "Azeris". This file is a data table (lists of aliases kept as
 * data), so it is exempt from the 300-line limit for source files.
 */

/** Names the dataset lacks, or where our reading differs from it. Each wins over the dataset. */
export const ALIASES: readonly (readonly [phrase: string, code: string])[] = [
	['Turkey', 'TR'], // the dataset says only Türkiye; English news still mostly says Turkey
	['US', 'US'], // the dataset lists it only as the ISO code, and codes (IT, IN, NO) are skipped
	['America', 'US'], // the country sense; the continents are listed in NOT_COUNTRIES
	['U.S.', 'US'], // dotted abbreviations are the house style of many wires
	['U.S.A.', 'US'], // as above
	['U.K.', 'GB'], // as above
	['U.A.E.', 'AE'], // as above
	['Britain', 'GB'], // the dataset has only "Great Britain"
	['England', 'GB'], // constituent countries are counted as the state
	['Scotland', 'GB'], // as above
	['Wales', 'GB'], // as above
	['Northern Ireland', 'GB'], // part of the UK; without this, "Ireland" inside it would count IE
	['Scottish', 'GB'], // demonym of a constituent country
	['Welsh', 'GB'], // as above
	['Islamic Republic', 'IR'], // Iranian media's short name for Iran ("the Islamic Republic")
	['Persia', 'IR'], // the historical English name, still used in features
	['Zionist regime', 'IL'], // Iranian state media's loaded name for Israel; counted, see docs
	['Zionist entity', 'IL'], // the same usage as "Zionist regime"
	['Tel Aviv', 'IL'], // Iranian media use it, not Jerusalem, as the voice of Israel
	['Washington', 'US'], // the dataset's capital is "Washington D.C."; Washington is the voice
	['Kyrgyz', 'KG'], // the dataset's demonym is the dated "Kirghiz"
	['Tajik(s)', 'TJ'], // the dataset's demonym is the dated "Tadzhik"
	['Kazakh(s)', 'KZ'], // the dataset has only "Kazakhstani"
	['Uzbek(s)', 'UZ'], // the dataset has only "Uzbekistani"
	['Azeri(s)', 'AZ'], // the usual demonym in Iranian and regional media
	['Afghani(s)', 'AF'], // common in Iranian English media as the demonym
	['Saudis', 'SA'], // the dataset has "Saudi" only as a spelling of the country
	['Korea', 'KR'], // bare Korea: the Republic of Korea's own short name; see docs
	['Korean(s)', 'KR'], // as above; "North Korean" is a longer phrase and wins
	['S. Korea', 'KR'], // headline abbreviation
	['N. Korea', 'KP'], // headline abbreviation
	['ROK', 'KR'], // Republic of Korea, used in diplomatic copy
	['KSA', 'SA'], // Kingdom of Saudi Arabia, used in Gulf media
	['PRC', 'CN'], // People's Republic of China
	['Congo', 'CD'], // bare Congo: the far larger and more reported DRC; see docs
	['Congolese', 'CD'], // as above; the dataset gives it to both Congos
	['Republic of Congo', 'CG'], // the dataset has only "Republic of the Congo"
	['Congo Republic', 'CG'], // a common wire form
	['Dominican(s)', 'DO'], // the dataset gives it to both; the Dominican Republic is the usual one
	['Holland', 'NL'], // colloquial; listed by the dataset, but no English name vouches for it
	['Burma', 'MM'], // the older English name, still used
	['Swaziland', 'SZ'], // the older English name, still used
	['Bosnia', 'BA'], // the usual short form
	['Holy See', 'VA'], // the diplomatic name
	['Philippine', 'PH'], // the adjective ("Philippine navy"); the dataset has only Filipino
	['Sanaa', 'YE'], // the usual spelling of Sana'a
	['Kiev', 'UA'], // the older spelling of Kyiv, still common
	['Nur-Sultan', 'KZ'] // Astana's name from 2019 to 2022
];

/**
 * Places whose names contain a country's name but are not that country. Matching them first
 * (longest phrase wins) consumes their words, so no country is counted inside them.
 */
export const NOT_COUNTRIES: readonly { why: string; phrases: readonly string[] }[] = [
	{
		why: 'seas and gulfs named after a country are bodies of water',
		phrases: [
			'Persian Gulf',
			'Gulf of Oman',
			'Sea of Oman',
			'Oman Sea',
			'Indian Ocean',
			'Arabian Sea',
			'Sea of Japan',
			'South China Sea',
			'East China Sea',
			'Gulf of Mexico',
			'Gulf of Guinea',
			'Irish Sea'
		]
	},
	{
		why: 'Iranian provinces, not the Republic of Azerbaijan (the "Azarbaijan" spelling never matches)',
		phrases: ['West Azerbaijan', 'East Azerbaijan', 'Azerbaijan province', 'Azerbaijan Province']
	},
	{
		why: 'US states and US institutions, not the countries or capitals inside their names',
		phrases: [
			'New York',
			'New Mexico',
			'New Jersey',
			'New England',
			'Washington state',
			'Washington State',
			'Washington Post',
			'Washington Times',
			'Washington Institute'
		]
	},
	{
		why: 'continents and regions larger or smaller than one country',
		phrases: [
			'Latin America(n)',
			'South America(n)',
			'North America(n)',
			'Central America(n)',
			'Latin Americans',
			'South Americans',
			'North Americans',
			'Central Americans',
			'New Guinea',
			'New South Wales',
			'Korean Peninsula',
			'West Indian',
			'Niger Delta'
		]
	},
	{
		why: "an agency's name, not a mention of the country it serves",
		phrases: ['Islamic Republic News Agency', 'Islamic Republic of Iran Broadcasting']
	}
];

/** Capitals left out of the gazetteer because the word usually means something else. */
export const UNSAFE_CAPITALS: readonly { why: string; names: readonly string[] }[] = [
	{
		why: 'common English words or personal names',
		names: [
			'Victoria',
			'Kingston',
			'Malé',
			'Hamilton',
			'Douglas',
			'Stanley',
			'Sofia',
			'Moroni',
			'Santiago',
			'Sucre',
			'Praia',
			'Apia',
			'Lima',
			'Cayenne',
			'Diego Garcia',
			'Plymouth',
			'The Valley',
			'The Bottom',
			'West Island',
			'Road Town'
		]
	},
	{
		why: 'names shared by other well-known places',
		names: [
			'Georgetown',
			'George Town',
			'Jamestown',
			"Saint John's",
			"St. George's",
			'San José',
			'San Juan',
			'Tripoli',
			'Saint-Pierre',
			'Saint-Denis',
			'Cockburn Town',
			'Cape Town',
			'Bloemfontein'
		]
	},
	{
		why: 'usually the voice of something other than the state: the city itself, the EU, or the IAEA and the talks it hosts',
		names: ['Jerusalem', 'Brussels', 'Vienna']
	}
];

/** Names the dataset yields (with accents removed) that are ordinary English words. */
export const UNSAFE_FORMS: readonly string[] = [
	'Island', // Iceland's own name; "Kish Island" is not Iceland
	'Reunion' // Réunion without its accent; a family reunion is not the island
];

/** Country names that are also personal names ("Michael Jordan", "Chad Wolf"). */
export const NAME_LIKE: readonly string[] = ['Jordan', 'Chad', 'Georgia', 'Washington'];

/**
 * Capitalised words that sit beside a country without making it part of a person's name:
 * sentence openers, titles and offices ("Jordan King Abdullah", "Neighbouring Jordan").
 */
export const NOT_NAME_WORDS: readonly string[] = [
	'The',
	'A',
	'An',
	'In',
	'On',
	'At',
	'From',
	'To',
	'And',
	'With',
	'By',
	'For',
	'Of',
	'But',
	'As',
	'While',
	'Meanwhile',
	'Also',
	'Both',
	'Neighbouring',
	'Neighboring',
	'Unlike',
	'Like',
	'Since',
	'After',
	'Before',
	'Then',
	'If',
	'When',
	'Where',
	'Yet',
	'Or',
	'Nor',
	'So',
	'Even',
	'Only',
	'Including',
	'Besides',
	'Against',
	'Between',
	'Among',
	'Across',
	'Via',
	'Under',
	'Over',
	'Into',
	'Near',
	'Did',
	'Does',
	'Has',
	'Had',
	'Is',
	'Was',
	'Will',
	'Would',
	'Can',
	'Could',
	'Should',
	'Whether',
	'Although',
	'Though',
	'Because',
	'Once',
	'Unless',
	'Until',
	'How',
	'Why',
	'What',
	'Which',
	'Who',
	'This',
	'That',
	'These',
	'Those',
	'Today',
	'Yesterday',
	'Tomorrow',
	'King',
	'Queen',
	'Prince',
	'Princess',
	'Crown',
	'Royal',
	'President',
	'Presidential',
	'Prime',
	'Premier',
	'Foreign',
	'Defense',
	'Defence',
	'Interior',
	'Minister',
	'Ministry',
	'Government',
	'Army',
	'Armed',
	'Navy',
	'Air',
	'Embassy',
	'Ambassador',
	'Parliament',
	'National',
	'State',
	'Supreme',
	'Central',
	'Red',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday',
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * Context that makes "Georgia" the US state: "the state of Georgia", "Georgia state",
 * "Georgia, U.S.", or a US-politics word within a few words ("Atlanta", "governor", "Senate",
 * "runoff"). Georgia the country shares few of these words, and never "Atlanta".
 */
export const US_STATE_TRAP = {
	names: ['Georgia'],
	before: /\bstate of\s*$/i,
	after: /^(?:\s+state\b|,\s*(?:U\.S\.|USA?\b))/i,
	cues: [
		'Atlanta',
		'Savannah',
		'governor',
		'Governor',
		'Senate',
		'senator',
		'Senator',
		'Republican',
		'Republicans',
		'Democrat',
		'Democrats',
		'county',
		'County',
		'Trump',
		'Biden',
		'electoral',
		'runoff',
		'recount'
	]
} as const;
