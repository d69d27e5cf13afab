/**
 * Page furniture: the lines a news CMS prints around an article that are not the article.
 * Each line of a capture is classified once; the parser decides what to keep by where it stands.
 */
import { parseDateStamp } from './dates';
import { toAsciiDigits } from './text';

export type LineKind =
	| { kind: 'date'; iso: string }
	| { kind: 'journalist'; value: string }
	| { kind: 'newsCode'; value: string }
	| { kind: 'persons'; value: number }
	| { kind: 'url'; value: string }
	/** The tag box's label: noise above the title, the end of the body below it. */
	| { kind: 'tags' }
	/** Dropped wherever it stands (font-size widget, tag box label, category line). */
	| { kind: 'noise' }
	/** Ends the article body: what follows is comment box, related news or sign-off. */
	| { kind: 'end' }
	| { kind: 'text' };

const BULLET = /^[•·▪●*\-–]\s*/;
const JOURNALIST = /^journalist(?:\s*id)?\s*:?\s*(\d{1,10})$/i;
const NEWS_CODE = /^news\s*(?:code|id)\s*:?\s*(\d{3,14})$/i;
const PERSONS = /^(\d{1,3})\s+persons?$/i;
const URL_LINE = /^(?:source:\s*)?(https?:\/\/\S+)$/i;
const NOISE = [
	/^t\s+t$/i, // IRNA's font-size widget
	/^(?:category|service|section)\s*:\s*\S.*$/i, // ISNA's bulleted category line
	/^(?:print|send|share|save|copy link|email)$/i,
	/^(?:notice|warning|deprecated|fatal error|parse error):\s.*\bon line \d+$/i, // leftover PHP debug output
	/^(?:array|object)\(\d+\)\s*\{?\s*\}?$/i
];
const END = [
	/^your comment:?$/i,
	/^leave a (?:comment|reply)$/i,
	/^you are replying to:?.*$/i,
	/^related (?:news|stories|articles)$/i,
	/^follow us on (?:twitter|x|telegram|instagram|facebook)\b.*$/i,
	/^captcha$/i,
	/^\d{1,2}\s*[+-]\s*\d{1,2}\s*=\s*\??$/, // comment-box captcha sum
	/^\d{3,6}\*\*\d{3,6}$/, // IRNA editor code, printed just before the footer
	/^[A-Z]{1,4}\/[A-Z]{2,5}\d{4,12}$/, // Mehr sign-off: editor initials / source agency code
	/^[A-Z]{1,4}\/\d{1,6}$/ // short editor sign-off ("ZZ/1424")
];

/** Classifies one cleaned (trimmed, single-spaced) line. */
export function classifyLine(line: string): LineKind {
	if (line.length > 120) return { kind: 'text' };
	const bare = toAsciiDigits(line.replace(BULLET, ''));
	let m: RegExpMatchArray | null;
	if ((m = bare.match(JOURNALIST))) return { kind: 'journalist', value: m[1] };
	if ((m = bare.match(NEWS_CODE))) return { kind: 'newsCode', value: m[1] };
	if ((m = bare.match(PERSONS))) return { kind: 'persons', value: Number(m[1]) };
	if ((m = bare.match(URL_LINE))) return { kind: 'url', value: m[1] };
	if (/^tags?:?$/i.test(bare)) return { kind: 'tags' };
	if (NOISE.some((re) => re.test(bare))) return { kind: 'noise' };
	if (END.some((re) => re.test(bare))) return { kind: 'end' };
	const stamp = parseDateStamp(line);
	if (stamp) return { kind: 'date', iso: stamp.iso };
	return { kind: 'text' };
}

/** Mehr prints a breadcrumb ("1. Politics") above the title. */
export function isBreadcrumb(line: string): boolean {
	return /^\d{1,2}\.\s+\S.{0,40}$/.test(line) && !/[.!?]$/.test(line);
}

const NEWS_URL = /\/news\/(\d{4,14})(?:[/?#]|$)/;

/** The news code a page URL carries (IRNA, Mehr and ISNA all use /news/<code>/). */
export function newsCodeFromUrl(url: string): string | null {
	return url.match(NEWS_URL)?.[1] ?? null;
}
