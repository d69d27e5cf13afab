/**
 * The hot loop of a query: one corpus word's postings decoded into a leaf's arrays (see
 * collect.ts), inline, with no callback per article or position.
 */
import { decodePositions, NONE, type LeafHits } from './leaf-hits';
import { FIELD_WEIGHTS, LEAD_START, TITLE } from './postings';

/**
 * The hot loop of a query: decodes one variant's postings (see TokenIndex.textPostings) into
 * the leaf's arrays, written out with no callback per article or position. An article already
 * matched by a closer variant is skipped: it counts as matching its closest word. With
 * `positions`, each article's positions are noted where they lie in the index, to be decoded
 * when needed (LeafHits.place), except that an article an equally close variant placed already
 * gets the two blocks decoded and merged. A title-scoped word reads its positions here, to keep
 * those in the title (they come first). `h.positions` must have room for `to - from` more
 * entries (a position takes a byte at least).
 */
export function decodeVariant(
	bytes: Uint8Array,
	from: number,
	to: number,
	h: LeafHits,
	vt: number,
	w: number,
	titleOnly: boolean,
	positions: boolean
): void {
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
		let summary = b & 0x7f;
		for (let shift = 7; b & 0x80; shift += 7) {
			b = bytes[at++];
			summary |= (b & 0x7f) << shift;
		}
		b = bytes[at++];
		let length = b & 0x7f;
		for (let shift = 7; b & 0x80; shift += 7) {
			b = bytes[at++];
			length |= (b & 0x7f) << shift;
		}
		const block = at;
		at += length;
		const had = typos[doc];
		if (had < vt) continue;
		let add = (summary >>> 2) / 2;
		let best = summary & 3;
		let kept = -1;
		if (titleOnly) {
			// Only the title's occurrences count: decoded behind those written so far.
			if (positions && had === vt) h.place(doc);
			kept = decodeBlock(bytes, block, at, LEAD_START, h, positions);
			if (kept === 0) continue;
			add = kept * FIELD_WEIGHTS.title;
			best = TITLE;
		}
		if (had === NONE) docs[found++] = doc;
		typos[doc] = vt;
		if (best < field[doc]) field[doc] = best;
		weight[doc] += w * add;
		if (!positions) continue;
		if (had === vt && posCount[doc] !== 0) {
			// An equally close variant placed the article already: one sorted block of both.
			h.place(doc);
			if (kept < 0) kept = decodeBlock(bytes, block, at, Infinity, h, true);
			const earlier = posCount[doc];
			const out = h.posEnd + kept;
			merge(h.reservePositions(out + earlier + kept), posFrom[doc], earlier, h.posEnd, kept, out);
			posFrom[doc] = out;
			posCount[doc] = earlier + kept;
			h.posEnd = out + earlier + kept;
		} else if (kept >= 0) {
			posFrom[doc] = h.posEnd;
			posCount[doc] = kept;
			h.posEnd += kept;
		} else {
			posFrom[doc] = block;
			posCount[doc] = ~length;
		}
	}
	h.count = found;
}

/** Decodes a block of positions below `limit` behind those written so far (`posEnd` stays), when `store`; returns how many. */
function decodeBlock(bytes: Uint8Array, at: number, stop: number, limit: number, h: LeafHits, store: boolean): number {
	return decodePositions(bytes, at, stop, limit, store ? h.reservePositions(h.posEnd + (stop - at)) : null, h.posEnd);
}

/** Merges the sorted runs a[x..x+m) and a[y..y+k) into a[out..out+m+k), which lies past both. */
function merge(a: Int32Array, x: number, m: number, y: number, k: number, out: number): void {
	let i = 0;
	let j = 0;
	while (i < m && j < k) a[out++] = a[x + i] <= a[y + j] ? a[x + i++] : a[y + j++];
	while (i < m) a[out++] = a[x + i++];
	while (j < k) a[out++] = a[y + j++];
}
