/**
 * Approximate word matching that mirrors Fuse.js's Bitap: a query term matches a word
 * when some substring of the word is within `k` edits of the term, with
 * k = floor(threshold × term length) as Fuse allows. Myers' bit-parallel algorithm
 * does one pass per word; a letter-set filter skips most words before that.
 */

/** Longest term compared in full; a longer term is compared by its first 31 characters (a superset). */
const MAX_BITS = 31;

export function allowedEdits(termLength: number, threshold: number): number {
	return Math.floor(threshold * termLength + 1e-9);
}

/** A bit per letter a–z and digit group present: cheap pre-filter before the edit distance. */
export function letterMask(word: string): number {
	let mask = 0;
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
		else if (c >= 48 && c <= 57) mask |= 1 << 26;
		else mask |= 1 << 27;
	}
	return mask;
}

function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export interface ApproxTerm {
	term: string;
	k: number;
	mask: number;
	/** Distinct letter groups of the term: a match must contain at least `distinct - k` of them. */
	distinct: number;
	peq: Map<number, number>;
	bits: number;
}

export function approxTerm(term: string, threshold: number): ApproxTerm {
	const t = term.slice(0, MAX_BITS);
	const peq = new Map<number, number>();
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		peq.set(c, (peq.get(c) ?? 0) | (1 << i));
	}
	const mask = letterMask(t);
	return { term: t, k: allowedEdits(term.length, threshold), mask, distinct: popcount(mask), peq, bits: t.length };
}

/** The fewest edits between the term and any substring of `word`, or Infinity past `k`. */
export function substringDistance(p: ApproxTerm, word: string, wordMask: number): number {
	if (popcount(wordMask & p.mask) < p.distinct - p.k) return Infinity;
	const m = p.bits;
	const high = 1 << (m - 1);
	const all = m === 32 ? -1 : (1 << m) - 1;
	let pv = all;
	let mv = 0;
	let score = m;
	let best = m;
	for (let j = 0; j < word.length; j++) {
		const eq = p.peq.get(word.charCodeAt(j)) ?? 0;
		const xv = eq | mv;
		const xh = ((((eq & pv) + pv) & all) ^ pv) | eq;
		let ph = mv | (~(xh | pv) & all);
		let mh = pv & xh;
		if (ph & high) score++;
		else if (mh & high) score--;
		// A substring may start anywhere in the word: no carry into the first row.
		ph = (ph << 1) & all;
		mh = (mh << 1) & all;
		pv = mh | (~(xv | ph) & all);
		mv = ph & xv;
		if (score < best) best = score;
	}
	return best <= p.k ? best : Infinity;
}
