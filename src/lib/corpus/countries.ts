import { NOT_NAME_WORDS, US_STATE_TRAP } from './country-aliases';
import { loadGazetteer, lower, startsUpper, WordSpans, type Phrase, type PhraseNode } from './country-gazetteer';
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
const JOINERS = new Set([
	'-',
	'\u2010',
	'\u2011',
	'\u2013', // hyphens and the en dash
	"'",
	'\u2019',
	'\u02BC',
	'\u02C8',
	'`', // apostrophes, straight, curly and look-alikes
	'.' // inside abbreviations
]);
const notNameWords = new Set(NOT_NAME_WORDS);
const usStateCues = new Set<string>(US_STATE_TRAP.cues);

/** One paragraph's words. A single instance is reused: finding countries never nests. */
class Words {
	text = '';
	private readonly spans = new WordSpans();

	read(text: string): this {
		this.text = text;
		this.spans.read(text);
		return this;
	}

	get length(): number {
		return this.spans.count;
	}

	start(i: number): number {
		return this.spans.starts[i];
	}

	end(i: number): number {
		return this.spans.ends[i];
	}

	at(i: number): string {
		return this.text.slice(this.spans.starts[i], this.spans.ends[i]);
	}

	lower(i: number): string {
		return lower(this.at(i));
	}

	/** The characters between word i - 1 and word i. */
	gapBefore(i: number): string {
		return this.text.slice(this.spans.ends[i - 1], this.spans.starts[i]);
	}

	/** Whether words i - 1 and i belong to one name: "Saudi Arabia", "U.S.A", "S. Korea". */
	joined(i: number): boolean {
		const gap = this.gapBefore(i);
		if (SPACES.test(gap) || (gap.length === 1 && JOINERS.has(gap))) return true;
		const initial = this.end(i - 1) - this.start(i - 1) <= MAX_INITIAL_LENGTH;
		return initial && gap[0] === '.' && SPACES.test(gap.slice(1));
	}

	/** Whether the words from i are written as the phrase needs ("US", not "Us"). */
	caseFits(phrase: Phrase, i: number): boolean {
		for (let k = 0; k < phrase.words.length; k++) {
			const exact = phrase.exact[k];
			const capital = !phrase.title[k] || startsUpper(this.text, this.start(i + k));
			if (exact !== undefined ? this.at(i + k) !== exact : !capital) return false;
		}
		return true;
	}
}

const paragraphWords = new Words();

/** The longest name starting at word i, if any. Names always start with a capital. */
function longestAt(words: Words, i: number, tree: Map<string, PhraseNode>): Phrase | undefined {
	if (!startsUpper(words.text, words.start(i))) return undefined;
	let longest: Phrase | undefined;
	let node = tree.get(words.lower(i));
	for (let j = i + 1; node; j++) {
		if (node.phrase && words.caseFits(node.phrase, i)) longest = node.phrase;
		if (!node.next || j >= words.length || !words.joined(j)) break;
		node = node.next.get(words.lower(j));
	}
	return longest;
}

/** A capitalised word that reads as part of a person's name ("Michael", "Peterson"). */
function isNamePart(words: Words, j: number, tree: Map<string, PhraseNode>): boolean {
	if (j < 0 || j >= words.length || words.end(j) - words.start(j) < 2) return false;
	const { text } = words;
	if (!startsUpper(text, words.start(j)) || startsUpper(text, words.start(j) + 1)) return false;
	return !notNameWords.has(words.at(j)) && !tree.has(words.lower(j));
}

function beside(words: Words, first: number, last: number, test: (j: number) => boolean): boolean {
	const before = first > 0 && SPACES.test(words.gapBefore(first)) && test(first - 1);
	const after = last + 1 < words.length && SPACES.test(words.gapBefore(last + 1)) && test(last + 1);
	return before || after;
}

function inUsStateContext(words: Words, first: number, last: number): boolean {
	const { text } = words;
	const start = words.start(first);
	const end = words.end(last);
	const before = text.slice(Math.max(0, start - US_STATE_CONTEXT_CHARS), start);
	const after = text.slice(end, end + US_STATE_CONTEXT_CHARS);
	if (US_STATE_TRAP.before.test(before) || US_STATE_TRAP.after.test(after)) return true;
	const to = Math.min(words.length - 1, last + US_STATE_CUE_WINDOW);
	for (let j = Math.max(0, first - US_STATE_CUE_WINDOW); j <= to; j++) {
		if (usStateCues.has(words.at(j))) return true;
	}
	return false;
}

/** Whether a name that can mean something else ("Michael Jordan", "Atlanta, Georgia") does here. */
function isTrap(phrase: Phrase, words: Words, first: number, last: number, tree: Map<string, PhraseNode>): boolean {
	if (phrase.nameLike && beside(words, first, last, (j) => isNamePart(words, j, tree))) return true;
	return phrase.usState && inUsStateContext(words, first, last);
}

/** Adds each country mention in one paragraph to `found`, in reading order. */
function scanParagraph(text: string, paragraph: number, found: Map<string, Mention[]>): void {
	const { tree } = loadGazetteer();
	const words = paragraphWords.read(text);
	for (let i = 0; i < words.length;) {
		const phrase = longestAt(words, i, tree);
		if (!phrase) {
			i++;
			continue;
		}
		const last = i + phrase.words.length - 1;
		if (phrase.code !== null && !isTrap(phrase, words, i, last, tree)) {
			let end = words.end(last);
			if (phrase.trailingDot && text.charCodeAt(end) === DOT) end++;
			const mention = { paragraph, start: words.start(i), end };
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
		.map(([code, mentions]) => {
			const name = countryName(code) ?? code;
			return { code, name, count: mentions.length, mentions };
		})
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
}

/** The common English name for an ISO 3166-1 alpha-2 code ("KG" → "Kyrgyzstan"). */
export function countryName(code: string): string | undefined {
	return loadGazetteer().names.get(code.toUpperCase());
}
