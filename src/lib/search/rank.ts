/** Orders the matched articles by the ranking rules (see engine.ts for the rules). */
import { NONE, type LeafHits } from './leaf-hits';
import { orderByKey } from './order';
import type { Proximity } from './proximity';
import type { Leaf } from './query';
import type { DocSet } from './sets';
import type { IndexReader } from './index-reader';
import { codeLength } from './postings';

/** BM25's saturation and length-norm constants (the usual defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
const RELEVANCE_STEPS = 4096;
/** A verdict's steps: one more typo, one more word apart, one field further (relevance fills the bits below). */
const ATTRIBUTE_UNIT = RELEVANCE_STEPS;
const PROXIMITY_UNIT = 32 * ATTRIBUTE_UNIT;
const TYPO_UNIT = 64 * PROXIMITY_UNIT;
/** A verdict's step for one missing word: the bits below it hold typos, proximity, attribute, relevance. */
export const MISSING_UNIT = 16 * TYPO_UNIT;
/** Proximity as far as it goes, for articles past the leading ones (see Ranker.rank). */
const FAR = 63;
/** How many articles, at least, the proximity rule orders exactly: fifty pages of results. */
export const LEADING = 1000;

/** Per candidate, what the ranking adds up leaf by leaf, in arrays reused query after query. */
class Tally {
	missing = new Uint8Array(0);
	typos = new Uint8Array(0);
	attribute = new Uint8Array(0);
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
			this.score = new Float32Array(size);
			this.keys = new Uint32Array(size);
			this.docs = new Int32Array(size);
			return;
		}
		this.missing.fill(0, 0, n);
		this.typos.fill(0, 0, n);
		this.attribute.fill(0, 0, n);
		this.score.fill(0, 0, n);
	}
}

/**
 * Adds one leaf's part of every candidate's verdict. Each step of the ranking is a loop of its
 * own over typed arrays: small loops the JIT compiles once, where one loop doing all of it was
 * compiled again for each shape of query.
 */
function addLeaf(h: LeafHits, lift: number, norms: Float32Array, lengths: Uint8Array, t: Tally, count: number): void {
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
		score[j] += (lift * tf) / (tf + norms[lengths[d]]);
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

/** Each verdict but proximity as one 31-bit number (see `rank`). */
function composeKeys(t: Tally, count: number, scale: number): void {
	const { missing, typos, attribute, score, keys } = t;
	const top = RELEVANCE_STEPS - 1;
	for (let j = 0; j < count; j++) {
		const steps = top - Math.min(top, (score[j] * scale + 0.5) | 0);
		keys[j] =
			Math.min(15, missing[j]) * MISSING_UNIT + Math.min(15, typos[j]) * TYPO_UNIT + Math.min(31, attribute[j]) * ATTRIBUTE_UNIT + steps;
	}
}

export class Ranker {
	private tally = new Tally();
	/** BM25's length norm of each length code (see lengthCode): fixed for an index, so worked out once. */
	private norms = new Float32Array(128);
	/** The proximity of the articles of one group, in order, reused. */
	private near = new Uint8Array(1024);
	/** The articles of a group that stand further apart, reused. */
	private rest = { docs: new Int32Array(1024), keys: new Uint32Array(1024) };

	constructor(
		private index: IndexReader,
		private proximity: Proximity,
		private leading = LEADING
	) {
		const avg = index.averageLength || 1;
		for (let c = 0; c < this.norms.length; c++) this.norms[c] = BM25_K1 * (1 - BM25_B + (BM25_B * codeLength(c)) / avg);
	}

	/**
	 * The articles ordered by the ranking rules. Each article's verdict is one 31-bit number:
	 * words missing (4 bits), typos (4), proximity (6), attribute (5), relevance (12: BM25 as
	 * a share of the most any article could score, so one pass sets it); a stable radix sort
	 * over articles taken in index order then leaves ties newest first.
	 *
	 * Proximity needs each article's positions, which for two common words means decoding
	 * most of the index. So the articles are ordered by the other rules first, and proximity
	 * is worked out for the leading ones only, as Meilisearch does for the page it is asked
	 * for: the first `leading` articles are in exact order, and past them articles count as
	 * far (their proximity is not compared).
	 */
	rank(
		set: DocSet,
		positive: Leaf[],
		hits: Map<Leaf, LeafHits>,
		positional: Leaf[],
		adjacent: LeafHits | null = null
	): { hits: Int32Array; scores: Uint32Array } | null {
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
			addLeaf(h, lift, this.norms, this.index.lengths, t, count);
		}
		composeKeys(t, count, ceiling > 0 ? (RELEVANCE_STEPS - 1) / ceiling : 0);
		const ordered = orderByKey(t.keys, t.docs, count);
		const near = positional.map((l) => hits.get(l)!);
		if (near.length > 1 && !this.placeLeading(ordered.docs, ordered.keys, near, adjacent)) return null;
		return { hits: ordered.docs, scores: ordered.keys };
	}

	/**
	 * Adds proximity to verdicts ordered by the other rules, group by group of equal words and
	 * typos, until `leading` articles are placed. In a group, articles are visited best first;
	 * once enough of them stand as near as any article there could, they are the group's best,
	 * and the visit stops. Otherwise the whole group is sorted on its full verdicts.
	 *
	 * With `adjacent` (the articles where the words stand as one phrase, in the order written,
	 * read from the index's word pairs without any positions), the first group is placed by it
	 * alone when it holds every word with no typo and enough of its articles are in it: those
	 * stand as near as any could, and the rest of the group counts as far, as if each had been
	 * measured. Otherwise it returns false: the positions are needed.
	 */
	private placeLeading(docs: Int32Array, keys: Uint32Array, near: LeafHits[], adjacent: LeafHits | null): boolean {
		const count = docs.length;
		let i = 0;
		while (i < count && i < this.leading) {
			const group = Math.floor(keys[i] / TYPO_UNIT);
			let j = i;
			while (j < count && Math.floor(keys[j] / TYPO_UNIT) === group) j++;
			// Each word present and placed is at least one step from the one before it.
			const floor = Math.max(0, near.length - Math.floor(keys[i] / MISSING_UNIT) - 1);
			const need = this.leading - i;
			if (this.near.length < j - i) this.near = new Uint8Array((j - i) * 2);
			const prox = this.near;
			let nearest = 0;
			let k = i;
			if (adjacent && keys[i] >= TYPO_UNIT) return false;
			for (; k < j && nearest < need; k++) {
				const d = docs[k];
				const p = adjacent ? (adjacent.typos[d] === NONE ? FAR : floor) : Math.min(FAR, this.proximity.of(near, d));
				prox[k - i] = p;
				if (p <= floor) nearest++;
			}
			if (adjacent && nearest < need) return false;
			if (nearest < need) {
				// The whole group visited: its exact order.
				for (let m = i; m < j; m++) keys[m] += prox[m - i] * PROXIMITY_UNIT;
				const sorted = orderByKey(keys.subarray(i, j), docs.subarray(i, j), j - i);
				keys.set(sorted.keys, i);
				docs.set(sorted.docs, i);
				i = j;
				continue;
			}
			// The nearest first, the rest of the group after them as far, each part in its order.
			if (this.rest.docs.length < k - i) this.rest = { docs: new Int32Array((k - i) * 2), keys: new Uint32Array((k - i) * 2) };
			const rest = this.rest;
			let a = i;
			let r = 0;
			for (let m = i; m < k; m++) {
				if (prox[m - i] <= floor) {
					keys[a] = keys[m] + prox[m - i] * PROXIMITY_UNIT;
					docs[a++] = docs[m];
				} else {
					rest.keys[r] = keys[m] + FAR * PROXIMITY_UNIT;
					rest.docs[r++] = docs[m];
				}
			}
			keys.set(rest.keys.subarray(0, r), a);
			docs.set(rest.docs.subarray(0, r), a);
			i = k;
			break;
		}
		for (; i < count; i++) keys[i] += FAR * PROXIMITY_UNIT;
		return true;
	}
}
