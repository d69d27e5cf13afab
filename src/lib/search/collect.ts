/**
 * Collects what each leaf of a query matches: the corpus words it stands for (words.ts), the
 * articles they occur in, per article the fewest typos, the best field, the weighted
 * occurrences and, when proximity or a phrase needs them, the positions. Its arrays are pooled
 * (see LeafHits) and its hot loop decodes the postings inline.
 */
import type { SearchDoc } from './documents';
import { LeafHits, NONE } from './leaf-hits';
import type { Leaf } from './query';
import { SHORT_FIELDS, type TokenIndex } from './token-index';
import { tokenize } from './tokens';
import type { Variant, Vocabulary } from './words';

/** Field ranks for the attribute rule. */
export const TITLE = 0;
export const LEAD = 1;
export const BODY = 2;
/** Weight of one occurrence by where it is: a title word says more than a body word. */
export const FIELD_WEIGHTS = { title: 3, lead: 1.5, body: 1, short: 1.5 } as const;
/** An occurrence counts less when it is a completion of the word being typed, or a typo. */
const COMPLETION_WEIGHT = 0.6;
const TYPO_WEIGHTS = [1, 0.5, 0.33];
/** Posting bytes per article (and at least PREFIX_BUDGET_MIN) that the word being typed may visit through its completions. */
const PREFIX_BUDGET_PER_DOC = 4;
const PREFIX_BUDGET_MIN = 1 << 16;

/** Whether the text's words hold the phrase's words together and in order (never inside a longer word). */
function holdsPhrase(text: string, phrase: readonly string[]): boolean {
	const words = tokenize(text);
	for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return true;
	return false;
}

/** The field rank of a position in an article (see DocShape). */
function fieldAt(shapes: Int32Array, doc: number, pos: number): number {
	return pos < shapes[doc * 3] ? TITLE : pos < shapes[doc * 3 + 1] ? LEAD : BODY;
}

/** What the decoder keeps of each position: nothing (a word alone), in place (one variant), or (article, position) pairs to group. */
const KEEP_NONE = 0;
const KEEP_DIRECT = 1;
const KEEP_PAIRS = 2;

/**
 * The hot loop of a query: decodes one variant's postings (see TokenIndex.textPostings) into
 * the leaf's arrays, written out with no callback per article or position. An article already
 * matched by a closer variant is skipped: it counts as matching its closest word. Returns the
 * positions kept so far (`pairs` before the call). `store` must hold every position the
 * postings can add.
 */
function decodeVariant(
	bytes: Uint8Array,
	from: number,
	to: number,
	shapes: Int32Array,
	h: LeafHits,
	vt: number,
	w: number,
	titleOnly: boolean,
	mode: number,
	store: Int32Array,
	pairDocs: Int32Array,
	pairs: number
): number {
	const { typos, field, weight, posFrom, posCount } = h;
	const docs = h.docs;
	let found = h.count;
	let at = from;
	let doc = -1;
	while (at < to) {
		let b = bytes[at++];
		let n = b & 0x7f;
		for (let shift = 7; b & 0x80; shift += 7) {
			b = bytes[at++];
			n |= (b & 0x7f) << shift;
		}
		doc += n + 1;
		b = bytes[at++];
		let count = b & 0x7f;
		for (let shift = 7; b & 0x80; shift += 7) {
			b = bytes[at++];
			count |= (b & 0x7f) << shift;
		}
		count++;
		const had = typos[doc];
		if (had < vt) {
			for (let p = 0; p < count; p++) while (bytes[at++] & 0x80);
			continue;
		}
		const titleEnd = shapes[doc * 3];
		const leadEnd = shapes[doc * 3 + 1];
		let add = 0;
		let best = NONE;
		let kept = 0;
		let pos = 0;
		for (let p = 0; p < count; p++) {
			b = bytes[at++];
			let d = b & 0x7f;
			for (let shift = 7; b & 0x80; shift += 7) {
				b = bytes[at++];
				d |= (b & 0x7f) << shift;
			}
			pos += d;
			if (pos < titleEnd) {
				add += FIELD_WEIGHTS.title;
				best = TITLE;
			} else if (titleOnly) {
				// Past the title: the rest are not in the scope.
				for (let r = p + 1; r < count; r++) while (bytes[at++] & 0x80);
				break;
			} else if (pos < leadEnd) {
				add += FIELD_WEIGHTS.lead;
				if (best > LEAD) best = LEAD;
			} else if (mode === KEEP_NONE) {
				// Positions come in order: the rest are all in the body, and only their count matters.
				const rest = count - p;
				add += rest * FIELD_WEIGHTS.body;
				if (best > BODY) best = BODY;
				kept += rest;
				for (let r = 1; r < rest; r++) while (bytes[at++] & 0x80);
				break;
			} else {
				add += FIELD_WEIGHTS.body;
				if (best > BODY) best = BODY;
			}
			if (mode === KEEP_PAIRS) pairDocs[pairs + kept] = doc;
			if (mode !== KEEP_NONE) store[pairs + kept] = pos;
			kept++;
		}
		if (kept === 0) continue;
		if (had === NONE) docs[found++] = doc;
		typos[doc] = vt;
		if (best < field[doc]) field[doc] = best;
		weight[doc] += w * add;
		if (mode === KEEP_DIRECT) {
			posFrom[doc] = pairs;
			posCount[doc] = kept;
		}
		pairs += kept;
	}
	h.count = found;
	return pairs;
}

/** Grows a typed array to hold at least `n` entries. */
function grow(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
	if (n <= a.length) return a;
	const b = new Int32Array(Math.max(n, a.length * 2));
	b.set(a);
	return b;
}

export class Collector {
	private cache = new Map<string, Variant[]>();
	/** Pairs (article, position) gathered from postings before they are grouped by article. */
	private pairDocs = new Int32Array(1 << 16);
	private pairPos = new Int32Array(1 << 16);
	private mergeScratch = new Int32Array(256);
	/** Per-leaf arrays, reused query after query: those at rest, and those the query under way took. */
	private free: LeafHits[] = [];
	private taken: LeafHits[] = [];

	constructor(
		private index: TokenIndex,
		private docs: SearchDoc[],
		private vocabulary: Vocabulary
	) {}

	/** The last leaf collected stays with the caller past `release` (it will hand it back itself). */
	keepLast(): void {
		this.taken.pop();
	}

	/** Puts back at rest every leaf the query took, and `others` the caller kept before. */
	release(others: Iterable<LeafHits> = []): void {
		for (const h of [...this.taken, ...others]) {
			h.clear();
			this.free.push(h);
		}
		this.taken = [];
	}

	private variants(word: string, leaf: Leaf): Variant[] {
		const typing = leaf.typing && leaf.words.length === 1;
		const key = `${leaf.mode}:${typing ? 1 : 0}:${word}`;
		let found = this.cache.get(key);
		if (!found) {
			const budget = Math.max(PREFIX_BUDGET_MIN, PREFIX_BUDGET_PER_DOC * this.index.docCount);
			found = this.vocabulary.variants(word, leaf.mode, typing, (w) => this.index.volume(w), budget).sort((a, b) => a.typos - b.typos);
			if (this.cache.size > 500) this.cache.clear();
			this.cache.set(key, found);
		}
		return found;
	}

	/** Room for `n` gathered (article, position) pairs; returns the positions' array. */
	private reservePairs(n: number): Int32Array {
		if (n > this.pairDocs.length) {
			this.pairDocs = grow(this.pairDocs, n);
			this.pairPos = grow(this.pairPos, n);
		}
		return this.pairPos;
	}

	private slot(): LeafHits {
		const h = this.free.pop() ?? new LeafHits(this.index.docCount);
		this.taken.push(h);
		return h;
	}

	/** What the word's variants match in the leaf's scope, with their positions when asked. */
	private collectWord(word: string, leaf: Leaf, wantPositions: boolean): LeafHits {
		const h = this.slot();
		h.leaf = leaf;
		const { typos, field, weight } = h;
		let pairs = 0;
		const variants = this.variants(word, leaf);
		const shapes = this.index.shapes;
		const titleOnly = leaf.scope === 'title';
		// Fewest typos first (the cache keeps them so): an article's positions are those of the
		// variants with its fewest typos, the word it is counted as matching.
		for (const v of variants) {
			const w = (v.completion ? COMPLETION_WEIGHT : 1) * TYPO_WEIGHTS[v.typos];
			const vt = v.typos;
			const touch = (doc: number, f: number, add: number) => {
				if (typos[doc] < vt) return;
				if (typos[doc] === NONE) h.add(doc);
				if (vt < typos[doc]) typos[doc] = vt;
				if (f < field[doc]) field[doc] = f;
				weight[doc] += add;
			};
			if (leaf.scope === 'place' || leaf.scope === 'code') {
				this.index.eachShort(leaf.scope, v.word, (doc) => touch(doc, LEAD, w * FIELD_WEIGHTS.short));
				continue;
			}
			const { bytes, from, to } = this.index.textPostings(v.word);
			// One variant's articles arrive in order: their positions go straight to their place.
			const mode = !wantPositions ? KEEP_NONE : variants.length === 1 ? KEEP_DIRECT : KEEP_PAIRS;
			// Each position takes a byte at least: the postings' length bounds what they add.
			h.reserveDocs(h.count + ((to - from) >> 1));
			const room = pairs + (to - from);
			const store = mode === KEEP_DIRECT ? h.reservePositions(room) : mode === KEEP_PAIRS ? this.reservePairs(room) : h.positions;
			pairs = decodeVariant(bytes, from, to, shapes, h, vt, w, titleOnly, mode, store, this.pairDocs, pairs);
			if (leaf.scope === null) {
				for (const f of SHORT_FIELDS) this.index.eachShort(f, v.word, (doc) => touch(doc, LEAD, w * FIELD_WEIGHTS.short));
			}
		}
		if (wantPositions && variants.length > 1) this.groupPairs(h, pairs);
		h.hasPositions = wantPositions;
		h.words = variants.map((v) => this.index.words[v.word]);
		return h;
	}

	/** Lays the gathered (article, position) pairs out by article, each article's positions sorted. */
	private groupPairs(h: LeafHits, pairs: number): void {
		const { posFrom, posCount, docs } = h;
		for (let k = 0; k < pairs; k++) posCount[this.pairDocs[k]]++;
		let at = 0;
		for (let j = 0; j < h.count; j++) {
			const d = docs[j];
			posFrom[d] = at;
			at += posCount[d];
			posCount[d] = 0;
		}
		const positions = h.reservePositions(pairs);
		for (let k = 0; k < pairs; k++) {
			const d = this.pairDocs[k];
			positions[posFrom[d] + posCount[d]++] = this.pairPos[k];
		}
		// Each variant's positions came sorted: an article's positions are a few sorted runs to merge.
		for (let j = 0; j < h.count; j++) {
			const from = posFrom[docs[j]];
			this.mergeRuns(positions, from, from + posCount[docs[j]]);
		}
	}

	/** Sorts `a[from..to)`, made of sorted runs: two runs are merged in one pass, more by insertion. */
	private mergeRuns(a: Int32Array, from: number, to: number): void {
		let mid = from + 1;
		while (mid < to && a[mid - 1] <= a[mid]) mid++;
		if (mid >= to) return;
		let end = mid + 1;
		while (end < to && a[end - 1] <= a[end]) end++;
		if (end === to) {
			if (to - from > this.mergeScratch.length) this.mergeScratch = new Int32Array((to - from) * 2);
			const left = this.mergeScratch;
			const n = mid - from;
			for (let k = 0; k < n; k++) left[k] = a[from + k];
			let i = 0;
			let j = mid;
			let out = from;
			while (i < n && j < to) a[out++] = left[i] <= a[j] ? left[i++] : a[j++];
			while (i < n) a[out++] = left[i++];
			return;
		}
		for (let x = mid; x < to; x++) {
			const v = a[x];
			let y = x - 1;
			while (y >= from && a[y] > v) {
				a[y + 1] = a[y];
				y--;
			}
			a[y + 1] = v;
		}
	}

	/** A leaf's matches: one word, or a phrase (its words adjacent, in order). */
	collectLeaf(leaf: Leaf, wantPositions: boolean): LeafHits {
		if (leaf.words.length === 1) return this.collectWord(leaf.words[0], leaf, wantPositions);
		const scoped = leaf.scope === 'place' || leaf.scope === 'code';
		const parts = leaf.words.map((w) => this.collectWord(w, { ...leaf, typing: false }, !scoped));
		const h = this.slot();
		h.leaf = leaf;
		h.words = leaf.words;
		const shapes = this.index.shapes;
		let starts = 0;
		// Visit in article order, so the positions can be laid out by article.
		const first = parts[0].docs.slice(0, parts[0].count).sort();
		for (const doc of first) {
			if (parts.some((p) => p.typos[doc] === NONE)) continue;
			const before = starts;
			let best = NONE;
			let add = 0;
			if (scoped) {
				const text = leaf.scope === 'place' ? this.docs[doc].place : this.docs[doc].newsCode;
				if (!holdsPhrase(text, leaf.words)) continue;
				best = LEAD;
				add = FIELD_WEIGHTS.short;
			} else {
				const p0 = parts[0];
				const from = p0.posFrom[doc];
				for (let a = from; a < from + p0.posCount[doc]; a++) {
					const start = p0.positions[a];
					let ok = true;
					for (let k = 1; k < parts.length && ok; k++) {
						const p = parts[k];
						ok = false;
						const pf = p.posFrom[doc];
						for (let b = pf; b < pf + p.posCount[doc] && !ok; b++) ok = p.positions[b] === start + k;
					}
					if (!ok) continue;
					h.reservePositions(starts + 1)[starts++] = start;
					const f = fieldAt(shapes, doc, start);
					if (f < best) best = f;
					add += f === TITLE ? FIELD_WEIGHTS.title : f === LEAD ? FIELD_WEIGHTS.lead : FIELD_WEIGHTS.body;
				}
				// The dateline's place has no positions: a phrase may still be the place.
				if (best === NONE && leaf.scope === null && holdsPhrase(this.docs[doc].place, leaf.words)) {
					best = LEAD;
					add = FIELD_WEIGHTS.short;
				}
			}
			if (best === NONE) continue;
			h.add(doc);
			h.typos[doc] = 0;
			h.field[doc] = best;
			h.weight[doc] = add;
			h.posFrom[doc] = before;
			h.posCount[doc] = starts - before;
		}
		h.hasPositions = wantPositions && !scoped;
		return h;
	}
}
