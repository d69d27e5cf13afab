/**
 * Collocates: the words that keep company with the query's words, as Voyant's Collocates and
 * corpus linguists count them. Every word within SPAN words of a matched word (in the same
 * paragraph) is "near"; a word is ranked by Dunning's log-likelihood (G²) of its count near the
 * matched words against its count in the rest of the same text, so a word every article uses
 * does not outrank one that stands beside the query far more often than elsewhere.
 */
import { logLikelihood } from '../terms/rank';
import { STOPWORDS } from '../terms/stopwords';

/** Words on each side of a matched word that count as near it. */
export const SPAN = 5;
/** Collocates listed. */
export const COLLOCATES_LISTED = 30;
/** Times a word must stand near the query's words to be listed: once is chance. */
const MIN_NEAR = 2;

/** The counts of the text read so far: each word's occurrences near the matched words and in all. */
export interface CollocateTally {
	near: Map<string, number>;
	all: Map<string, number>;
	/** Words counted near the matched words, and in all (the matched words and stopwords left out of both). */
	nearWords: number;
	allWords: number;
	/** Occurrences of the matched words. */
	matches: number;
}

export function emptyTally(): CollocateTally {
	return { near: new Map(), all: new Map(), nearWords: 0, allWords: 0, matches: 0 };
}

/** Whether a word is counted at all: not a matched word, a function word, a number or a letter alone. */
function counted(word: string, matched: ReadonlySet<string>): boolean {
	return word.length > 1 && !matched.has(word) && !STOPWORDS.has(word) && !/^\p{N}+$/u.test(word);
}

/** Adds one paragraph's words (lower-cased, in order) to `tally`. */
export function tallyParagraph(tally: CollocateTally, words: readonly string[], matched: ReadonlySet<string>): void {
	const near = new Uint8Array(words.length);
	for (let k = 0; k < words.length; k++) {
		if (!matched.has(words[k])) continue;
		tally.matches++;
		near.fill(1, Math.max(0, k - SPAN), Math.min(words.length, k + SPAN + 1));
	}
	for (let k = 0; k < words.length; k++) {
		const w = words[k];
		if (!counted(w, matched)) continue;
		tally.all.set(w, (tally.all.get(w) ?? 0) + 1);
		tally.allWords++;
		if (!near[k]) continue;
		tally.near.set(w, (tally.near.get(w) ?? 0) + 1);
		tally.nearWords++;
	}
}

export interface Collocate {
	word: string;
	/** Times within SPAN words of a matched word. */
	near: number;
	/** Times in all the text read. */
	all: number;
	/** G² of `near` among the words near the matches against the rest among the other words. */
	g2: number;
}

/**
 * The words found near the matched words more often than elsewhere in the same text, by G²,
 * at most `n`; a word seen near them fewer than MIN_NEAR times is not listed.
 */
export function rankCollocates(tally: CollocateTally, n = COLLOCATES_LISTED): Collocate[] {
	const far = tally.allWords - tally.nearWords;
	const out: Collocate[] = [];
	for (const [word, near] of tally.near) {
		if (near < MIN_NEAR) continue;
		const all = tally.all.get(word) ?? near;
		// Only words more common near the matches than away from them keep them company.
		if (far > 0 && near / tally.nearWords <= (all - near) / far) continue;
		out.push({ word, near, all, g2: logLikelihood(near, tally.nearWords, all - near, far) });
	}
	return out.sort((a, b) => b.g2 - a.g2 || b.near - a.near || (a.word < b.word ? -1 : 1)).slice(0, n);
}
