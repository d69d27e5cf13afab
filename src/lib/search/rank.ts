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

export class Ranker {
	/** The ranking's per-candidate numbers, reused. */
	private scratch = { relevance: new Float64Array(1024), keys: new Uint32Array(1024), docs: new Int32Array(1024) };

	constructor(
		private index: TokenIndex,
		private proximity: Proximity
	) {}

	/**
	 * The articles ordered by the ranking rules. Each article's verdict is one 31-bit number:
	 * words missing (4 bits), typos (4), proximity (6), attribute (5), relevance (12, as a
	 * share of the best); a stable radix sort over articles taken in index order then leaves
	 * ties newest first.
	 */
	rank(set: DocSet, positive: Leaf[], hits: Map<Leaf, LeafHits>, positional: Leaf[]): { hits: Int32Array; scores: Uint32Array } {
		const n = this.index.docCount;
		const shapes = this.index.shapes;
		const avg = this.index.averageLength || 1;
		const leaves = positive.map((l) => hits.get(l)!);
		const near = positional.map((l) => hits.get(l)!);
		const idf = leaves.map((h) => Math.log(1 + (n - h.count + 0.5) / (h.count + 0.5)));
		const count = set.count;
		if (count > this.scratch.keys.length) this.scratch = { relevance: new Float64Array(count * 2), keys: new Uint32Array(count * 2), docs: new Int32Array(count * 2) };
		const { relevance, keys, docs } = this.scratch;
		// The candidates in index order (the set lists them in whatever order they were found).
		const member = set.member;
		let k = 0;
		if (count * 8 < n) {
			docs.set(set.docs.subarray(0, count));
			docs.subarray(0, count).sort();
			k = count;
		} else for (let d = 0; d < n && k < count; d++) if (member[d] !== set.out) docs[k++] = d;
		let best = 0;
		for (let j = 0; j < count; j++) {
			const d = docs[j];
			let missing = 0;
			let typos = 0;
			let attribute = 0;
			let score = 0;
			const norm = BM25_K1 * (1 - BM25_B + (BM25_B * shapes[d * 3 + 2]) / avg);
			for (let l = 0; l < leaves.length; l++) {
				const h = leaves[l];
				const t = h.typos[d];
				if (t === NONE) {
					missing++;
					continue;
				}
				typos += t;
				attribute += h.field[d];
				const tf = h.weight[d];
				score += (idf[l] * tf * (BM25_K1 + 1)) / (tf + norm);
			}
			const proximity = near.length === 2 ? this.proximity.pair(near[0], near[1], d) : near.length > 2 ? this.proximity.chain(near, d) : 0;
			relevance[j] = score;
			if (score > best) best = score;
			keys[j] = ((Math.min(15, missing) * 16 + Math.min(15, typos)) * 64 + Math.min(63, proximity)) * 32 + Math.min(31, attribute);
		}
		for (let j = 0; j < count; j++) {
			const steps = best > 0 ? Math.round((1 - relevance[j] / best) * (RELEVANCE_STEPS - 1)) : 0;
			keys[j] = keys[j] * RELEVANCE_STEPS + steps;
		}
		const ordered = orderByKey(keys, docs, count);
		return { hits: ordered.docs, scores: ordered.keys };
	}
}
