/** Small text normalisations shared by the parser's stages. */

const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF\u200B]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;

const NEEDS_CLEANING = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF\u200B\t]| {2}/;

/** No-break and other odd spaces become plain spaces; runs collapse; ends are trimmed. */
export function cleanLine(line: string): string {
	// Most lines need only the trim: skip the replacements for them (this runs on every line).
	if (!NEEDS_CLEANING.test(line)) return line.trim();
	return line
		.replace(ODD_SPACES, ' ')
		.replace(/[ \t]+/g, ' ')
		.trim();
}

/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits as ASCII digits. */
export function toAsciiDigits(text: string): string {
	return text.replace(PERSIAN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** A comparison key: case, quotes and spacing ignored, so two copies of a title compare equal. */
export function comparisonKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/[’‘`ˈ´]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[^\p{L}\p{N}'"]+/gu, ' ')
		.trim();
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return NON_ASCII_WORD_CHAR.test(text[i]);
}

/** Words are runs of letters and digits; an apostrophe inside a word ("Iran's") does not split it. */
export function countWords(paragraphs: string[]): number {
	let n = 0;
	for (const p of paragraphs) {
		let inWord = false;
		for (let i = 0; i < p.length; i++) {
			if (isWordChar(p, i)) {
				if (!inWord) n++;
				inWord = true;
			} else {
				const c = p[i];
				const joins = inWord && (c === "'" || c === '’') && i + 1 < p.length && isWordChar(p, i + 1);
				if (!joins) inWord = false;
			}
		}
	}
	return n;
}

/**
 * Orders names by their characters, not the reader's language: a locale-aware comparison
 * loads the browser's collation data, a pause the first screen should not wait for.
 */
export function byName(a: { name: string }, b: { name: string }): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The words of a single-spaced line, counted up to `limit` + 1. */
export function wordsUpTo(line: string, limit: number): number {
	let n = 1;
	for (let at = line.indexOf(' '); at >= 0 && n <= limit; at = line.indexOf(' ', at + 1)) n++;
	return n;
}
