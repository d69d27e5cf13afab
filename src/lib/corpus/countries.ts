import { NOT_NAME_WORDS, US_STATE_TRAP } from './country-aliases';
import { loadGazetteer, lower, startsUpper, tokenize, type Phrase } from './country-gazetteer';
import type { CountryCount, Mention } from './types';

/** Words either side of "Georgia" searched for US-politics cues ("governor", "Senate"). */
const US_STATE_CUE_WINDOW = 6;
/** Characters either side of "Georgia" searched for "state of" and ", U.S.". */
const US_STATE_CONTEXT_CHARS = 16;
/** Longest word after which ". " still joins one name ("S. Korea", "St. Lucia"). */
const MAX_INITIAL_LENGTH = 2;

const SPACES = /^\s+$/;
const DOT = 46;
// Single characters that join the words of one name: "Guinea-Bissau", "Sana'a", "U.S.A.".
const JOINERS = new Set(['-', '\u2010', '\u2011', '\u2013', "'", '\u2019', '\u02BC', '\u02C8', '`', '.']);
const notNameWords = new Set(NOT_NAME_WORDS);
const usStateCues = new Set<string>(US_STATE_TRAP.cues);

/** One paragraph's words, with their lower-cased text computed only when a lookup needs it. */
class Words {
	readonly starts: number[];
	readonly ends: number[];
	private readonly lowered: string[] = [];

	constructor(readonly text: string) {
		({ starts: this.starts, ends: this.ends } = tokenize(text));
	}

	get length(): number {
		return this.starts.length;
	}

	at(i: number): string {
		return this.text.slice(this.starts[i], this.ends[i]);
	}

	lower(i: number): string {
		return (this.lowered[i] ??= lower(this.at(i)));
	}

	/** The characters between word i - 1 and word i. */
	gapBefore(i: number): string {
		return this.text.slice(this.ends[i - 1], this.starts[i]);
	}

	/** Whether words i - 1 and i belong to one name: "Saudi Arabia", "U.S.A", "S. Korea". */
	joined(i: number): boolean {
		const gap = this.gapBefore(i);
		if (SPACES.test(gap) || (gap.length === 1 && JOINERS.has(gap))) return true;
		const initial = this.ends[i - 1] - this.starts[i - 1] <= MAX_INITIAL_LENGTH;
		return initial && gap[0] === '.' && SPACES.test(gap.slice(1));
	}

	fits(phrase: Phrase, i: number): boolean {
		if (i + phrase.words.length > this.length) return false;
		return phrase.words.every((word, k) => {
			const j = i + k;
			if (k > 0 && (this.lower(j) !== word || !this.joined(j))) return false;
			const exact = phrase.exact[k];
			if (exact !== undefined) return this.at(j) === exact;
			return !phrase.title[k] || startsUpper(this.text, this.starts[j]);
		});
	}
}

/** The longest name starting at word i, if any. Names always start with a capital. */
function longestAt(words: Words, i: number, byFirst: Map<string, Phrase[]>): Phrase | undefined {
	if (!startsUpper(words.text, words.starts[i])) return undefined;
	return byFirst.get(words.lower(i))?.find((phrase) => words.fits(phrase, i));
}

/** A capitalised word that reads as part of a person's name ("Michael", "Peterson"). */
function isNamePart(words: Words, j: number, byFirst: Map<string, Phrase[]>): boolean {
	if (j < 0 || j >= words.length || words.ends[j] - words.starts[j] < 2) return false;
	const { text, starts } = words;
	if (!startsUpper(text, starts[j]) || startsUpper(text, starts[j] + 1)) return false;
	return !notNameWords.has(words.at(j)) && !byFirst.has(words.lower(j));
}

function beside(words: Words, first: number, last: number, test: (j: number) => boolean): boolean {
	const before = first > 0 && SPACES.test(words.gapBefore(first)) && test(first - 1);
	const after = last + 1 < words.length && SPACES.test(words.gapBefore(last + 1)) && test(last + 1);
	return before || after;
}

function inUsStateContext(words: Words, first: number, last: number): boolean {
	const { text, starts, ends } = words;
	const start = starts[first];
	const end = ends[last];
	if (US_STATE_TRAP.before.test(text.slice(Math.max(0, start - US_STATE_CONTEXT_CHARS), start))) return true;
	if (US_STATE_TRAP.after.test(text.slice(end, end + US_STATE_CONTEXT_CHARS))) return true;
	const to = Math.min(words.length - 1, last + US_STATE_CUE_WINDOW);
	for (let j = Math.max(0, first - US_STATE_CUE_WINDOW); j <= to; j++) {
		if (usStateCues.has(words.at(j))) return true;
	}
	return false;
}

/** Whether a name that can mean something else ("Michael Jordan", "Atlanta, Georgia") does here. */
function isTrap(phrase: Phrase, words: Words, first: number, last: number, byFirst: Map<string, Phrase[]>): boolean {
	if (phrase.nameLike && beside(words, first, last, (j) => isNamePart(words, j, byFirst))) return true;
	return phrase.usState && inUsStateContext(words, first, last);
}

/** Adds each country mention in one paragraph to `found`, in reading order. */
function scanParagraph(text: string, paragraph: number, found: Map<string, Mention[]>): void {
	const { byFirst } = loadGazetteer();
	const words = new Words(text);
	for (let i = 0; i < words.length; ) {
		const phrase = longestAt(words, i, byFirst);
		if (!phrase) {
			i++;
			continue;
		}
		const last = i + phrase.words.length - 1;
		if (phrase.code !== null && !isTrap(phrase, words, i, last, byFirst)) {
			let end = words.ends[last];
			if (phrase.trailingDot && text.charCodeAt(end) === DOT) end++;
			const mention = { paragraph, start: words.starts[i], end };
			const mentions = found.get(phrase.code);
			if (mentions) mentions.push(mention);
			else found.set(phrase.code, [mention]);
		}
		i = last + 1;
	}
}

/**
 * The countries a text names, by name, demonym or capital (see docs/countries.md), with
 * where each mention is. Sorted by number of mentions, most first, then by name.
 */
export function findCountries(paragraphs: string[]): CountryCount[] {
	const found = new Map<string, Mention[]>();
	paragraphs.forEach((text, paragraph) => scanParagraph(text, paragraph, found));
	return [...found]
		.map(([code, mentions]) => ({ code, name: countryName(code) ?? code, count: mentions.length, mentions }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
}

/** The common English name for an ISO 3166-1 alpha-2 code ("KG" → "Kyrgyzstan"). */
export function countryName(code: string): string | undefined {
	return loadGazetteer().names.get(code.toUpperCase());
}
