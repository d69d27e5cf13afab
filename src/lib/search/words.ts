/**
 * Which corpus words a query word stands for: itself, whole words within a few typos (by
 * length: none up to 4 letters, one up to 8, two past that; a swap of two neighbouring
 * letters is one), and, for the word being typed, the words it begins. A fragment never
 * matches inside a longer word, and words with digits (years, news codes) match exactly.
 */
import type { Mode } from './query';

export interface Variant {
	/** Index of the word in the sorted vocabulary. */
	word: number;
	/** Edits between the query word and this one; 0 for the word itself and its completions. */
	typos: number;
	/** A longer word that the word being typed begins. */
	completion: boolean;
}

/** Typos forgiven in a query word of this length. */
export function allowedTypos(word: string): number {
	if (/\d/.test(word)) return 0;
	if (word.length <= 4) return 0;
	if (word.length <= 8) return 1;
	return 2;
}

/** A bit per letter a–z, one for digits, one for anything else: a cheap test before the edit distance. */
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

export function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const rows = { a: new Int32Array(64), b: new Int32Array(64), c: new Int32Array(64) };

/**
 * Edits between two words (insert, delete, substitute, swap neighbours: optimal string
 * alignment), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(s: string, t: string, max: number): number {
	if (Math.abs(s.length - t.length) > max) return max + 1;
	if (t.length + 1 > rows.a.length) for (const k of ['a', 'b', 'c'] as const) rows[k] = new Int32Array(t.length * 2 + 2);
	let prev2 = rows.a;
	let prev = rows.b;
	let cur = rows.c;
	for (let j = 0; j <= t.length; j++) prev[j] = j;
	for (let i = 1; i <= s.length; i++) {
		cur[0] = i;
		let rowMin = i;
		const si = s.charCodeAt(i - 1);
		for (let j = 1; j <= t.length; j++) {
			const tj = t.charCodeAt(j - 1);
			let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (si === tj ? 0 : 1));
			if (i > 1 && j > 1 && si === t.charCodeAt(j - 2) && s.charCodeAt(i - 2) === tj) d = Math.min(d, prev2[j - 2] + 1);
			cur[j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return Math.min(prev[t.length], max + 1);
}

/**
 * The numbers of an index that keeps them apart from its other words (ShardedIndex): they are
 * only ever matched exactly, or begun or ended with (a `^`, `$` or `*` query).
 */
export interface NumberLookup {
	/** The number's word index, or -1: not in the corpus, or not known yet (the index then says it is incomplete). */
	findNumber(number: string): number;
	/** The word indices of the numbers that begin (or end) with `part`, of those known yet. */
	numbersMatching(mode: 'prefix' | 'suffix', part: string): number[];
}

const NUMBER = /^[0-9]+$/;

/** The corpus's words, sorted, with what matching them needs. */
export class Vocabulary {
	private masks: Uint32Array;
	/** Word indices by length: only words within the allowed typos' length are compared. */
	private byLength: Int32Array[] = [];

	/** `words`: sorted; without the numbers when `numbers` finds them. */
	constructor(
		readonly words: readonly string[],
		private numbers?: NumberLookup
	) {
		this.masks = new Uint32Array(words.length);
		const lists: number[][] = [];
		for (let i = 0; i < words.length; i++) {
			this.masks[i] = letterMask(words[i]);
			(lists[words[i].length] ??= []).push(i);
		}
		this.byLength = Array.from(lists, (l) => Int32Array.from(l ?? []));
	}

	/** The index of the first word not sorted before `word`. */
	private lowerBound(word: string): number {
		let lo = 0;
		let hi = this.words.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.words[mid] < word) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** The index of the word, or -1. */
	find(word: string): number {
		if (this.numbers && NUMBER.test(word)) return this.numbers.findNumber(word);
		const i = this.lowerBound(word);
		return this.words[i] === word ? i : -1;
	}

	/** Indices of the words that begin with `prefix` (the word itself included), a range of the sorted list. */
	prefixRange(prefix: string): [number, number] {
		const lo = this.lowerBound(prefix);
		let end = lo;
		while (end < this.words.length && this.words[end].startsWith(prefix)) end++;
		return [lo, end];
	}

	/**
	 * Indices of the words of `minLength` to `maxLength` letters that lack at most `missing` of
	 * `word`'s distinct letters (and, `bothWays`, that have at most `missing` letters `word`
	 * lacks): the cheap test before comparing words, by the masks made once per vocabulary.
	 */
	lettersLike(word: string, minLength: number, maxLength: number, missing: number, bothWays: boolean): number[] {
		const out: number[] = [];
		const mask = letterMask(word);
		const distinct = popcount(mask);
		for (let len = Math.max(1, minLength); len <= maxLength; len++) {
			const list = this.byLength[len];
			if (!list) continue;
			for (let k = 0; k < list.length; k++) {
				const m = this.masks[list[k]];
				const shared = popcount(m & mask);
				if (shared >= distinct - missing && (!bothWays || shared >= popcount(m) - missing)) out.push(list[k]);
			}
		}
		return out;
	}

	/** Words within `max` edits of `word`, the word itself included, closest first. */
	near(word: string, max: number): Variant[] {
		if (max === 0) {
			const i = this.find(word);
			return i < 0 ? [] : [{ word: i, typos: 0, completion: false }];
		}
		const out: Variant[] = [];
		// Each edit loses at most one of either word's distinct letters.
		for (const i of this.lettersLike(word, word.length - max, word.length + max, max, true)) {
			const d = editDistance(word, this.words[i], max);
			if (d <= max) out.push({ word: i, typos: d, completion: false });
		}
		return out.sort((a, b) => a.typos - b.typos);
	}

	/**
	 * The corpus words a query word matches in a mode. The word being typed also matches the
	 * words it begins, most used first while their posting lists fit `budget` (a cost in
	 * bytes, see TokenIndex.volume).
	 */
	variants(word: string, mode: Mode, typing: boolean, volume: (word: number) => number, budget: number): Variant[] {
		if (mode === 'exact') {
			const i = this.find(word);
			return i < 0 ? [] : [{ word: i, typos: 0, completion: false }];
		}
		if (mode === 'suffix') {
			const out: Variant[] = [];
			for (let i = 0; i < this.words.length; i++) if (this.words[i].endsWith(word)) out.push({ word: i, typos: 0, completion: false });
			if (this.numbers && NUMBER.test(word))
				for (const i of this.numbers.numbersMatching('suffix', word)) out.push({ word: i, typos: 0, completion: false });
			return out;
		}
		const out = mode === 'prefix' ? [] : this.near(word, allowedTypos(word));
		if (mode === 'prefix' || (typing && !/\d/.test(word))) {
			const [from, to] = this.prefixRange(word);
			const have = new Set(out.map((v) => v.word));
			const completions: number[] = [];
			for (let i = from; i < to; i++) if (!have.has(i)) completions.push(i);
			// The number the prefix is itself, if any, is no completion of it.
			let itself = -1;
			if (this.numbers && mode === 'prefix' && /^[0-9]/.test(word)) {
				for (const i of this.numbers.numbersMatching('prefix', word)) if (!have.has(i)) completions.push(i);
				if (NUMBER.test(word)) itself = this.numbers.findNumber(word);
			}
			if (mode === 'prefix') budget = Infinity;
			completions.sort((a, b) => volume(b) - volume(a));
			// Most used first, each only while it fits: a two-letter start would otherwise visit
			// most of the index. From three letters on, the most used one always comes.
			let spent = 0;
			for (const i of completions) {
				const cost = volume(i);
				if (spent + cost > budget && (word.length < 3 || out.length > 0)) continue;
				spent += cost;
				out.push({ word: i, typos: 0, completion: i >= this.words.length ? i !== itself : this.words[i] !== word });
			}
		}
		return out;
	}
}
