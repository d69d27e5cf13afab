import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryName, findCountries } from './countries';

/** Every mention in one paragraph, in reading order, as "CODE:the text its offsets slice". */
function mentions(text: string): string[] {
	return findCountries([text])
		.flatMap(({ code, mentions }) => mentions.map((m) => ({ code, ...m })))
		.sort((a, b) => a.start - b.start)
		.map(({ code, start, end }) => `${code}:${text.slice(start, end)}`);
}

/** The seed article's body: after its 5 header lines, before the "Follow us" footer. */
function seedBody(): string[] {
	const raw = readFileSync(new URL('../../../seeds/000_a0474dc1596c8efe.txt', import.meta.url), 'utf8');
	const body = raw.split('\n').slice(5).join('\n');
	const paragraphs = body
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
	return paragraphs.slice(
		0,
		paragraphs.findIndex((p) => p.startsWith('Follow us on Twitter'))
	);
}

describe('findCountries on the seed article', () => {
	const countries = findCountries(seedBody());

	it('finds exactly the countries a reader finds', () => {
		expect(countries.map((c) => c.code).sort()).toEqual(['AF', 'IL', 'IQ', 'IR', 'KG', 'SA', 'SY', 'US', 'YE'].sort());
	});

	it('counts Kyrgyz and Bishkek as mentions of Kyrgyzstan', () => {
		const body = seedBody();
		const kg = countries.find((c) => c.code === 'KG');
		const words = kg?.mentions.map((m) => body[m.paragraph].slice(m.start, m.end));
		expect(new Set(words)).toEqual(new Set(['Kyrgyz', 'Kyrgyzstan', 'Bishkek']));
		expect(kg?.count).toBe(11);
	});

	it('puts Iran, the most mentioned country, first', () => {
		expect(countries[0]).toMatchObject({ code: 'IR', name: 'Iran', count: 21 });
	});
});

describe('findCountries', () => {
	it('reports the paragraph and the UTF-16 offsets of each mention', () => {
		expect(findCountries(['No country here.', 'Talks in Bishkek ended.'])).toEqual([
			{ code: 'KG', name: 'Kyrgyzstan', count: 1, mentions: [{ paragraph: 1, start: 9, end: 16 }] }
		]);
	});

	it('sorts countries by mention count, then by name', () => {
		const found = findCountries(['Oman and Yemen met Qatar.', 'Yemen again.']);
		expect(found.map((c) => c.code)).toEqual(['YE', 'OM', 'QA']);
	});

	it('returns nothing for text that names no country', () => {
		expect(findCountries(['The minister said talks went well.', ''])).toEqual([]);
	});

	it.each<[string, string, string[]]>([
		[
			'ends a mention before a straight, curly, backtick or U+02C8 possessive',
			"Iran's army, Iran’s navy, Iran`s air force and Iranˈs police",
			['IR:Iran', 'IR:Iran', 'IR:Iran', 'IR:Iran']
		],
		[
			'splits hyphenated pairs into both countries',
			'The Iran-Kyrgyzstan commission met on the Iran–Iraq border',
			['IR:Iran', 'KG:Kyrgyzstan', 'IR:Iran', 'IQ:Iraq']
		],
		[
			'finds mentions at the very start and the very end of a paragraph',
			'Kyrgyzstan signed a memorandum with Iran',
			['KG:Kyrgyzstan', 'IR:Iran']
		],
		[
			'matches names printed in capitals',
			'TEHRAN (IRNA) – IRAN AND THE UAE SIGNED A DEAL WITH TÜRKİYE',
			['IR:TEHRAN', 'IR:IRAN', 'AE:UAE', 'TR:TÜRKİYE']
		],
		[
			'reads the common abbreviations, covering their final dot',
			'US, U.S., USA, U.S.A., UK, U.K., UAE, U.A.E., DPRK, ROK, KSA, PRC and DRC.',
			[
				'US:US',
				'US:U.S.',
				'US:USA',
				'US:U.S.A.',
				'GB:UK',
				'GB:U.K.',
				'AE:UAE',
				'AE:U.A.E.',
				'KP:DPRK',
				'KR:ROK',
				'SA:KSA',
				'CN:PRC',
				'CD:DRC'
			]
		],
		['never reads the pronoun us as the United States', 'Let us hope, he told us. Us too.', []],
		['counts US dollars as a mention of the US', 'The deal is priced in US dollars', ['US:US']],
		[
			'counts demonyms, singular and plural, as the country',
			'Iranian, Kyrgyz, Azeri, Kuwaiti, American, British, Emirati and Saudi officials met Afghans, ' +
				'Iraqis, Syrians, Yemenis, Israelis, Palestinians, Chinese and Russians',
			[
				'IR:Iranian',
				'KG:Kyrgyz',
				'AZ:Azeri',
				'KW:Kuwaiti',
				'US:American',
				'GB:British',
				'AE:Emirati',
				'SA:Saudi',
				'AF:Afghans',
				'IQ:Iraqis',
				'SY:Syrians',
				'YE:Yemenis',
				'IL:Israelis',
				'PS:Palestinians',
				'CN:Chinese',
				'RU:Russians'
			]
		],
		[
			'counts capitals speaking for their country',
			'Tehran, Bishkek, Washington, Moscow, Beijing, Riyadh and Canberra responded.',
			['IR:Tehran', 'KG:Bishkek', 'US:Washington', 'RU:Moscow', 'CN:Beijing', 'SA:Riyadh', 'AU:Canberra']
		],
		[
			'leaves out capitals that are ordinary words, names, or speak for something else',
			'Victoria met Stanley in Kingston and Hamilton; Lima beans, a Male nurse, Jerusalem, Brussels and the talks in Vienna.',
			[]
		],
		['does not read English words the dataset lists as names', 'Kish Island hosted a family Reunion.', []],
		[
			'reads names with apostrophes, accents or an abbreviated Saint',
			"Sana’a, Côte d’Ivoire, Cote d'Ivoire, St. Lucia, St Kitts and Nevis and Bogota",
			['YE:Sana’a', 'CI:Côte d’Ivoire', "CI:Cote d'Ivoire", 'LC:St. Lucia', 'KN:St Kitts and Nevis', 'CO:Bogota']
		],
		[
			'counts the Islamic Republic, with or without "of Iran", as Iran',
			'The Islamic Republic of Iran said the Islamic Republic would respond',
			['IR:Islamic Republic of Iran', 'IR:Islamic Republic']
		],
		[
			'counts "Zionist regime" and Tel Aviv as Israel',
			'The Zionist regime, Tel Aviv and Israeli forces',
			['IL:Zionist regime', 'IL:Tel Aviv', 'IL:Israeli']
		],
		[
			'counts Turkey, Türkiye and Turkish as one country',
			'Turkey, Türkiye, Turkiye and the Turkish navy',
			['TR:Turkey', 'TR:Türkiye', 'TR:Turkiye', 'TR:Turkish']
		],
		['ignores lower-case turkey and china', 'They served turkey on fine china.', []],
		[
			'counts America as the country but not the continents named after it',
			'America, Latin America, South America, North America, Central America and the Americas',
			['US:America']
		],
		[
			'does not read seas and gulfs as the countries they are named after',
			'The Persian Gulf, the Gulf of Oman, the Indian Ocean, the Arabian Sea, the Sea of Japan ' + 'and the South China Sea',
			[]
		],
		['counts Indian ships but not the Indian Ocean', 'Indian ships in the Indian Ocean', ['IN:Indian']],
		[
			'keeps the Iranian Azarbaijan provinces apart from the Republic of Azerbaijan',
			'West Azarbaijan, East Azarbaijan, Azarbaijan province and East Azerbaijan hosted the Republic ' +
				'of Azerbaijan, Azerbaijan, an Azerbaijani firm and Azeri traders',
			['AZ:Republic of Azerbaijan', 'AZ:Azerbaijan', 'AZ:Azerbaijani', 'AZ:Azeri']
		],
		[
			'does not read US states as the countries inside their names',
			'New York, New Mexico and New Jersey, unlike New Delhi',
			['IN:New Delhi']
		],
		[
			'reads each Guinea as its own country and New Guinea as none',
			'Papua New Guinea, Guinea-Bissau, Equatorial Guinea, Guinea and New Guinea',
			['PG:Papua New Guinea', 'GW:Guinea-Bissau', 'GQ:Equatorial Guinea', 'GN:Guinea']
		],
		[
			'tells apart countries whose names contain one another',
			'South Sudan, Sudan, Niger, Nigeria, Dominica and the Dominican Republic',
			['SS:South Sudan', 'SD:Sudan', 'NE:Niger', 'NG:Nigeria', 'DM:Dominica', 'DO:Dominican Republic']
		],
		['counts Northern Ireland as the United Kingdom, not Ireland', 'Northern Ireland and Ireland', ['GB:Northern Ireland', 'IE:Ireland']],
		[
			'counts North Macedonia and American Samoa as themselves',
			'North Macedonia and American Samoa',
			['MK:North Macedonia', 'AS:American Samoa']
		],
		['does not read Jordan as the country inside a person’s name', "Jordan Peterson praised Michael Jordan and Michael Jordan's team", []],
		[
			'counts Jordan the country in possessives, lists, titles and its demonym',
			"Jordan's King Abdullah, Jordan and Syria, the King of Jordan and Jordanian troops",
			['JO:Jordan', 'JO:Jordan', 'SY:Syria', 'JO:Jordan', 'JO:Jordanian']
		],
		['does not read Chad as the country when it is a first name', 'Chad Wolf visited Chad and Niger', ['TD:Chad', 'NE:Niger']],
		[
			'counts Georgia the country, its capital and its demonym',
			'Georgia and Armenia met in Tbilisi with Georgian officials',
			['GE:Georgia', 'AM:Armenia', 'GE:Tbilisi', 'GE:Georgian']
		],
		[
			'reads South Korea, Seoul, S. Korea and bare Korea as the Republic of Korea',
			'South Korea, Seoul, S. Korea, Korea and Korean firms',
			['KR:South Korea', 'KR:Seoul', 'KR:S. Korea', 'KR:Korea', 'KR:Korean']
		],
		[
			'reads North Korea, Pyongyang and North Korean as the DPRK, and the peninsula as neither',
			'North Korea, Pyongyang, North Korean troops and the Korean Peninsula',
			['KP:North Korea', 'KP:Pyongyang', 'KP:North Korean']
		],
		[
			'reads bare Congo and Kinshasa as the DRC, Brazzaville as the Republic of the Congo',
			'DR Congo, the Democratic Republic of the Congo, Kinshasa, Congo, the Republic of the Congo, ' + 'Congo-Brazzaville and Brazzaville',
			[
				'CD:DR Congo',
				'CD:Democratic Republic of the Congo',
				'CD:Kinshasa',
				'CD:Congo',
				'CG:Republic of the Congo',
				'CG:Congo-Brazzaville',
				'CG:Brazzaville'
			]
		],
		[
			'does not read Washington newspapers or the state as the voice of the US',
			'The Washington Post and Washington state officials said George Washington founded Washington',
			['US:Washington']
		],
		['does not count Iran inside the news agency’s own name', 'Islamic Republic News Agency', []]
	])('%s', (_, text, expected) => {
		expect(mentions(text)).toEqual(expected);
	});

	it.each([
		'He grew up in Atlanta, Georgia and moved north.',
		'The state of Georgia certified the vote.',
		"Georgia's governor signed the bill.",
		'The Georgia Senate race is tight.',
		'She lives in Augusta, Georgia, U.S.'
	])('does not read Georgia the US state as the country: %s', (text) => {
		expect(findCountries([text]).map((c) => c.code)).not.toContain('GE');
	});
});

describe('countryName', () => {
	it('names a country by its ISO code', () => {
		expect(countryName('KG')).toBe('Kyrgyzstan');
		expect(countryName('ir')).toBe('Iran');
	});

	it('returns undefined for a code that is no country', () => {
		expect(countryName('XX')).toBeUndefined();
	});
});
