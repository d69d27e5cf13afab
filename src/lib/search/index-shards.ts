/**
 * Splits the search index into files a page fetches a query at a time: a head (the
 * vocabulary, each word's sizes, each article's shape) fetched once, then shards of postings
 * fetched by the words a query stands for. Counting and ranking need each word's articles with
 * its weighted occurrences and best field; positions are needed only for phrases, titles and
 * the proximity of several words, so they are shards of their own. See docs/search.md.
 *
 * Words are numbered in the files' order: every word but the numbers (runs of digits: years,
 * amounts, news codes, a corpus holds about as many as it has articles), sorted, then the
 * numbers, sorted. The head holds the words but the numbers; the numbers are in number tables
 * as many as the shards, fetched by a query that names one (see ShardedIndex.findNumber).
 *
 * Head content (varints unless said): article count, word count (numbers left out), count
 * shards, position shards; the words' UTF-8 byte length and the words joined by "\n"; per word
 * its text counting bytes, place bytes, code bytes and position bytes; the first word of each
 * count shard (and one past the last), then of each position shard, as deltas; per article its
 * title end, lead length and word count; then the number of numbers, and for each number table
 * the UTF-8 byte length of its first number and the number ("" for an empty table).
 *
 * A number table holds its numbers' UTF-8 byte length and the numbers joined by "\n", then per
 * number its four sizes as in the head and its offsets in its count shard and position shard.
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
	/** The number tables: as many as the shards, numbers shared out evenly (see numbersAt). */
	numbers: Uint8Array[];
}

/** Whether a word is a number, kept out of the head in number tables. */
export function isNumber(word: string): boolean {
	return /^[0-9]+$/.test(word);
}

/** Where number table `t` of `tables` starts among `numbers` numbers (and `numbersAt(tables)` is their count). */
export function numbersAt(t: number, tables: number, numbers: number): number {
	return Math.floor((t * numbers) / tables);
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
	// The files' order: the words but the numbers, then the numbers (each list stays sorted).
	const order = [...index.words.keys()].filter((w) => !isNumber(index.words[w]));
	const named = order.length;
	for (let w = 0; w < n; w++) if (isNumber(index.words[w])) order.push(w);
	const textLen = new Uint32Array(n);
	const placeLen = new Uint32Array(n);
	const codeLen = new Uint32Array(n);
	const posLen = new Uint32Array(n);
	const counting: Uint8Array[] = [];
	const placing: Uint8Array[] = [];
	for (let k = 0; k < n; k++) {
		const w = order[k];
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
		textLen[k] = count.length;
		placeLen[k] = place.to - place.from;
		codeLen[k] = code.to - code.from;
		posLen[k] = pos.length;
		count.raw(place.bytes.subarray(place.from, place.to));
		count.raw(code.bytes.subarray(code.from, code.to));
		counting.push(count.done());
		placing.push(pos.done());
	}
	const countSizes = textLen.map((t, k) => t + placeLen[k] + codeLen[k]);
	const countFirst = cutShards(countSizes, shards);
	const posFirst = cutShards(posLen, shards);
	const countAt = offsetsInShards(countSizes, countFirst);
	const posAt = offsetsInShards(posLen, posFirst);
	const build = index.build;
	const files = (first: Uint32Array, parts: Uint8Array[], kind: 'WSIC' | 'WSIP') =>
		Array.from({ length: shards }, (_, s) => {
			const out = new ByteWriter();
			for (let w = first[s]; w < first[s + 1]; w++) out.raw(parts[w]);
			return frame(kind, build, out.done());
		});

	const head = new ByteWriter();
	for (const v of [index.docCount, named, shards, shards]) head.varint(v);
	const wordBytes = new TextEncoder().encode(
		order
			.slice(0, named)
			.map((w) => index.words[w])
			.join('\n')
	);
	head.varint(wordBytes.length);
	head.raw(wordBytes);
	for (let k = 0; k < named; k++) {
		head.varint(textLen[k]);
		head.varint(placeLen[k]);
		head.varint(codeLen[k]);
		head.varint(posLen[k]);
	}
	for (const first of [countFirst, posFirst]) for (let s = 0; s <= shards; s++) head.varint(first[s] - (s ? first[s - 1] : 0));
	const shapes = index.shapes;
	for (let d = 0; d < index.docCount; d++) {
		head.varint(shapes[d * 3]);
		head.varint(shapes[d * 3 + 1] - shapes[d * 3]);
		head.varint(shapes[d * 3 + 2]);
	}
	const numbers = order.slice(named).map((w) => index.words[w]);
	head.varint(numbers.length);
	const tables: Uint8Array[] = [];
	for (let t = 0; t < shards; t++) {
		const from = numbersAt(t, shards, numbers.length);
		const to = numbersAt(t + 1, shards, numbers.length);
		const first = new TextEncoder().encode(from < to ? numbers[from] : '');
		head.varint(first.length);
		head.raw(first);
		const table = new ByteWriter();
		const text = new TextEncoder().encode(numbers.slice(from, to).join('\n'));
		table.varint(text.length);
		table.raw(text);
		for (let k = named + from; k < named + to; k++)
			for (const v of [textLen[k], placeLen[k], codeLen[k], posLen[k], countAt[k], posAt[k]]) table.varint(v);
		tables.push(frame('WSIN', build, table.done()));
	}
	return {
		head: frame('WSIH', build, head.done()),
		counts: files(countFirst, counting, 'WSIC'),
		positions: files(posFirst, placing, 'WSIP'),
		numbers: tables
	};
}

/** Each word's offset within its shard, from the words' sizes and the shards' first words. */
export function offsetsInShards(sizes: Uint32Array, first: Uint32Array): Uint32Array {
	const at = new Uint32Array(sizes.length);
	for (let s = 0; s + 1 < first.length; s++) {
		let offset = 0;
		for (let w = first[s]; w < first[s + 1]; w++) {
			at[w] = offset;
			offset += sizes[w];
		}
	}
	return at;
}
