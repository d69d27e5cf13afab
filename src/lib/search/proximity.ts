/** How close a query's words stand in an article: the proximity rule. */
import { NONE, type LeafHits } from './leaf-hits';

/** Words apart at which two query words count as not near at all. */
export const MAX_PROXIMITY = 8;

export class Proximity {
	/** The chain costs of the previous and current leaf in `chain`, reused. */
	private chainA = new Float64Array(256);
	private chainB = new Float64Array(256);

	/** `chain` for two leaves: the smallest gap between their occurrences, by one merge walk. */
	pair(a: LeafHits, b: LeafHits, doc: number): number {
		if (a.typos[doc] === NONE || b.typos[doc] === NONE || !a.hasPositions || !b.hasPositions) return 0;
		// Matched by completions of the word being typed only: not placed, so far (and nothing to decode).
		if (a.posCount[doc] === 0 || b.posCount[doc] === 0) return MAX_PROXIMITY;
		a.place(doc);
		b.place(doc);
		let i = a.posFrom[doc];
		const iEnd = i + a.posCount[doc];
		let j = b.posFrom[doc];
		const jEnd = j + b.posCount[doc];
		const pa = a.positions;
		const pb = b.positions;
		const span = a.leaf!.words.length;
		let best = MAX_PROXIMITY;
		while (i < iEnd && j < jEnd) {
			const x = pa[i];
			const y = pb[j];
			// In the order written costs the gap; reversed costs one more.
			const gap = y >= x + span ? y - x - span + 1 : x - y + 1;
			if (gap < best) {
				best = gap;
				if (best === 1) break;
			}
			if (x < y) i++;
			else j++;
		}
		return best;
	}

	/** How close the leaves' words stand in the article: `pair` for two, `chain` for more. */
	of(leaves: LeafHits[], doc: number): number {
		return leaves.length === 2 ? this.pair(leaves[0], leaves[1], doc) : this.chain(leaves, doc);
	}

	/**
	 * How close the leaves' words stand in an article, in the order written: the least total
	 * of the gaps between consecutive words (1 for neighbours, one more when reversed, at most
	 * MAX_PROXIMITY each) over one chain of occurrences, the first word's occurrence leading to
	 * the second's and so on. Pairs taken from different places of the article (the first two
	 * words in the body, the last two in the title) do not add up to a near match. A word placed
	 * nowhere in the article (matched by a completion only) counts MAX_PROXIMITY.
	 */
	chain(leaves: LeafHits[], doc: number): number {
		let prev: Float64Array<ArrayBuffer> | null = null;
		let prevPos: Int32Array | null = null;
		let prevFrom = 0;
		let prevTo = 0;
		let prevSpan = 1;
		let links = 0;
		let unplaced = 0;
		for (const h of leaves) {
			if (h.typos[doc] === NONE || !h.hasPositions) continue;
			// Matched by a completion of the word being typed only: no positions, so not near.
			if (h.posCount[doc] === 0) {
				unplaced++;
				continue;
			}
			h.place(doc);
			const from = h.posFrom[doc];
			const to = from + h.posCount[doc];
			let cur: Float64Array<ArrayBuffer> = prev === this.chainA ? this.chainB : this.chainA;
			if (to - from > cur.length) {
				cur = new Float64Array((to - from) * 2);
				if (prev === this.chainA) this.chainB = cur;
				else this.chainA = cur;
			}
			if (!prev || !prevPos) {
				cur.fill(0, 0, to - from);
			} else {
				links++;
				let floor = Infinity;
				for (let q = prevFrom; q < prevTo; q++) if (prev[q - prevFrom] < floor) floor = prev[q - prevFrom];
				let lo = prevFrom;
				for (let a = from; a < to; a++) {
					const pos = h.positions[a];
					let best = floor + MAX_PROXIMITY;
					while (lo < prevTo && prevPos[lo] < pos - MAX_PROXIMITY - prevSpan) lo++;
					for (let q = lo; q < prevTo && prevPos[q] <= pos + MAX_PROXIMITY; q++) {
						const pq = prevPos[q];
						const gap = pos >= pq + prevSpan ? pos - pq - prevSpan + 1 : pq - pos + 1;
						const c = prev[q - prevFrom] + Math.min(gap, MAX_PROXIMITY);
						if (c < best) best = c;
					}
					cur[a - from] = best;
				}
			}
			prev = cur;
			prevPos = h.positions;
			prevFrom = from;
			prevTo = to;
			prevSpan = h.leaf!.words.length;
		}
		const far = unplaced * MAX_PROXIMITY;
		if (!prev || links === 0) return far;
		let best = Infinity;
		for (let q = 0; q < prevTo - prevFrom; q++) if (prev[q] < best) best = prev[q];
		return best + far;
	}
}
