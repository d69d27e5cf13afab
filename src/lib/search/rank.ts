/** Orders the matched articles by the ranking rules (see engine.ts for the rules). */
import { NONE, type LeafHits } from './leaf-hits';
import { orderByKey } from './order';
import type { Proximity } from './proximity';
import type { Leaf } from './query';
import type { DocSet } from './sets';
import type { TokenIndex } from './token-index';

/** BM25's saturation and length-norm constants (the usual defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
const RELEVANCE_STEPS = 4096;
/** A verdict's step for one missing word: the bits below it hold typos, proximity, attribute, relevance. */
export const MISSING_UNIT = 16 * 64 * 32 * RELEVANCE_STEPS;

/** Per candidate, what the ranking adds up leaf by leaf, in arrays reused query after query. */
class Tally {
	missing = new Uint8Array(0);
	typos = new Uint8Array(0);
	attribute = new Uint8Array(0);
	proximity = new Uint8Array(0);
	score = new Float32Array(0);
	keys = new Uint32Array(0);
	docs = new Int32Array(0);

	/** Room for `n` candidates, every tally at zero. */
	reset(n: number): void {
		if (n > this.keys.length) {
			const size = Math.max(1024, n * 2);
			this.missing = new Uint8Array(size);
			this.typos = new Uint8Array(size);
			this.attribute = new Uint8Array(size);
			this.proximity = new Uint8Array(size);
			this.score = new Float32Array(size);
			this.keys = new Uint32Array(size);
			this.docs = new Int32Array(size);
			return;
		}
		this.missing.fill(0, 0, n);
		this.typos.fill(0, 0, n);
		this.attribute.fill(0, 0, n);
		this.proximity.fill(0, 0, n);
		this.score.fill(0, 0, n);
	}
}

/**
 * Adds one leaf's part of every candidate's verdict. Each step of the ranking is a loop of its
 * own over typed arrays: small loops the JIT compiles once, where one loop doing all of it was
 * compiled again for each shape of query.
 */
function addLeaf(h: LeafHits, lift: number, norms: Float32Array, t: Tally, count: number): void {
	const { typos, field, weight } = h;
	const { docs, missing, score } = t;
	for (let j = 0; j < count; j++) {
		const d = docs[j];
		const typo = typos[d];
		if (typo === NONE) {
			missing[j]++;
			continue;
		}
		t.typos[j] += typo;
		t.attribute[j] += field[d];
		const tf = weight[d];
		score[j] += (lift * tf) / (tf + norms[d]);
	}
}

/** The candidates of `set` in index order (the set lists them in whatever order they were found). */
function inIndexOrder(set: DocSet, n: number, docs: Int32Array): void {
	const count = set.count;
	if (count * 8 < n) {
		docs.set(set.docs.subarray(0, count));
		docs.subarray(0, count).sort();
		return;
	}
	const { member, out } = set;
	let k = 0;
	for (let d = 0; d < n && k < count; d++) if (member[d] !== out) docs[k++] = d;
}

/** Each verdict as one 31-bit number (see `rank`). */
function composeKeys(t: Tally, count: number, scale: number): void {
	const { missing, typos, proximity, attribute, score, keys } = t;
	const top = RELEVANCE_STEPS - 1;
	for (let j = 0; j < count; j++) {
		const steps = top - Math.min(top, (score[j] * scale + 0.5) | 0);
		keys[j] =
			(((Math.min(15, missing[j]) * 16 + Math.min(15, typos[j])) * 64 + Math.min(63, proximity[j])) * 32 + Math.min(31, attribute[j])) *
				RELEVANCE_STEPS +
			steps;
	}
}

export class Ranker {
	private tally = new Tally();
	/** Per article, BM25's length norm: fixed for an index, so worked out once. */
	private norms: Float32Array;

	constructor(
		private index: TokenIndex,
		private proximity: Proximity
	) {
		const avg = index.averageLength || 1;
		this.norms = new Float32Array(index.docCount);
		for (let d = 0; d < index.docCount; d++) this.norms[d] = BM25_K1 * (1 - BM25_B + (BM25_B * index.shapes[d * 3 + 2]) / avg);
	}

	/**
	 * The articles ordered by the ranking rules. Each article's verdict is one 31-bit number:
	 * words missing (4 bits), typos (4), proximity (6), attribute (5), relevance (12: BM25 as
	 * a share of the most any article could score, so one pass sets it); a stable radix sort
	 * over articles taken in index order then leaves ties newest first.
	 */
	rank(set: DocSet, positive: Leaf[], hits: Map<Leaf, LeafHits>, positional: Leaf[]): { hits: Int32Array; scores: Uint32Array } {
		const n = this.index.docCount;
		const count = set.count;
		const t = this.tally;
		t.reset(count);
		inIndexOrder(set, n, t.docs);
		// BM25's term saturates below idf × (k1 + 1): their sum bounds any article's score.
		let ceiling = 0;
		for (const leaf of positive) {
			const h = hits.get(leaf)!;
			const lift = Math.log(1 + (n - h.count + 0.5) / (h.count + 0.5)) * (BM25_K1 + 1);
			ceiling += lift;
			addLeaf(h, lift, this.norms, t, count);
		}
		const near = positional.map((l) => hits.get(l)!);
		if (near.length > 1) this.proximity.fill(near, t.docs, count, t.proximity);
		composeKeys(t, count, ceiling > 0 ? (RELEVANCE_STEPS - 1) / ceiling : 0);
		const ordered = orderByKey(t.keys, t.docs, count);
		return { hits: ordered.docs, scores: ordered.keys };
	}
}
