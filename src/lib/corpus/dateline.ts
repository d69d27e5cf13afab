import { findCountries } from './countries';
import { filedCountry, knownCity } from './filed-from';
import type { PrintedDateline } from './types';

/**
 * Datelines open the first paragraph: "Tehran, Sept 13, IRNA – ", "Kabul, IRNA - ",
 * "TEHRAN, Apr. 24 (MNA) – ", "Tehran (ISNA) – ", "TEHRAN — ", and other agencies'
 * "WASHINGTON (Reuters) -", "Baku, Azerbaijan, Jan. 5 (Trend):", "MOSCOW, January 5.
 * /TASS/.", "ISLAMABAD: ". The dateline is kept apart from the text, so the first sentence
 * reads as a sentence.
 */

const MONTH =
	'(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6})\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE = `(?:${MONTH}\\s*${DAY}|${DAY}\\s+${MONTH})(?:,?\\s+\\d{4})?`;
const PLACE_WORD = "[A-Z][A-Za-z'’.\\-]*";
const PLACE_NAME = `${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}`;
/** A place, and its country after a comma ("Baku, Azerbaijan"), as long as that is not the date. */
const PLACE = `(${PLACE_NAME}(?:,\\s*(?!${MONTH}\\s*\\d)${PLACE_NAME})?)`;
const CAPS_PLACE = "([A-Z][A-Z'’.\\-]+(?:\\s+[A-Z][A-Z'’.\\-]+){0,3})";
/** Agencies named without brackets must be known or look like an acronym, so "Iran, Syria -" is not a dateline. */
const BARE_AGENCY = '(IRNA|MNA|ISNA|IANS|AFP|AP|Reuters|Tasnim|Mehr|Fars|ANA|SANA|Xinhua|TASS|[A-Z]{2,6})';
const BRACKET_AGENCY = "\\(([A-Za-z][A-Za-z0-9 .'’&-]{0,30})\\)";
const DASH = '\\s*(?:--|[-–—―])\\s*';
/** Words in capitals before a colon that open a paragraph without being a place. */
const COLON_LABELS =
	'UPDATE|UPDATED|BREAKING|BREAKING NEWS|WATCH|VIDEO|PHOTO|PHOTOS|NOTE|EDITOR|EDITORS|READ|READ MORE|ALSO READ|SEE|LIVE|EXCLUSIVE|ANALYSIS|OPINION|COMMENT|Q|A|FACTBOX|EXPLAINER|CORRECTION|WARNING|ADVERTISEMENT|SOURCE|SOURCES';
/** A dash that ends a dateline and is no hyphen inside a name: a long dash, or a hyphen with a space beside it. */
const SPACED_DASH = '(?:\\s*(?:--|[–—―])\\s*|\\s+-\\s*|-\\s+)';
/** After an agency in brackets a colon ends the dateline too ("Baku, Jan. 5 (Trend):"). */
const DASH_OR_COLON = '\\s*(?:--|[-–—―:])\\s*';

const FORMS: RegExp[] = [
	// Tehran, Sept 13, IRNA –   /   Kabul, IRNA -   /   Tehran, Nov 2, IRNA-
	new RegExp(`^${PLACE},\\s*(?:(${DATE}),?\\s*)?${BARE_AGENCY}${DASH}`),
	// TEHRAN, Apr. 24 (MNA) –   /   Tehran (ISNA) –
	new RegExp(`^${PLACE}(?:,\\s*(${DATE}))?\\s*${BRACKET_AGENCY}${DASH_OR_COLON}`),
	// Dubai, Jan 11 (AP) Iran confirmed …   (no dash after the agency: the date must be there)
	new RegExp(`^${PLACE},\\s*(${DATE})\\s*${BRACKET_AGENCY}\\s+(?=\\p{Lu})`, 'u'),
	// TEHRAN –   /   TEHRAN, Apr. 24 —   (only capitals: "Iran – Kyrgyzstan ties" is a sentence; a hyphen
	// with no space beside it joins a name, "AL-MUKALLA: …")
	new RegExp(`^${CAPS_PLACE}(?:,\\s*(${DATE}))?()${SPACED_DASH}`),
	// MOSCOW, January 5. /TASS/.   /   ETREK (Turkmenistan), December 3. /TASS/.
	new RegExp(`^${PLACE}(?:\\s*\\([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\))?(?:,\\s*(${DATE}))?\\.?\\s*/([A-Za-z][A-Za-z .&-]{0,20})/\\.?\\s*`),
	// YEREVAN, APRIL 29, ARMENPRESS.   (an agency in capitals after the date, then a full stop)
	new RegExp(`^${PLACE},\\s*(${DATE}),\\s*([A-Z]{2,12})\\.\\s+(?=\\p{Lu})`, 'u'),
	// ISLAMABAD:   (capitals and a colon, as South Asian papers print it; not a label such as "UPDATE:")
	new RegExp(`^(?!(?:${COLON_LABELS})\\s*:)${CAPS_PLACE}(?:,\\s*(${DATE}))?():\\s+(?=\\p{Lu}|["“'‘])`, 'u')
];

/**
 * Forms read only when the place is a city the tables know (see knownCity), since without
 * capitals or an agency they look like sentences: "Tehran, Iran – The …", "KABUL, AFGHANISTAN –",
 * "Dubai: Iran seized …", "New Delhi: India and …".
 */
const CITY_FORMS: RegExp[] = [
	// A hyphen between spaces only: "Tehran-Dushanbe axis renewed" is a headline.
	new RegExp(`^${PLACE}()()(?:\\s*(?:--|[–—―])\\s*|\\s+-\\s+)(?=["“'‘\\p{Lu}])`, 'u'),
	new RegExp(`^(?!(?:${COLON_LABELS})\\s*:)${PLACE}()()\\s*:\\s+(?=["“'‘\\p{Lu}])`, 'u')
];

export interface DatelineSplit {
	dateline: PrintedDateline;
	/** The paragraph with its dateline removed. */
	rest: string;
}

/** Every form, the city forms last (read only for a known city). */
const ALL_FORMS = [...FORMS, ...CITY_FORMS];
const CITY_FORM = new Set(CITY_FORMS);

export function splitDateline(paragraph: string): DatelineSplit | null {
	for (const form of ALL_FORMS) {
		const m = paragraph.match(form);
		if (!m || (CITY_FORM.has(form) && !knownCity(m[1]))) continue;
		const [whole, place, date, agency] = m;
		return {
			dateline: { place: place.trim(), date: date?.trim() || null, agency: agency?.trim() || null },
			rest: paragraph.slice(whole.length).trim()
		};
	}
	return null;
}

/** Agencies that may open a paragraph with no place before them ("IRNA – …", "Fars: …"). */
const OPENING_AGENCIES = new Set(
	[
		'IRNA',
		'MNA',
		'ISNA',
		'ILNA',
		'IRIB',
		'IANS',
		'AFP',
		'AP',
		'Reuters',
		'Tasnim',
		'Mehr',
		'Fars',
		'FNA',
		'SANA',
		'Xinhua',
		'TASS',
		'Trend',
		'Anadolu',
		'WAM',
		'SPA',
		'KUNA',
		'QNA'
	].map((a) => a.toLowerCase())
);
/** Wires by their full names, with the short name the trade uses for each. */
const WIRE_SHORT_NAMES = new Map([
	['associated press', 'AP'],
	['agence france-presse', 'AFP'],
	['agence france presse', 'AFP'],
	['islamic republic news agency', 'IRNA'],
	['mehr news agency', 'MNA'],
	['iranian students news agency', 'ISNA'],
	['islamic students news agency', 'ISNA'],
	['xinhua news agency', 'Xinhua'],
	['tasnim news agency', 'Tasnim'],
	['fars news agency', 'Fars']
]);

/** A wire's short name ("The Associated Press" → "AP", "Islamic Republic News Agency – IRNA" → "IRNA"); any other name as it is. */
export function shortAgencyName(name: string): string {
	const abbreviated = /\s[–—-]\s+([A-Z]{2,6})$/.exec(name);
	if (abbreviated) return abbreviated[1];
	return WIRE_SHORT_NAMES.get(name.replace(/^the\s+/i, '').toLowerCase()) ?? name;
}

/** Whether a line is nothing but a wire's name ("AP", "Reuters", "The Associated Press"): a credit, not a place or a headline. */
export function isWireAlone(line: string): boolean {
	const name = line.replace(/^the\s+/i, '').toLowerCase();
	return OPENING_AGENCIES.has(name) || WIRE_SHORT_NAMES.has(name);
}

/**
 * A credit opening a paragraph without a place: "Shafaq News/ Tension …", "PanARMENIAN.Net -
 * Iran's …", "EghtesadOnline: Iranian …", "TABNAK, Dec. 22- Iran …", "(MENAFN) The …".
 */
const CREDIT_OPENING = new RegExp(
	String.raw`^(?:\((\p{Lu}[\p{L}\d.&'’ -]{1,30}?)\)\s+|(\p{Lu}[\p{L}\d.&'’]*(?:\s\p{Lu}[\p{L}\d.&'’]*){0,2})(?:,\s*${DATE})?\s*(?:\/|:|--|\s[-–—―\uFFFD]|(?<=\d)[-–—―]|[–—―]))\s*(?=["“'‘\p{Lu}])`,
	'u'
);

/**
 * Whether a name where a dateline's place stands is an outlet's, not a place: a wire's
 * ("Reuters", "IRNA"), the page's host spelled ("TABNAK" on tabnak.ir) or three capitals (an
 * outlet's initials, "IFP -"), each only when no city or country the tables know has that name
 * ("BAKU" on baku.ws, "UAE -" stay places; "UN", "EU", "NY" are two letters and stay too).
 */
export function namesOutlet(name: string, host: string): boolean {
	if (knownCity(name) || findCountries([name]).length > 0) return false;
	return isWireAlone(name) || namesHost(name, host) || (/^[A-Z]{3}$/.test(name) && !NOT_OUTLETS.has(name));
}
/** Three capitals that stand for a place or a body of states, never an outlet. */
const NOT_OUTLETS = new Set(['NYC', 'GCC', 'OIC', 'SCO', 'ECO', 'UNO']);

/** Whether `name` is the site's own ("Shafaq News" on shafaq.com, "PanARMENIAN.Net" on panarmenian.net): most of the host's name. */
function namesHost(name: string, host: string): boolean {
	const squeezed = name.toLowerCase().replace(/[^a-z0-9]/g, '');
	const labels = host
		.split('.')
		.slice(0, -1)
		.filter((l) => !['www', 'en', 'english', 'co', 'com'].includes(l));
	const site = labels.sort((a, b) => b.length - a.length)[0] ?? '';
	if (site.length < 3 || squeezed.length < 3) return false;
	return squeezed.startsWith(site) || (site.startsWith(squeezed) && squeezed.length >= 0.75 * site.length);
}

/** A brand's shape: a capital inside the word ("EghtesadOnline", "PanARMENIAN") or a site's name with its domain ("PanARMENIAN.Net"). */
const BRAND = /\p{Ll}{2}\p{Lu}|\.(?:[Nn]et|[Cc]om|[Oo]rg|az|ir|ru|am)\b/u;

/**
 * A credit opening the paragraph, and the paragraph without it; null when none. Read when its
 * shape says it is one (a name and a slash, "Shafaq News/ …"; a name in brackets, "(MENAFN) …";
 * a brand, "EghtesadOnline: …"), when it is an agency known to open paragraphs ("IRNA – …"), or
 * when it is the site the page is from (`host`, "" when the page names none); never a place.
 */
export function splitCredit(paragraph: string, host: string): { agency: string; rest: string } | null {
	const m = CREDIT_OPENING.exec(paragraph);
	if (!m) return null;
	const agency = (m[1] ?? m[2]).trim();
	// An acronym of three to six capitals is an agency's shape too, where no dateline form read it (a damaged dash).
	const shaped = m[1] !== undefined || /^[^/]*\/\s*$/.test(m[0].slice(agency.length)) || BRAND.test(agency) || /^[A-Z]{3,6}$/.test(agency);
	if (!shaped && !OPENING_AGENCIES.has(agency.toLowerCase()) && !namesHost(agency, host)) return null;
	// Not a place: a city, or a country named alone ("Iran Press" is a credit).
	if (/\d/.test(agency) || knownCity(agency) || (!/\s/.test(agency) && filedCountry(agency) !== null)) return null;
	return { agency, rest: paragraph.slice(m[0].length).trim() };
}

/** A place in capitals, and maybe its country, date and agency, on a line of its own ("ANKARA", "BAKU, Azerbaijan, Jan.5"). */
const ALONE = new RegExp(
	`^${CAPS_PLACE}(?:,\\s*(?!${MONTH}\\s*\\d)(${PLACE_NAME}))?(?:,\\s*(${DATE}))?(?:\\s*${BRACKET_AGENCY})?\\s*(?:--|[-–—:])?$`
);

/** A known city in any case and an agency after a dash, on a line of its own ("Tehran - FNA"). */
const CITY_AGENCY_ALONE = new RegExp(`^(${PLACE_NAME})\\s+(?:--|[-–—―])\\s+${BARE_AGENCY}$`);

/** A known city in any case and a colon or dash, on a line of its own ("Tehran:"). */
const CITY_ALONE = new RegExp(`^(${PLACE_NAME})\\s*(?:--|[-–—―:])$`);
/** A known city in any case with its date, maybe its country between, on a line of its own ("Tehran, Iran, Aug. 1"). */
const CITY_DATE_ALONE = new RegExp(`^(${PLACE_NAME})(?:,\\s*(?!${MONTH}\\s*\\d)(${PLACE_NAME}))?,\\s*(${DATE})\\.?$`);

/** A dateline printed on a line of its own, above the first paragraph. */
export function datelineAlone(line: string): PrintedDateline | null {
	const city = line.length <= 80 ? line.match(CITY_AGENCY_ALONE) : null;
	if (city && knownCity(city[1])) return { place: city[1], date: null, agency: city[2] };
	const bare = line.length <= 40 ? line.match(CITY_ALONE) : null;
	if (bare && knownCity(bare[1])) return { place: bare[1], date: null, agency: null };
	const dated = line.length <= 80 ? line.match(CITY_DATE_ALONE) : null;
	if (dated && knownCity(dated[1])) return { place: dated[2] ? `${dated[1]}, ${dated[2]}` : dated[1], date: dated[3].trim(), agency: null };
	const m = line.length <= 80 ? line.match(ALONE) : null;
	if (!m || !/[A-Z]{3}/.test(m[1])) return null;
	// A place alone is a word or two ("ANKARA", "NEW YORK"); three words in capitals are a headline.
	if (!m[2] && !m[3] && !m[4] && m[1].split(/\s+/).length > 2) return null;
	const place = m[2] ? `${m[1]}, ${m[2]}` : m[1];
	return { place: place.trim(), date: m[3]?.trim() || null, agency: m[4]?.trim() || null };
}
