/**
 * What the "Keyword in context" and "Collocates" figures are drawn from: the text of the first
 * results as listed, read an article at a time. Each article's paragraphs are cut into words
 * once, for its lines and for the collocates' counts.
 */
import { emptyTally, tallyParagraph, type Collocate, type CollocateTally } from './collocates';
import { linesOf, tokensOf, type KwicLine } from './kwic';

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
	paragraphs: readonly string[],
	words: ReadonlySet<string>,
	index: number,
	rank: number
): void {
	const read = within(paragraphs);
	const tokens = read.map(tokensOf);
	for (const line of linesOf(read, words, index, rank, tokens)) sample.lines.push(line);
	for (const ts of tokens)
		tallyParagraph(
			sample.tally,
			ts.map((t) => t.word),
			words
		);
	sample.read++;
}

/** What the figures draw: the lines and collocates of the results read so far. */
export interface Contexts {
	/** The results and matched words read (the figures compare them with the explorer's to know they are current). */
	rows: ArrayLike<number>;
	words: ReadonlySet<string>;
	/** Results to read, of `rows`, and results read so far (an article whose text could not be had counts as read). */
	size: number;
	read: number;
	/** Results whose text was from another build of the site, left out. */
	missing: number;
	lines: KwicLine[];
	collocates: Collocate[];
	/** Occurrences of the matched words, and words counted within reach of them (see contexts/collocates.ts). */
	matches: number;
	nearWords: number;
	/** Why reading stopped short (the text could not be fetched), or null. */
	error: string | null;
}
