/**
 * What the "Keyword in context" and "Collocates" figures are drawn from: the text of the first
 * results as listed, read an article at a time. Each article's paragraphs are cut into words
 * once, for its lines and for the collocates' counts.
 */
import { emptyTally, tallyParagraph, type Collocate, type CollocateTally } from './collocates';
import { wordsAt } from '../search/tokens';
import { linesOf, type KwicLine } from './kwic';

/** Results read at first, and more each time the reader asks. */
export const SAMPLE_STEP = 50;
/** Results read at most: past this, a sample says enough and the fetches would be many megabytes. */
export const SAMPLE_MAX = 1_000;

export interface ContextSample {
	lines: KwicLine[];
	tally: CollocateTally;
	/** Articles read. */
	read: number;
}

export function emptySample(): ContextSample {
	return { lines: [], tally: emptyTally(), read: 0 };
}

/**
 * Characters of an article read: a news story is a few thousand; a capture of megabytes (a
 * page saved whole, a word repeated) would give a line per word and hold the page.
 */
export const READ_CHARS = 100_000;

/** The paragraphs within the first READ_CHARS characters, the last one cut there. */
function within(paragraphs: readonly string[]): readonly string[] {
	let left = READ_CHARS;
	const out: string[] = [];
	for (const p of paragraphs) {
		if (left <= 0) break;
		out.push(p.length > left ? p.slice(0, left) : p);
		left -= p.length;
	}
	return out;
}

/** Adds the article at `index` (`rank` in the results) to `sample`: its lines and its words' counts (of its first READ_CHARS characters). */
export function readArticle(
	sample: ContextSample,
	article: { id: string; paragraphs: readonly string[] },
	words: ReadonlySet<string>,
	index: number,
	rank: number
): void {
	const { id, paragraphs } = article;
	const read = within(paragraphs);
	const tokens = read.map(wordsAt);
	for (const line of linesOf(read, words, { index, id, rank }, tokens)) sample.lines.push(line);
	for (const ts of tokens)
		tallyParagraph(
			sample.tally,
			ts.map((t) => t.word),
			words
		);
	sample.read++;
}

/**
 * Whether results `b` are results `a` as far as they were read (`n`): the same count and the
 * same first `n`. A view changed elsewhere (the keyword order, the article open, a filter's
 * list worked out again) gives equal results in a new list, and what was read of them stands.
 */
export function sameResults(a: ArrayLike<number>, b: ArrayLike<number>, n: number): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let k = Math.min(n, a.length) - 1; k >= 0; k--) if (a[k] !== b[k]) return false;
	return true;
}

/** Whether two sets of matched words are the same words. */
export function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	if (a === b) return true;
	if (a.size !== b.size) return false;
	for (const w of a) if (!b.has(w)) return false;
	return true;
}

/** What the figures draw: the lines and collocates of the results read so far. */
export interface Contexts {
	/** Which reading this is: a new number for other results or words (more read of the same keep it). */
	serial: number;
	/** The results and matched words read (the figures compare them with the explorer's to know they are current). */
	rows: ArrayLike<number>;
	words: ReadonlySet<string>;
	/** Results to read, of `rows`, and results read so far (an article whose text could not be had counts as read). */
	size: number;
	read: number;
	/** Results whose text could not be had (another build of the site, an imported collection no longer stored), left out. */
	missing: number;
	lines: KwicLine[];
	collocates: Collocate[];
	/** Occurrences of the matched words, and words counted within reach of them (see contexts/collocates.ts). */
	matches: number;
	nearWords: number;
	/** Why reading stopped short (the text could not be fetched), or null. */
	error: string | null;
}

/** Whether results are still being read for `contexts`: neither all read nor stopped by an error. */
export function stillReading(contexts: Contexts | null): boolean {
	return !!contexts && !contexts.error && contexts.read < contexts.size;
}

/** Whether more of `results` can be read: this reading done, without an error, short of them and of SAMPLE_MAX. */
export function moreToRead(contexts: Contexts | null, results: number): boolean {
	return !!contexts && !contexts.error && !stillReading(contexts) && contexts.size < Math.min(results, SAMPLE_MAX);
}
