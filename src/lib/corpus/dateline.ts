import type { PrintedDateline } from './types';

/**
 * Datelines open the first paragraph: "Tehran, Sept 13, IRNA – ", "Kabul, IRNA - ",
 * "TEHRAN, Apr. 24 (MNA) – ", "Tehran (ISNA) – ", "TEHRAN — ", and other agencies'
 * "WASHINGTON (Reuters) -", "Baku, Azerbaijan, Jan. 5 (Trend):", "MOSCOW, January 5.
 * /TASS/.", "ISLAMABAD: ". The dateline is kept apart from the text, so the first sentence
 * reads as a sentence.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE = `(?:${MONTH}\\s*${DAY}|${DAY}\\s+${MONTH})(?:,?\\s+\\d{4})?`;
const PLACE_WORD = "[A-Z][A-Za-z'’.\\-]*";
const PLACE_NAME = `${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}`;
/** A place, and its country after a comma ("Baku, Azerbaijan"), as long as that is not the date. */
const PLACE = `(${PLACE_NAME}(?:,\\s*(?!${MONTH}\\s*\\d)${PLACE_NAME})?)`;
const CAPS_PLACE = "([A-Z][A-Z'’.\\-]+(?:\\s+[A-Z][A-Z'’.\\-]+){0,3})";
/** Agencies named without brackets must be known or look like an acronym, so "Iran, Syria -" is not a dateline. */
const BARE_AGENCY = '(IRNA|MNA|ISNA|IANS|AFP|AP|Reuters|Tasnim|Mehr|Fars|ANA|SANA|Xinhua|TASS|[A-Z]{2,6})';
const BRACKET_AGENCY = "\\(([A-Za-z][A-Za-z .'’&-]{0,30})\\)";
const DASH = '\\s*(?:--|[-–—―])\\s*';
/** Words in capitals before a colon that open a paragraph without being a place. */
const COLON_LABELS =
	'UPDATE|UPDATED|BREAKING|BREAKING NEWS|WATCH|VIDEO|PHOTO|PHOTOS|NOTE|EDITOR|EDITORS|READ|READ MORE|ALSO READ|SEE|LIVE|EXCLUSIVE|ANALYSIS|OPINION|COMMENT|Q|A|FACTBOX|EXPLAINER|CORRECTION|WARNING|ADVERTISEMENT|SOURCE|SOURCES';
/** After an agency in brackets a colon ends the dateline too ("Baku, Jan. 5 (Trend):"). */
const DASH_OR_COLON = '\\s*(?:--|[-–—―:])\\s*';

const FORMS: RegExp[] = [
	// Tehran, Sept 13, IRNA –   /   Kabul, IRNA -   /   Tehran, Nov 2, IRNA-
	new RegExp(`^${PLACE},\\s*(?:(${DATE}),?\\s*)?${BARE_AGENCY}${DASH}`),
	// TEHRAN, Apr. 24 (MNA) –   /   Tehran (ISNA) –
	new RegExp(`^${PLACE}(?:,\\s*(${DATE}))?\\s*${BRACKET_AGENCY}${DASH_OR_COLON}`),
	// Dubai, Jan 11 (AP) Iran confirmed …   (no dash after the agency: the date must be there)
	new RegExp(`^${PLACE},\\s*(${DATE})\\s*${BRACKET_AGENCY}\\s+(?=\\p{Lu})`, 'u'),
	// TEHRAN –   /   TEHRAN, Apr. 24 —   (only capitals: "Iran – Kyrgyzstan ties" is a sentence)
	new RegExp(`^${CAPS_PLACE}(?:,\\s*(${DATE}))?()${DASH}`),
	// MOSCOW, January 5. /TASS/.
	new RegExp(`^${PLACE}(?:,\\s*(${DATE}))?\\.?\\s*/([A-Za-z][A-Za-z .&-]{0,20})/\\.?\\s*`),
	// ISLAMABAD:   (capitals and a colon, as South Asian papers print it; not a label such as "UPDATE:")
	new RegExp(`^(?!(?:${COLON_LABELS})\\s*:)${CAPS_PLACE}(?:,\\s*(${DATE}))?():\\s+(?=\\p{Lu}|["“'‘])`, 'u')
];

export interface DatelineSplit {
	dateline: PrintedDateline;
	/** The paragraph with its dateline removed. */
	rest: string;
}

export function splitDateline(paragraph: string): DatelineSplit | null {
	for (const form of FORMS) {
		const m = paragraph.match(form);
		if (!m) continue;
		const [whole, place, date, agency] = m;
		return {
			dateline: { place: place.trim(), date: date?.trim() || null, agency: agency?.trim() || null },
			rest: paragraph.slice(whole.length).trim()
		};
	}
	return null;
}

/** A place in capitals, and maybe its country, date and agency, on a line of its own ("ANKARA", "BAKU, Azerbaijan, Jan.5"). */
const ALONE = new RegExp(
	`^${CAPS_PLACE}(?:,\\s*(?!${MONTH}\\s*\\d)(${PLACE_NAME}))?(?:,\\s*(${DATE}))?(?:\\s*${BRACKET_AGENCY})?\\s*(?:--|[-–—:])?$`
);

/** A dateline printed on a line of its own, above the first paragraph. */
export function datelineAlone(line: string): PrintedDateline | null {
	const m = line.length <= 80 ? line.match(ALONE) : null;
	if (!m || !/[A-Z]{3}/.test(m[1])) return null;
	// A place alone is a word or two ("ANKARA", "NEW YORK"); three words in capitals are a headline.
	if (!m[2] && !m[3] && !m[4] && m[1].split(/\s+/).length > 2) return null;
	const place = m[2] ? `${m[1]}, ${m[2]}` : m[1];
	return { place: place.trim(), date: m[3]?.trim() || null, agency: m[4]?.trim() || null };
}
