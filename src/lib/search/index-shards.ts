/**
 * Splits the search index into files a page fetches a query at a time: a head (the
 * vocabulary, each word's sizes, each article's length code) fetched once, then shards of
 * postings fetched by the words a query stands for. Counting and ranking need each word's articles with
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
 * count shard (and one past the last), then of each position shard, as deltas; the articles'
 * average length in hundredths of a word, then each article's length code (a byte, see
 * lengthCode); then the number of numbers, and for each number table the UTF-8 byte length of
 * its first number and the number ("" for an empty table); then the pair shards' buckets, the
 * count of the largest pairs (each a pair shard of its own, after the buckets) and each one's
 * key as UTF-8 byte length and bytes, in the order of their shards; then the count of the common
 * words and their ids, ascending, as deltas (see pairs.ts and pair-shards.ts).
 *
 * A number table holds its numbers' UTF-8 byte length and the numbers joined by "\n", then per
 * number its four sizes as in the head and its offsets in its count shard and position shard.
 *
 * A count shard holds, word after word, the text counting stream (per article: article -
 * previous - 1, summary), then the place and the code postings. A position shard holds, per
 * word and article, the positions' byte length and the position deltas. Together they are the
 * in-memory index's stream, cut in two (see TokenIndex.textPostings).
 */
import { ByteWriter } from '../varint';
import { frame, type FrameKind } from '../corpus/frame';
import { bytesSource, eachSegmentWord, isNumber, joinLists, segmentOfIndex, type ByteSource } from './index-segments';
import { PairIndexer } from './pairs';
import { writePairShards, type PairSegments } from './pair-shards';
import type { IndexedText } from './postings';
import { buildTokenIndex, TokenIndex } from './token-index';

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
	/** The pair shards, one per bucket (see pairs.ts), and their positions. */
	pairs: Uint8Array[];
	pairPositions: Uint8Array[];
}

/** A file of the index: its head, or shard, number table, pair shard or pair position shard `n`. */
export type IndexFile = { kind: 'head' } | { kind: 'counts' | 'positions' | 'numbers' | 'pairs' | 'pairPositions'; n: number };

export { isNumber };

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

/** What the head says of the articles besides the words: how many, their average length in hundredths of a word (see averageHundredths), and each one's length code. */
export interface IndexArticles {
	docCount: number;
	averageHundredths: number;
	lengthCodes: Uint8Array;
	build: string;
}

/** Shard files of one kind written in word order: a shard is framed and handed on once its last word is in. */
class ShardWriter {
	private shard = 0;
	private out = new ByteWriter();

	constructor(
		private first: Uint32Array,
		private kind: FrameKind,
		private file: 'counts' | 'positions',
		private build: string,
		private write: (file: IndexFile, bytes: Uint8Array) => void
	) {}

	/** Word `k` is next (every word before it is written). */
	at(k: number): void {
		while (this.shard + 1 < this.first.length && k >= this.first[this.shard + 1]) {
			this.write({ kind: this.file, n: this.shard++ }, frame(this.kind, this.build, this.out.done()));
			this.out = new ByteWriter();
		}
	}

	raw(bytes: Uint8Array): void {
		this.out.raw(bytes);
	}
}

/**
 * The index's files merged from segments of runs of articles in order (see index-segments.ts),
 * handed to `write` one at a time: the shards as they fill, then the number tables and the
 * head. The segments are read twice, a window at a time: once for each word's sizes (which
 * place the cuts between shards), once to write the shards.
 */
export function mergeSegments(
	segments: readonly ByteSource[],
	articles: IndexArticles,
	shards: number,
	pairs: PairSegments,
	write: (file: IndexFile, bytes: Uint8Array) => void
): void {
	const named: string[] = [];
	const numbers: string[] = [];
	const sizes: number[][] = [[], [], [], []];
	const joined = new ByteWriter();
	eachSegmentWord(segments, (word, entries) => {
		(isNumber(word) ? numbers : named).push(word);
		for (let l = 0; l < 3; l++) {
			joined.length = 0;
			joinLists(
				entries.map((e) => e.lists[l]),
				joined
			);
			sizes[l].push(joined.length);
		}
		sizes[3].push(entries.reduce((sum, e) => sum + e.positions.length, 0));
	});
	const [textLen, placeLen, codeLen, posLen] = sizes.map((s) => Uint32Array.from(s));
	const countSizes = textLen.map((t, k) => t + placeLen[k] + codeLen[k]);
	const countFirst = cutShards(countSizes, shards);
	const posFirst = cutShards(posLen, shards);
	const { build } = articles;

	const counting = new ShardWriter(countFirst, 'WIC2', 'counts', build, write);
	const placing = new ShardWriter(posFirst, 'WIP2', 'positions', build, write);
	let k = 0;
	eachSegmentWord(segments, (_, entries) => {
		counting.at(k);
		placing.at(k++);
		for (let l = 0; l < 3; l++) {
			joined.length = 0;
			joinLists(
				entries.map((e) => e.lists[l]),
				joined
			);
			counting.raw(joined.done());
		}
		for (const e of entries) placing.raw(e.positions);
	});
	counting.at(Infinity);
	placing.at(Infinity);
	const ownPairs = writePairShards(pairs, build, (kind, n, bytes) => write({ kind, n }, bytes));

	const countAt = offsetsInShards(countSizes, countFirst);
	const posAt = offsetsInShards(posLen, posFirst);
	const count = named.length;
	for (let t = 0; t < shards; t++) {
		const from = numbersAt(t, shards, numbers.length);
		const to = numbersAt(t + 1, shards, numbers.length);
		const table = new ByteWriter();
		const text = new TextEncoder().encode(numbers.slice(from, to).join('\n'));
		table.varint(text.length);
		table.raw(text);
		for (let w = count + from; w < count + to; w++)
			for (const v of [textLen[w], placeLen[w], codeLen[w], posLen[w], countAt[w], posAt[w]]) table.varint(v);
		write({ kind: 'numbers', n: t }, frame('WSIN', build, table.done()));
	}

	const head = new ByteWriter();
	for (const v of [articles.docCount, count, shards, shards]) head.varint(v);
	const wordBytes = new TextEncoder().encode(named.join('\n'));
	head.varint(wordBytes.length);
	head.raw(wordBytes);
	for (let w = 0; w < count; w++) {
		head.varint(textLen[w]);
		head.varint(placeLen[w]);
		head.varint(codeLen[w]);
		head.varint(posLen[w]);
	}
	for (const first of [countFirst, posFirst]) for (let s = 0; s <= shards; s++) head.varint(first[s] - (s ? first[s - 1] : 0));
	head.varint(articles.averageHundredths);
	head.raw(articles.lengthCodes);
	head.varint(numbers.length);
	for (let t = 0; t < shards; t++) {
		const from = numbersAt(t, shards, numbers.length);
		const first = new TextEncoder().encode(from < numbersAt(t + 1, shards, numbers.length) ? numbers[from] : '');
		head.varint(first.length);
		head.raw(first);
	}
	head.varint(pairs.buckets);
	head.varint(ownPairs.length);
	for (const key of ownPairs) {
		const text = new TextEncoder().encode(key);
		head.varint(text.length);
		head.raw(text);
	}
	const common = commonIds(pairs.common, named, numbers);
	head.varint(common.length);
	common.forEach((id, k) => head.varint(id - (k ? common[k - 1] : 0)));
	write({ kind: 'head' }, frame('WIH3', build, head.done()));
}

/** The ids of the common words, ascending: the words' place among the words but the numbers, then among the numbers after them. */
function commonIds(common: ReadonlySet<string>, named: readonly string[], numbers: readonly string[]): number[] {
	const find = (list: readonly string[], w: string) => {
		let lo = 0;
		let hi = list.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (list[mid] === w) return mid;
			if (list[mid] < w) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	};
	const ids: number[] = [];
	for (const w of common) {
		const id = isNumber(w) ? find(numbers, w) : find(named, w);
		if (id >= 0) ids.push(isNumber(w) ? named.length + id : id);
	}
	return ids.sort((a, b) => a - b);
}

/** The index files of articles held in memory, in `shards` shards of each kind: the merge of one segment of their words and one of their pairs. */
export function shardIndex(docs: readonly IndexedText[], shards: number, build = ''): IndexFiles {
	const index = new TokenIndex(buildTokenIndex(docs, build));
	const files: IndexFiles = { head: new Uint8Array(0), counts: [], positions: [], numbers: [], pairs: [], pairPositions: [] };
	const articles = {
		docCount: index.docCount,
		averageHundredths: Math.round(index.averageLength * 100),
		lengthCodes: index.lengths,
		build
	};
	const pairSegments: ByteSource[] = [];
	const pairs = new PairIndexer(shards, Infinity, (segment) => pairSegments.push(bytesSource(segment)));
	docs.forEach((d, k) => pairs.add(k, d));
	const common = pairs.finish();
	mergeSegments(
		[bytesSource(segmentOfIndex(index))],
		articles,
		shards,
		{ sources: pairSegments, common, buckets: shards },
		(file, bytes) => {
			if (file.kind === 'head') files.head = bytes;
			else files[file.kind][file.n] = bytes;
		}
	);
	return files;
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
