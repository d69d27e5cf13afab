/**
 * What one leaf of a query (a word or a phrase) matched, per article, in arrays the engine
 * keeps between queries: at 100,000 articles, allocating and collecting a few megabytes of
 * typed arrays per keystroke cost more than the search itself. Between uses every entry is
 * at rest (NONE, 0); `clear` puts back only the articles a query touched.
 */
import type { Leaf } from './query';

/** No match in this article (as typos and field). */
export const NONE = 255;

/**
 * Decodes the position deltas (varints) in bytes[at..stop) that fall below `limit`, to
 * out[base...] when `out` is given. Returns how many there were. `out` must have room for
 * stop - at entries from `base` (a position takes a byte at least).
 */
export function decodePositions(bytes: Uint8Array, at: number, stop: number, limit: number, out: Int32Array | null, base: number): number {
	let kept = 0;
	for (let pos = 0; at < stop;) {
		let b = bytes[at++];
		let d = b & 0x7f;
		for (let shift = 7; b & 0x80; shift += 7) {
			b = bytes[at++];
			d |= (b & 0x7f) << shift;
		}
		pos += d;
		if (pos >= limit) break;
		if (out) out[base + kept] = pos;
		kept++;
	}
	return kept;
}

export class LeafHits {
	leaf: Leaf | null = null;
	/** The articles matched, in no particular order: `docs[0..count)`. */
	docs = new Int32Array(1024);
	count = 0;
	/** Per article: the fewest typos of a match, or NONE. */
	readonly typos: Uint8Array;
	/** Per article: the best field matched (0 title, 1 lead or place, 2 body), or NONE. */
	readonly field: Uint8Array;
	/** Per article: the occurrences, weighted by field and match. */
	readonly weight: Float32Array;
	/**
	 * Per article, when positions were asked for: where they start in `positions` and how many.
	 * Until an article's positions are needed (see `place`) they stay undecoded in the index:
	 * `posFrom` is then the offset of their bytes in `source` and `posCount` the byte length,
	 * bitwise negated (so negative).
	 */
	readonly posFrom: Int32Array;
	readonly posCount: Int32Array;
	positions = new Int32Array(1024);
	/** The positions written so far end here. */
	posEnd = 0;
	/** The index's postings, where the undecoded positions are. */
	source: Uint8Array = new Uint8Array(0);
	hasPositions = false;
	/** Corpus words matched, closest first. */
	words: string[] = [];

	constructor(articles: number) {
		this.typos = new Uint8Array(articles).fill(NONE);
		this.field = new Uint8Array(articles).fill(NONE);
		this.weight = new Float32Array(articles);
		this.posFrom = new Int32Array(articles);
		this.posCount = new Int32Array(articles);
	}

	/** Adds an article to `docs` the first time it is matched. */
	add(doc: number): void {
		this.reserveDocs(this.count + 1);
		this.docs[this.count++] = doc;
	}

	/** Room for `n` matched articles in `docs`, keeping those listed so far. */
	reserveDocs(n: number): void {
		if (n > this.docs.length) {
			const grown = new Int32Array(Math.max(n, this.docs.length * 2));
			grown.set(this.docs.subarray(0, this.count));
			this.docs = grown;
		}
	}

	/** Room for `n` positions, keeping those written so far. */
	reservePositions(n: number): Int32Array {
		if (n > this.positions.length) {
			const grown = new Int32Array(Math.max(n, this.positions.length * 2));
			grown.set(this.positions);
			this.positions = grown;
		}
		return this.positions;
	}

	/**
	 * Decodes the article's positions (position deltas as varints) into `positions`, if they are
	 * still in the index: queries on common words need them for a few articles only.
	 */
	place(doc: number): void {
		const coded = this.posCount[doc];
		if (coded >= 0) return;
		const length = ~coded;
		const at = this.posFrom[doc];
		// A position takes a byte at least.
		const count = decodePositions(this.source, at, at + length, Infinity, this.reservePositions(this.posEnd + length), this.posEnd);
		this.posFrom[doc] = this.posEnd;
		this.posCount[doc] = count;
		this.posEnd += count;
	}

	/** Notes a phrase's match in an article: its best field, weight, and its starts at positions[from, from + count). */
	matchPhrase(doc: number, field: number, weight: number, from: number, count: number): void {
		this.add(doc);
		this.typos[doc] = 0;
		this.field[doc] = field;
		this.weight[doc] = weight;
		this.posFrom[doc] = from;
		this.posCount[doc] = count;
	}

	clear(): void {
		for (let j = 0; j < this.count; j++) {
			const d = this.docs[j];
			this.typos[d] = NONE;
			this.field[d] = NONE;
			this.weight[d] = 0;
			this.posCount[d] = 0;
		}
		this.count = 0;
		this.posEnd = 0;
		this.leaf = null;
		this.hasPositions = false;
		this.words = [];
	}
}
