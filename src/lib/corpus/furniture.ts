/**
 * Page furniture: the lines a news CMS prints around an article that are not the article.
 * Each line of a capture is classified once; the parser decides what to keep by where it stands.
 */
import { GREGORIAN_MONTHS, WEEKDAY_NAMES } from './date-words';
import { datelineAlone, isWireAlone } from './dateline';
import { parseDateStamp } from './dates';
import { MAX_STAMP_LINE, bareByline, bylineBesideStamp, readByline, wireOfByline } from './credits';
import type { PrintedDateline } from './types';
import { toAsciiDigits, wordsUpTo } from './text';

export type LineKind =
	/** A stamp; `byline` when the line names its author too ("Ali Yilmaz | 02.03.2021 - 14:35", "By AP Published …"). */
	| { kind: 'date'; iso: string; byline?: string }
	| { kind: 'journalist'; value: string }
	| { kind: 'newsCode'; value: string }
	| { kind: 'persons'; value: number }
	| { kind: 'url'; value: string }
	/** Who wrote it: "By Trend" is "Trend", "Gazette Staff", "Reporting by A; Editing by B" is "A". */
	/** `wire`: the agency credited after the name ("By Jane Doe – Trend"), or a wire as the byline ("By AP"). */
	| { kind: 'byline'; value: string; wire?: string }
	/** The tag box's label: noise above the title, the end of the body below it. */
	| { kind: 'tags' }
	/** Dropped wherever it stands (font-size widget, tag box label, category line). */
	| { kind: 'noise' }
	/** A dateline on a line of its own ("ANKARA", "BAKU, Azerbaijan, Jan.5"). */
	| { kind: 'dateline'; value: PrintedDateline }
	/** A date printed without its year ("Tuesday, March 3"): no date can be taken from it. */
	| { kind: 'yearless'; text: string }
	/** Ends the article body: what follows is comment box, related news or sign-off. */
	| { kind: 'end' }
	| { kind: 'text' };

const BULLET = /^[•·▪●*\-–]\s*/;
const JOURNALIST = /^journalist(?:\s*id)?\s*:?\s*(\d{1,10})$/i;
const NEWS_CODE = /^(?:news|story|article)\s*(?:code|id|number|no\.?)\s*:?\s*(\d{3,14})$/i;
const PERSONS = /^(\d{1,3})\s+persons?$/i;
const URL_LINE = /^(?:source:\s*)?(https?:\/\/\S+)$/i;
const PHP_DEBUG = /^(?:notice|warning|deprecated|fatal error|parse error):\s.*\bon line \d+$/i; // leftover PHP debug output
/** A caption ending in its photo's credit ("... in Muscat on Monday (Photo: Reuters)"). */
/**
 * A caption's credit at its end: in brackets ("(Photo: AFP)", "[File: Jane Doe/AP Photo]"), behind a slash or bar ("…
 * southeastern Iran. /File photo"), or after its last sentence ("… Yemen's Houthis. Photo:
 * CENTCOM/Handout via Getty Images", "… a border town. Credit: Jane Doe, DW").
 */
const PHOTO_CREDIT =
	/(?:[([][^)\]]{0,60}\b(?:photo|image|picture)s?\b[^)\]]{0,60}[)\]]|\s[/|]\s*(?:file\s+)?(?:photo|image|picture)s?\b[^./|]{0,40}|(?:^|[.!?]\s+)(?:(?:photo|image|picture)(?:\s+credits?)?|credits?)\s*:\s*[^.:]{2,80})$/i;
const NOISE = [
	/^t\s+t$/i, // IRNA's font-size widget
	/^(?:category|categories|service|section|theme|topics?|rubric)\s*:\s*\S.*$/i, // a category line (ISNA's bulleted one, "Theme: Politics")
	/[▲▼]\s*[-+]?\d[\d.,]*\s*(?:\([-+]?[\d.,]+%\))?$/, // a market ticker ("AVN 47.04 Decreased By ▼ -0.31 (-0.65%)")
	/^(?:print|send|share|save|copy link|email)$/i,
	PHP_DEBUG,
	/^(?:array|object)\(\d+\)\s*\{?\s*\}?$/i,
	/^[\d\s.,:/+-]{1,12}$/, // a counter, a page number, a lone clock ("812", "0", "07:10")
	/^[\p{L}\s]{1,20}\s:$/u, // an empty widget label ("Counter :", "Date :")
	/^issn\b.*$/i,
	/^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i,
	/^(?:just now|today|yesterday)$/i,
	/^#[\p{L}\d]/u, // hashtags
	/^share(?:\s+(?:this|on|via|article|story|news|to)\b.*|:.*)?$/i,
	// A photo's credit or caption line ("Photo: Reuters", "File photo", "... (Photo: AFP)").
	/^\(?(?:file\s+)?(?:photo|image|picture|video)s?\b(?:\s*(?:by|credit|:)[^.]*)?\)?$/i,
	/^(?:report|flag)\s+(?:this\s+)?(?:content|post|comment|article|story|ad)$/i, // a reader's report button
	PHOTO_CREDIT
];

/** Lines that are the page's labels and menus, not the article: compared in lower case, bullets and arrows off. */
const LABELS = new Set(
	[
		'accessibility links|skip to content|skip to main content|skip to navigation|main menu|menu|navigation|search|close',
		'breaking news|latest news|latest|top stories|most read|most viewed|most popular|trending|featured|popular|editor picks',
		"editor's picks|editors' picks|more news|more stories|more|read more|see more|see also|next|previous|prev|back to top|back",
		'home|homepage|register|login|log in|log out|sign in|sign up|subscribe|subscription|newsletter|contact|contact us|about|about us',
		'rss|rss feed|full version|mobile version|desktop version|qr code|no script|print|print this|send to|send to friend|foto|photo|photos',
		'video|videos|gallery|multimedia|podcast|podcasts|audio|listen|infographic|announcement|collapse|expand|no announcement yet',
		'archive|archives|sitemap|site map|privacy|privacy policy|terms|terms of use|terms of service|faq|help|advertisement|advertise',
		'ads|sponsored|follow us|follow us on|select language|language|languages|font size|text size|a a|a+ a-|a- a+|toggle navigation|open menu',
		'comments|comment|facebook|twitter|whatsapp|telegram|instagram|linkedin|youtube|email|e-mail|reddit|pinterest|tumblr|viber',
		'news|world|world news|politics|economy|business|sport|sports|culture|society|opinion|analysis|science|technology|tech|health',
		'international|region|regional|middle east|africa|asia|europe|americas|defense|energy|environment|lifestyle|local|national|nation',
		'interview|interviews|feature|features|editorial|editorials|columns|blogs|blog|weather|markets|world cup|entertainment|arts'
	].flatMap((group) => group.split('|'))
);
/** Whether a line (in lower case) is one of the page's labels: a menu item, a widget, a section. */
export function isLabel(text: string): boolean {
	return LABELS.has(text);
}

/** Languages as a site's language menu prints them, in their own words. */
const LANGUAGES = new Set(
	'english|français|francais|español|espanol|deutsch|italiano|português|portugues|русский|українська|türkçe|turkce|العربية|عربي|فارسی|فارسى|اردو|پښتو|हिन्दी|हिंदी|বাংলা|中文|日本語|한국어|azərbaycan|azerbaijani|kurdî|kurdish|arabic|persian|farsi|urdu|hindi|bengali|french|spanish|german|russian|turkish|chinese|pashto|dari|hebrew|עברית'.split(
		'|'
	)
);
const MENU_SEPARATOR_CHARS = /[|·•»›>/]| - /;
const MENU_SEPARATORS = /\s*[|·•»›>/]\s*|\s+-\s+/;
const LINE_ARROWS = /^[<>«»›‹\-–—|•·▪●*\s]+|[<>«»›‹:|•·\s]+$/g;

/** A line of nothing but labels ("Home | News", "< Back", "Facebook Twitter WhatsApp") or a language menu. */
function isMenu(bare: string): boolean {
	// A sentence is not a menu: spare the checks for the body's short paragraphs.
	if (bare.length > 100 || (/[.!?]$/.test(bare) && bare.split(' ').length > 4)) return false;
	const lower = bare.toLowerCase();
	// A menu's words are all labels, a language menu's mostly languages: one of its first two words is either.
	const known = (w: string | undefined) => w !== undefined && (LABELS.has(w) || LANGUAGES.has(w));
	if (!MENU_SEPARATOR_CHARS.test(lower)) {
		const [w0, w1] = lower.replace(LINE_ARROWS, '').split(' ', 2);
		if (w1 !== undefined && !known(w0) && !known(w1)) return false;
	}
	const plain = lower.replace(LINE_ARROWS, '').replace(/\.$/, '');
	if (plain === '' || LABELS.has(plain)) return true;
	if (MENU_SEPARATOR_CHARS.test(plain)) {
		const pieces = plain.split(MENU_SEPARATORS).filter(Boolean);
		if (pieces.length > 1 && pieces.every((p) => LABELS.has(p) || LANGUAGES.has(p) || furnitureShape(p))) return true;
	}
	const words = plain.split(' ');
	if (words.length >= 2 && words.length <= 12 && words.every((w) => LABELS.has(w) || LANGUAGES.has(w))) return true;
	// A language menu names three languages or more, most in their own script.
	return words.length >= 3 && words.filter((w) => LANGUAGES.has(w)).length >= Math.max(3, words.length * 0.6);
}

/** A piece of a line that is furniture on its own (an ISSN, a relative time, a hashtag). */
function furnitureShape(piece: string): boolean {
	return NOISE_LINE.some((re) => re.test(piece));
}

/** "Lisbon 00:00 Tehran 00:00": world clocks. */
const CLOCKS = /^(?:[\p{L}.' -]{2,24}\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s*){2,}$/iu;
const COOKIES = /\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|agree|continu)/i;
/** A cookie notice; the word is looked for first, as the pattern would scan every paragraph. */
const isCookieNotice = (line: string) => line.includes('ookie') && COOKIES.test(line);
/** A stamp without a year ("Tuesday, March 3"): not a date that can be placed, and never a headline. */
const WEEKDAYS = WEEKDAY_NAMES.join('|');
const MONTHS = [...GREGORIAN_MONTHS.keys()].filter((m) => /^[a-z]+$/.test(m)).join('|');
const YEARLESS_DATE = new RegExp(
	`^(?:(?:${WEEKDAYS})\\.?,?\\s*)?(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?)(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?(?:\\s*\\(?(?:UTC|GMT)(?:[+-]\\d{1,2}(?::\\d{2})?)?(?:\\s+[A-Z]{2,5})?\\)?)?$`,
	'i'
);
const WEEKDAY_ALONE = new RegExp(`^(?:${WEEKDAYS})\\.?,?$`, 'i');

const END = [
	/^your comment:?$/i,
	/^leave a (?:comment|reply)$/i,
	/^you are replying to:?.*$/i,
	/^related(?: (?:news|stories|articles|posts|content|topics))?:?$/i,
	/^(?:post|add|write|submit|send)(?: a| new| your)? comments?$/i,
	/^(?:\d+\s+)?comments?\s*(?:\(\d+\))?:?$/i,
	/^your email address will not be published\b.*$/i,
	/^(?:©|\(c\)\s|copyright\b).*$/i,
	/^.{0,80}\ball rights reserved\.?$/i,
	/^(?:you (?:may|might) also like|read also|also read|recommended|more from|more on this|most read|most viewed)\b.{0,40}$/i,
	/^follow us on (?:twitter|x|telegram|instagram|facebook)\b.*$/i,
	/^captcha$/i,
	/^\d{1,2}\s*[+-]\s*\d{1,2}\s*=\s*\??$/, // comment-box captcha sum
	/^\d{3,6}\*\*\d{3,6}$/, // IRNA editor code, printed just before the footer
	/^[A-Z]{1,4}\/[A-Z]{2,5}\d{4,12}$/, // Mehr sign-off: editor initials / source agency code
	/^[A-Z]{1,4}\/\d{1,6}$/ // short editor sign-off ("ZZ/1424")
];

const STAMP_PIECES = /\s*[|[\]]\s*/;
/** An update's stamp after the publication's, in the same piece of a line. */
const UPDATE_AFTER = /\s+[-–—]\s+(?:last\s+)?update[ds]?\b.*$/i;
/**
 * A source, byline or section after the stamp, behind a dash ("2020-03-30 00:00:00 - Source:
 * Baghdad Post", "Jan 16, 2024 - Politics & Policy"): words with no digit.
 */
const SOURCE_AFTER = /\s+[-–—]\s+(?:(?:source|by|editor)\b.*|\p{Lu}[\p{L}&' ]{0,40})$/iu;
/** Up to three words before the stamp: a section ("Politics Materials 5 January 2021 12:10"). */
const LEADING_WORDS = /^(?:[\p{L}&-]+\s+){1,3}(?=\d)/u;

/**
 * A stamp sharing its line: with a byline or a source ("Ali Yilmaz |02.03.2021 - 14:35 GMT",
 * "Source: Xinhua| 2021-03-05 10:12:34|Editor: huaxia"), an update time in brackets
 * ("... 10:21 AM [ Last Update: ... ]"), or after a section's name, or with a source or section
 * after a dash. The first stamp is the publication's.
 */
function stampWithin(line: string): ReturnType<typeof parseDateStamp> {
	if (line.length > MAX_STAMP_LINE || !/\d/.test(line)) return null;
	const credited = line.replace(SOURCE_AFTER, '');
	if (credited !== line) {
		const stamp = parseDateStamp(credited);
		if (stamp) return stamp;
	}
	if (STAMP_PIECES.test(line)) {
		for (const piece of line.split(STAMP_PIECES)) {
			// The publication's stamp before its update's: "06.04.2021 - Update : 07.04.2021".
			const stamp = piece && /\d/.test(piece) ? parseDateStamp(piece.replace(UPDATE_AFTER, '')) : null;
			if (stamp) return stamp;
		}
	}
	const lead = line.match(LEADING_WORDS);
	if (lead) return parseDateStamp(line.slice(lead[0].length));
	// After a byline: "By AP Published Date - 11:05 PM, Fri - 10 March 23".
	const published = PUBLISHED_WITHIN.exec(line);
	return published ? parseDateStamp(line.slice(published.index + published[0].length)) : null;
}
/** Where a stamp labelled as the publication's starts inside a line. */
const PUBLISHED_WITHIN = /\s(?:Published|Posted)(?:\s+(?:Date|on))?\s*[:–—-]?\s*(?=\d)/i;

/** Lines of more words than this are prose or a long notice, never a label, menu or clock. */
const SHORT_LINE_WORDS = 12;
/** The noise a long line can be: leftover debug output, a caption. */
const LONG_NOISE = [PHP_DEBUG, PHOTO_CREDIT];

/**
 * Patterns joined into one regular expression per flag set: a line is tested once against each
 * instead of once per pattern, which kept classifying every short line cheap.
 */
function joined(patterns: readonly RegExp[]): RegExp[] {
	const byFlags = new Map<string, string[]>();
	for (const re of patterns) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
	return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}
const NOISE_LINE = joined(NOISE);
const LONG_NOISE_LINE = joined(LONG_NOISE);
const END_LINE = joined(END);

/** Classifies one cleaned (trimmed, single-spaced) line. */
export function classifyLine(line: string): LineKind {
	if (line.length > 120)
		return line.length < 400 && (isCookieNotice(line) || PHOTO_CREDIT.test(line)) ? { kind: 'noise' } : { kind: 'text' };
	const bare = toAsciiDigits(line.replace(BULLET, ''));
	let m: RegExpMatchArray | null;
	if ((m = bare.match(JOURNALIST))) return { kind: 'journalist', value: m[1] };
	if ((m = bare.match(NEWS_CODE))) return { kind: 'newsCode', value: m[1] };
	if ((m = bare.match(PERSONS))) return { kind: 'persons', value: Number(m[1]) };
	if ((m = bare.match(URL_LINE))) return { kind: 'url', value: m[1] };
	if (/^tags?:?$/i.test(bare)) return { kind: 'tags' };
	const stamp = parseDateStamp(line) ?? stampWithin(line);
	if (stamp) {
		const byline = bylineBesideStamp(line);
		return byline ? { kind: 'date', iso: stamp.iso, byline } : { kind: 'date', iso: stamp.iso };
	}
	// Labels, menus, clocks and counters are a few words: a longer line is spared those checks.
	const short = wordsUpTo(bare, SHORT_LINE_WORDS) <= SHORT_LINE_WORDS;
	if ((short ? NOISE_LINE : LONG_NOISE_LINE).some((re) => re.test(bare)) || isCookieNotice(bare)) return { kind: 'noise' };
	if (short && (CLOCKS.test(bare) || WEEKDAY_ALONE.test(bare))) return { kind: 'noise' };
	if (END_LINE.some((re) => re.test(bare))) return { kind: 'end' };
	if (short && YEARLESS_DATE.test(bare)) return { kind: 'yearless', text: bare };
	const byline = readByline(bare);
	if (byline) {
		const wire = wireOfByline(bare, byline);
		return wire ? { kind: 'byline', value: byline, wire } : { kind: 'byline', value: byline };
	}
	const named = short ? bareByline(bare) : null;
	if (named) return named;
	// A wire's name alone under the headline credits the story to it ("AP").
	if (short && isWireAlone(bare)) return { kind: 'byline', value: bare, wire: bare };
	if (short && isMenu(bare)) return { kind: 'noise' };
	const dateline = short ? datelineAlone(bare) : null;
	if (dateline) return { kind: 'dateline', value: dateline };
	return { kind: 'text' };
}

const NEWS_URL = /\/news\/(\d{4,14})(?:[/?#]|$)/;

/** The news code a page URL carries (IRNA, Mehr and ISNA all use /news/<code>/). */
export function newsCodeFromUrl(url: string): string | null {
	return url.match(NEWS_URL)?.[1] ?? null;
}
