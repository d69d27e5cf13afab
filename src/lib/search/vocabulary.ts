/** Which corpus words a query term can match, as Fuse.js would match them inside a field. */
import { approxTerm, letterMask, substringDistance } from './approx';
import type { Term } from './query';
import { tokenize } from './tokens';

export interface WordMatch {
	/** Index of the word in the token index's sorted word list. */
	word: number;
	/** 1 for an exact hit, less for each edit. */
	quality: number;
}

export function wordMasks(words: readonly string[]): Uint32Array {
	const masks = new Uint32Array(words.length);
	for (let i = 0; i < words.length; i++) masks[i] = letterMask(words[i]);
	return masks;
}

const TESTS: Record<string, (word: string, token: string) => boolean> = {
	include: (w, t) => w.includes(t),
	exact: (w, t) => w === t,
	prefix: (w, t) => w.startsWith(t),
	suffix: (w, t) => w.endsWith(t)
};

export function matchWords(words: readonly string[], masks: Uint32Array, term: Term, threshold: number): WordMatch[] {
	const out: WordMatch[] = [];
	if (term.op === 'fuzzy') {
		const p = approxTerm(term.text, threshold);
		for (let i = 0; i < words.length; i++) {
			const d = substringDistance(p, words[i], masks[i]);
			if (d !== Infinity) out.push({ word: i, quality: 1 - d / term.text.length });
		}
		return out;
	}
	// A phrase narrows by its longest word: every article that has the phrase has that word.
	const tokens = tokenize(term.text).sort((a, b) => b.length - a.length);
	if (tokens.length === 0) return out;
	const op = term.op.replace('not-', '');
	const test = TESTS[tokens.length > 1 && op !== 'include' ? 'include' : op] ?? TESTS.include;
	for (let i = 0; i < words.length; i++) if (test(words[i], tokens[0])) out.push({ word: i, quality: 1 });
	return out;
}
