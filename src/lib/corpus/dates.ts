/**
 * Recognises a publication date stamp: a header line that is nothing but an optional label,
 * weekday, the date, an optional time and zone, and separators. A sentence that merely contains a
 * date is not a stamp. Dates are kept as printed (the publication's local time); nothing is ever
 * converted to UTC, so a 12:31 AM story keeps its day whatever zone the code runs in.
 */
import { GREGORIAN_MONTHS, PUBLICATION_LABELS, SOLAR_HIJRI_MONTHS, WEEKDAY_NAMES, ZONE_OFFSETS } from './date-words';
import { solarHijriToGregorian, type CivilDate } from './solar-hijri';
import { toAsciiDigits } from './text';

export interface DateStamp {
	/** "2019-09-13T09:57", "2021-04-12", or with a stated offset "2019-11-08T11:56-05:00". */
	iso: string;
	hasTime: boolean;
}

/** Stamps are short; a longer line is prose, and skipping it keeps body paragraphs cheap. */
const MAX_STAMP_LENGTH = 80;
/** Years a news corpus can hold; anything else is a misread number, not a date. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
/** Real zones span -12:00 to +14:00. */
const MAX_OFFSET_HOURS = 14;

/** Regex alternation of words, longest first so a prefix ("mon") never shadows "monday". */
function alternation(words: Iterable<string>): string {
	return [...words]
		.sort((a, b) => b.length - a.length)
		.map((word) => word.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
		.join('|');
}

// Every pattern is sticky (`y`): it matches exactly at `lastIndex`, so the line is walked left to
// right without slicing, and anything the grammar does not expect stops the walk.
// A bullet, a Markdown heading's marks ("# 12 July 2015", as HTML-to-text tools write a page's
// headings) or a clock or calendar icon before the stamp.
const BULLET = /(?:[•·▪●⏰⌚◷📅📆]|[\u{1F550}-\u{1F567}]|#{1,6}(?=\s))\s*/uy;
// `\s*` after the label, not `\s+`: one site prints "Publish date21 Sep 2023".
const LABEL = new RegExp(String.raw`(?:${alternation(PUBLICATION_LABELS)})(?:\s+on)?\s*:?\s*`, 'iy');
const WEEKDAY = new RegExp(String.raw`(?:${alternation(WEEKDAY_NAMES)})\.?(?!\p{L})\s*[,/–—-]?\s*`, 'iuy');
const DATE_TIME_SEPARATOR = /\s*(?:[,/|–—-]+|at(?!\p{L}))\s*|\s+|T(?=\d)/iuy;
const TRAILING_SEPARATORS = /[\s,/|•·–—-]*$/y;

// `[\p{L}\p{M}]+` takes any word (German, Persian) in month position; the tables decide.
// "17 February 2018", "17-Feb-2018", "17/February/2018".
/** And a year in two digits after a month's name: "10 March 23" (never a clock, "10 March 23:15"). */
const DAY_MONTH_YEAR = /(\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:[/-]\s*)?([\p{L}\p{M}]+)\.?,?\s*(?:[/-]\s*)?(\d{4}|\d{2}(?![\d:]))(?!\d)/iuy;
const MONTH_DAY_YEAR = /([\p{L}\p{M}]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(\d{4})(?!\d)/iuy;
/** Slashes with the year last are US order (3/26/2019); "26/3/2019" is refused, not guessed. */
const US_NUMERIC = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/y;
/** Hyphens with the year last are read only when the order shows (30-01-2026, 02-26-2008): a day past 12 says which is the day. */
const HYPHEN_NUMERIC = /(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/y;
/** Dots with the year last are European order (28.05.2020). */
const DOTTED_NUMERIC = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/y;
/** Year first: ISO 8601 and its slash/dot cousins; a 13xx/14xx year is Solar Hijri (1398/05/07). */
const YEAR_FIRST_NUMERIC = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y;

// Hour alone is a time only with a meridiem ("8 PM"); `readTime` enforces that. The brackets
// come from "15 April 2019 [15:59]", "uhr" from German pages.
const MERIDIEM = String.raw`([ap])\.?\s?m\.?(?!\p{L})`;
const TIME = new RegExp(
	String.raw`[[(]?\s*(\d{1,2})(?::(\d{1,2})(?::\d{2}(?:\.\d+)?)?)?` + String.raw`(?:\s*${MERIDIEM})?(?:\s*uhr(?!\p{L}))?(?:\s*[\])])?`,
	'iuy'
);
const ZONE = new RegExp(
	String.raw`\s*\(?(?:` +
		String.raw`(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?` + // GMT+3:30
		`|(${alternation(ZONE_OFFSETS.keys())})` + // EST
		String.raw`|([+-])(\d{2}):?(\d{2})` + // +0330, -05:00
		String.raw`)(?![\p{L}\d])\)?`,
	'iuy'
);

/** Capitals after a time that name a zone the tables lack: the time is kept as printed, without the zone. */
const UNKNOWN_ZONE = /\s*\(?[A-Z]{2,5}\)?(?![\p{L}\d])/uy;

const ASCII_DIGIT = /\d/;
/** Characters that `normalise` rewrites; most lines have none, and then cost one scan. */
const NEEDS_NORMALISING = /[\u0300-\u036f\u0600-\u06ff\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;
/** Direction and joiner marks that Persian pages put around dates; invisible, so dropped. */
const INVISIBLE_MARKS = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The Arabic comma, and the Arabic yeh and kaf that Windows-1256 text puts in Persian words. */
const ARABIC_FORMS = /[\u060c\u064a\u0643]/g;
const PLAIN_FORMS: Readonly<Record<string, string>> = {
	'\u060c': ',',
	'\u064a': '\u06cc',
	'\u0643': '\u06a9'
};

/** Persian and Arabic-Indic digits, Arabic comma, yeh and kaf → the forms the patterns expect. */
function normalise(text: string): string {
	return toAsciiDigits(text.normalize('NFC').replace(INVISIBLE_MARKS, ''))
		.replace(ARABIC_FORMS, (form) => PLAIN_FORMS[form])
		.trim();
}

function skip(pattern: RegExp, text: string, pos: number): number {
	pattern.lastIndex = pos;
	return pattern.test(text) ? pattern.lastIndex : pos;
}

function matchAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
	pattern.lastIndex = pos;
	return pattern.exec(text);
}

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function gregorianDate(year: number, month: number, day: number): CivilDate | null {
	if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return null;
	const length = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
	return day <= length ? { year, month, day } : null;
}

/** Two-digit years below this are this century's ("23" is 2023), the others the last's ("98" is 1998). */
const CENTURY_PIVOT = 70;

/** A date whose month is a word: the tables decide both the month and the calendar. */
function namedMonthDate(word: string, day: string, year: string): CivilDate | null {
	const key = word.toLowerCase();
	const gregorianMonth = GREGORIAN_MONTHS.get(key);
	const full = year.length === 2 ? (+year < CENTURY_PIVOT ? 2000 : 1900) + +year : +year;
	if (gregorianMonth !== undefined) return gregorianDate(full, gregorianMonth, +day);
	// A Solar Hijri year is never printed in two digits here.
	const solarMonth = year.length === 2 ? undefined : SOLAR_HIJRI_MONTHS.get(key);
	return solarMonth === undefined ? null : solarHijriToGregorian(full, solarMonth, +day);
}

function yearFirstDate(year: number, month: number, day: number): CivilDate | null {
	return gregorianDate(year, month, day) ?? solarHijriToGregorian(year, month, day);
}

/** The date at `pos` and where it ends, or null when none starts there (or it does not exist). */
function readDate(text: string, pos: number): { date: CivilDate | null; end: number } | null {
	let m: RegExpExecArray | null;
	if ((m = matchAt(DAY_MONTH_YEAR, text, pos))) {
		return { date: namedMonthDate(m[2], m[1], m[3]), end: DAY_MONTH_YEAR.lastIndex };
	}
	if ((m = matchAt(MONTH_DAY_YEAR, text, pos))) {
		return { date: namedMonthDate(m[1], m[2], m[3]), end: MONTH_DAY_YEAR.lastIndex };
	}
	if ((m = matchAt(US_NUMERIC, text, pos))) {
		return { date: gregorianDate(+m[3], +m[1], +m[2]), end: US_NUMERIC.lastIndex };
	}
	if ((m = matchAt(HYPHEN_NUMERIC, text, pos))) {
		const [first, second, year] = [+m[1], +m[2], +m[3]];
		const date =
			first > 12 && second <= 12
				? gregorianDate(year, second, first)
				: second > 12 && first <= 12
					? gregorianDate(year, first, second)
					: null;
		return { date, end: HYPHEN_NUMERIC.lastIndex };
	}
	if ((m = matchAt(DOTTED_NUMERIC, text, pos))) {
		return { date: gregorianDate(+m[3], +m[2], +m[1]), end: DOTTED_NUMERIC.lastIndex };
	}
	if ((m = matchAt(YEAR_FIRST_NUMERIC, text, pos))) {
		return { date: yearFirstDate(+m[1], +m[3], +m[4]), end: YEAR_FIRST_NUMERIC.lastIndex };
	}
	return null;
}

function pad(value: number): string {
	return value < 10 ? `0${value}` : String(value);
}

function readOffset(text: string, pos: number): { offset: string; end: number } | null {
	const m = matchAt(ZONE, text, pos);
	if (!m) return null;
	const end = ZONE.lastIndex;
	if (m[4] !== undefined) return { offset: ZONE_OFFSETS.get(m[4].toUpperCase()) ?? '', end };
	const [sign, hours, minutes] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[5], m[6], m[7]];
	const h = +hours;
	const min = minutes === undefined ? 0 : +minutes;
	if (h > MAX_OFFSET_HOURS || min > 59) return null;
	return { offset: `${sign}${pad(h)}:${pad(min)}`, end };
}

/**
 * "HH:MM" plus any stated offset, or null when no valid time starts at `pos`. A 24-hour clock
 * at exactly midnight ("0:0", "00:00", "00:00:00") is a page's placeholder for a time it does not
 * know (old stories are printed so): `placeholder` says so, and the stamp keeps its date alone.
 */
function readTime(text: string, pos: number): { clock: string; offset: string; end: number; placeholder: boolean } | null {
	const m = matchAt(TIME, text, pos);
	if (!m || (m[2] === undefined && m[3] === undefined)) return null;
	let hour = +m[1];
	const minute = m[2] === undefined ? 0 : +m[2];
	if (minute > 59) return null;
	const pm = m[3]?.toLowerCase() === 'p';
	if (m[3] !== undefined && !(pm && hour > 12 && hour <= 23)) {
		if (hour < 1 || hour > 12) return null;
		// 12 AM is midnight and 12 PM is noon.
		hour = (hour % 12) + (pm ? 12 : 0);
	} else if (hour > 23) {
		return null;
	}
	const clock = `${pad(hour)}:${pad(minute)}`;
	const placeholder = hour === 0 && minute === 0 && m[3] === undefined;
	const zone = readOffset(text, TIME.lastIndex);
	if (zone) return { clock, ...zone, placeholder };
	// A zone the tables do not know ("18:37 AMT": Armenia's, or the Amazon's?) is left unstated.
	const unknown = matchAt(UNKNOWN_ZONE, text, TIME.lastIndex);
	return { clock, offset: '', end: unknown ? UNKNOWN_ZONE.lastIndex : TIME.lastIndex, placeholder };
}

/** The publication date stamp on `line`, or null when the line is not one. Never throws. */
export function parseDateStamp(line: string): DateStamp | null {
	let text = line.trim();
	if (text.length === 0 || text.length > MAX_STAMP_LENGTH) return null;
	if (NEEDS_NORMALISING.test(text)) text = normalise(text);
	if (!ASCII_DIGIT.test(text)) return null;

	let pos = skip(BULLET, text, 0);
	pos = skip(LABEL, text, pos);
	pos = skip(WEEKDAY, text, pos);

	// Some sites print the time first: "14:15, 28.05.2020".
	let time = readTime(text, pos);
	if (time) {
		pos = skip(DATE_TIME_SEPARATOR, text, time.end);
		if (pos === time.end) return null;
		pos = skip(WEEKDAY, text, pos);
	}

	const read = readDate(text, pos);
	if (!read?.date) return null;
	pos = read.end;

	if (!time) {
		const timeStart = skip(DATE_TIME_SEPARATOR, text, pos);
		time = timeStart > pos ? readTime(text, timeStart) : null;
		if (time) pos = time.end;
	}

	TRAILING_SEPARATORS.lastIndex = pos;
	if (!TRAILING_SEPARATORS.test(text)) return null;

	const { year, month, day } = read.date;
	const isoDate = `${year}-${pad(month)}-${pad(day)}`;
	return time && !time.placeholder ? { iso: `${isoDate}T${time.clock}${time.offset}`, hasTime: true } : { iso: isoDate, hasTime: false };
}
