/** Where a phrase's words stand together in an article: the checks of a phrase, near words and a short field's phrase (see collect.ts). */
import type { LeafHits } from './leaf-hits';

/**
 * Whether the phrase's words stand together and in order in an article's short field, given
 * each word's positions there as masks (see SHORT_POSITIONS): the first word's positions,
 * shifted by each later word's place in the phrase, must meet.
 */
export function holdsPhrase(masks: readonly Map<number, number>[], doc: number): boolean {
	let starts = masks[0].get(doc) ?? 0;
	for (let k = 1; k < masks.length && starts; k++) starts &= (masks[k].get(doc) ?? 0) >>> k;
	return starts !== 0;
}

/** Whether every word of a short field's phrase is in the article's field, anywhere (see holdsPhrase). */
export function holdsAll(masks: readonly Map<number, number>[], doc: number): boolean {
	return masks.every((m) => (m.get(doc) ?? 0) !== 0);
}

/**
 * The next window of an article where each of `parts`' words has a position and the first
 * and last are at most `span` apart ("a b"~N: span N + 1), in any order; its first position,
 * or -1 when there is none. `cursor` holds each word's next position (from posFrom, placed),
 * and moves past the window's first, so windows are found one after another, each once.
 */
export function nearWindows(parts: readonly LeafHits[], doc: number, cursor: Int32Array, span: number): number {
	for (;;) {
		let low = 0;
		let min = Infinity;
		let max = -Infinity;
		for (let k = 0; k < parts.length; k++) {
			const p = parts[k];
			if (cursor[k] >= p.posFrom[doc] + p.posCount[doc]) return -1;
			const v = p.positions[cursor[k]];
			if (v < min) [min, low] = [v, k];
			if (v > max) max = v;
		}
		cursor[low]++;
		if (max - min <= span) return min;
	}
}

/** Whether the part's positions in the article (placed) hold `pos`: a binary search. */
export function standsAt(p: LeafHits, doc: number, pos: number): boolean {
	let lo = p.posFrom[doc];
	let hi = lo + p.posCount[doc] - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const v = p.positions[mid];
		if (v === pos) return true;
		if (v < pos) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}
