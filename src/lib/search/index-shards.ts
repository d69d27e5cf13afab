/**
 * Splits the search index into files a page fetches a query at a time: a head (the
 * vocabulary, each word's sizes, each article's shape) fetched once, then shards of postings
 * fetched by the words a query stands for. Counting and ranking need each word's articles with
 * its weighted occurrences and best field; positions are needed only for phrases, titles and
 * the proximity of several words, so they are shards of their own. See docs/search.md.
 *
 * Head content (varints unless said): article count, word count, count shards, position
 * shards; the words' UTF-8 byte length and the words joined by "\n"; per word its text
 * counting bytes, place bytes, code bytes and position bytes; the first word of each count
 * shard (and one past the last), then of each position shard, as deltas; per article its
 * title end, lead length and word count.
 *
 * A count shard holds, word after word, the text counting stream (per article: article -
 * previous - 1, summary), then the place and the code postings. A position shard holds, per
 * word and article, the positions' byte length and the position deltas. Together they are the
 * in-memory index's stream, cut in two (see TokenIndex.textPostings).
 */
import { ByteWriter, readVarint } from '../varint';
import { frame } from './index-frame';
import type { TokenIndex } from './token-index';

/** Articles per shard: the number of shards follows the corpus's size, so shards stay near a size that one request carries quickly (some tens of kilobytes). */
export const ARTICLES_PER_SHARD = 64;

/** How many count shards and position shards a corpus of (at most) `articles` has: known before the index is built, so the build can list its files early. */
export function shardCount(articles: number): number {
	return Math.max(1, Math.ceil(articles / ARTICLES_PER_SHARD));
}

export interface IndexFiles {
	head: Uint8Array;
	counts: Uint8Array[];
	positions: Uint8Array[];
}

/** Where the shards start: the first word of each of `shards` (and `sizes.length` after the last), cut when a shard reaches its share of the bytes. */
function cutShards(sizes: Uint32Array, shards: number): Uint32Array {
	let total = 0;
	for (const s of sizes) total += s;
	const share = Math.max(1, Math.ceil(total / shards));
	const first = new Uint32Array(shards + 1).fill(sizes.length);
	first[0] = 0;
	let shard = 0;
	let filled = 0;
	for (let w = 0; w < sizes.length; w++) {
		if (filled >= share && shard + 1 < shards) {
			first[++shard] = w;
			filled = 0;
		}
		filled += sizes[w];
	}
	return first;
}

/** The files of `index` in `shards` count shards and as many position shards. */
export function shardIndex(index: TokenIndex, shards: number): IndexFiles {
	const n = index.words.length;
	const textLen = new Uint32Array(n);
	const placeLen = new Uint32Array(n);
	const codeLen = new Uint32Array(n);
	const posLen = new Uint32Array(n);
	const counting: Uint8Array[] = [];
	const placing: Uint8Array[] = [];
	for (let w = 0; w < n; w++) {
		const { bytes, from, to } = index.textPostings(w);
		const count = new ByteWriter();
		const pos = new ByteWriter();
		const at = { at: from };
		while (at.at < to) {
			const start = at.at;
			readVarint(bytes, at);
			readVarint(bytes, at);
			count.raw(bytes.subarray(start, at.at));
			const lengthAt = at.at;
			const end = readVarint(bytes, at) + at.at;
			pos.raw(bytes.subarray(lengthAt, end));
			at.at = end;
		}
		const place = index.shortPostings('place', w);
		const code = index.shortPostings('code', w);
		textLen[w] = count.length;
		placeLen[w] = place.to - place.from;
		codeLen[w] = code.to - code.from;
		posLen[w] = pos.length;
		count.raw(place.bytes.subarray(place.from, place.to));
		count.raw(code.bytes.subarray(code.from, code.to));
		counting.push(count.done());
		placing.push(pos.done());
	}
	const countFirst = cutShards(
		textLen.map((t, w) => t + placeLen[w] + codeLen[w]),
		shards
	);
	const posFirst = cutShards(posLen, shards);
	const build = index.build;
	const files = (first: Uint32Array, parts: Uint8Array[], kind: 'WSIC' | 'WSIP') =>
		Array.from({ length: shards }, (_, s) => {
			const out = new ByteWriter();
			for (let w = first[s]; w < first[s + 1]; w++) out.raw(parts[w]);
			return frame(kind, build, out.done());
		});

	const head = new ByteWriter();
	for (const v of [index.docCount, n, shards, shards]) head.varint(v);
	const wordBytes = new TextEncoder().encode(index.words.join('\n'));
	head.varint(wordBytes.length);
	head.raw(wordBytes);
	for (let w = 0; w < n; w++) {
		head.varint(textLen[w]);
		head.varint(placeLen[w]);
		head.varint(codeLen[w]);
		head.varint(posLen[w]);
	}
	for (const first of [countFirst, posFirst]) for (let s = 0; s <= shards; s++) head.varint(first[s] - (s ? first[s - 1] : 0));
	const shapes = index.shapes;
	for (let d = 0; d < index.docCount; d++) {
		head.varint(shapes[d * 3]);
		head.varint(shapes[d * 3 + 1] - shapes[d * 3]);
		head.varint(shapes[d * 3 + 2]);
	}
	return {
		head: frame('WSIH', build, head.done()),
		counts: files(countFirst, counting, 'WSIC'),
		positions: files(posFirst, placing, 'WSIP')
	};
}
