/**
 * The site's search index as the search worker holds it: the head (vocabulary, sizes, where
 * the shards start, each article's length code) from the start, and the shards of postings
 * that queries have needed. A query that asks for a word whose shard is not here gets no
 * postings for it, and the index notes the shard (`needed`): the worker fetches the shards
 * and asks again, so the answer it posts is always complete. The numbers (runs of digits) are
 * not in the head: a query that names one fetches the number table that holds it the same
 * way. The file layout is in index-shards.ts.
 *
 * The engine reads a word's postings in the in-memory index's layout (article, summary,
 * positions' length, positions), one buffer for all words of a query (a leaf keeps offsets
 * into it to decode positions later), so each word it asks for is rebuilt here from its two
 * shards into `arena`, a word pair from its pair shard and pair position shard the same way.
 * Postings asked for without positions get empty position blocks.
 */
import { ByteWriter, readVarint } from '../varint';
import { unframe } from '../corpus/frame';
import type { IndexReader, ShortField } from './index-reader';
import { offsetsInShards } from './index-shards';
import { NumberTables } from './number-tables';
import { pairDirectory, type PairPlace } from './pair-shards';
import { pairBucket, pairKey } from './pairs';
import { averageOfHundredths } from './postings';
import { eachShortPosting, type ShortVisitor } from './token-index';

/** Count shards, position shards, number tables, pair shards and their positions (see index-shards.ts). */
export type ShardKind = 'count' | 'pos' | 'num' | 'pair' | 'pairPos';
export interface ShardNeed {
	kind: ShardKind;
	shard: number;
}

/** Inflated shards kept past the query that needed them, in bytes; older ones go first. */
const SHARD_CACHE_BYTES = 64 << 20;
/** Rebuilt postings kept for later queries, in bytes, before the arena starts afresh. */
const ARENA_BYTES = 96 << 20;

const EMPTY = { bytes: new Uint8Array(0), from: 0, to: 0 };

/** The shard holding word `w`, given each shard's first word (sorted, one past the last at the end). */
function shardOf(first: Uint32Array, w: number): number {
	let lo = 0;
	let hi = first.length - 2;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (first[mid] <= w) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

export class ShardedIndex implements IndexReader {
	readonly docCount: number;
	/** The words but the numbers, sorted: ids 0 to words.length - 1; the numbers follow them. */
	readonly words: string[];
	/** The numbers, from their tables as queries fetch them. */
	readonly numbers: NumberTables;
	readonly lengths: Uint8Array;
	readonly averageLength: number;
	readonly build: string;
	readonly shardCount: number;
	private textLen: Uint32Array;
	private placeLen: Uint32Array;
	private codeLen: Uint32Array;
	private posLen: Uint32Array;
	private countFirst: Uint32Array;
	private posFirst: Uint32Array;
	private countAt: Uint32Array;
	private posAt: Uint32Array;
	/** Pair shards, one per bucket, and the ids of the common words whose pairs they hold (see pairs.ts). */
	private pairBuckets: number;
	/** The largest pairs, each in a pair shard of its own (past the buckets), by key. */
	private ownPairs = new Map<string, number>();
	private common: Set<number>;
	/** Each pair shard's pairs, where their postings are in it, read when first asked. */
	private pairDirectories = new WeakMap<Uint8Array, Map<string, PairPlace>>();
	/** Inflated shards by key (`count:3`), least recently used first. */
	private shards = new Map<string, Uint8Array>();
	private shardBytes = 0;
	private needs = new Map<string, ShardNeed>();
	/** Postings rebuilt for the engine, and where each word's (by id) and pair's (by key) are (`full`: with positions). */
	private arena = new ByteWriter();
	private placed = new Map<number | string, { from: number; to: number; full: boolean }>();

	/**
	 * `bytes`: the head file, or its content already unframed (see unframeAsync); `build`, when
	 * given, must be the head's (BundleChanged otherwise); `cacheBytes`: how much of the shards
	 * fetched to keep (a benchmark keeps them all).
	 */
	constructor(
		bytes: Uint8Array | { build: string; content: Uint8Array },
		build?: string,
		private cacheBytes = SHARD_CACHE_BYTES
	) {
		const head = bytes instanceof Uint8Array ? unframe('WIH3', bytes, build) : bytes;
		this.build = head.build;
		const content = head.content;
		const at = { at: 0 };
		const next = () => readVarint(content, at);
		this.docCount = next();
		const named = next();
		const countShards = next();
		const posShards = next();
		this.shardCount = countShards;
		const wordBytes = next();
		this.words = named ? new TextDecoder().decode(content.subarray(at.at, at.at + wordBytes)).split('\n') : [];
		at.at += wordBytes;
		const sizes: number[][] = [[], [], [], []];
		for (let w = 0; w < named; w++) for (const list of sizes) list.push(next());
		const firsts = (count: number) => {
			const first = new Uint32Array(count + 1);
			for (let s = 0; s <= count; s++) first[s] = next() + (s ? first[s - 1] : 0);
			return first;
		};
		this.countFirst = firsts(countShards);
		this.posFirst = firsts(posShards);
		// The articles' lengths, then the number tables' firsts.
		this.averageLength = averageOfHundredths(next());
		this.lengths = content.slice(at.at, at.at + this.docCount);
		at.at += this.docCount;
		const numberCount = next();
		const tableFirst = Array.from({ length: countShards }, () => {
			const length = next();
			const first = new TextDecoder().decode(content.subarray(at.at, at.at + length));
			at.at += length;
			return first;
		});
		this.numbers = new NumberTables(tableFirst, numberCount, named, (t) => this.needs.set(`num:${t}`, { kind: 'num', shard: t }));
		this.pairBuckets = next();
		for (let k = 0, own = next(); k < own; k++) {
			const length = next();
			this.ownPairs.set(new TextDecoder().decode(content.subarray(at.at, at.at + length)), this.pairBuckets + k);
			at.at += length;
		}
		this.common = new Set();
		for (let k = next(), id = 0; k > 0; k--) this.common.add((id += next()));
		const wordCount = named + numberCount;
		this.textLen = new Uint32Array(wordCount);
		this.placeLen = new Uint32Array(wordCount);
		this.codeLen = new Uint32Array(wordCount);
		this.posLen = new Uint32Array(wordCount);
		this.textLen.set(sizes[0]);
		this.placeLen.set(sizes[1]);
		this.codeLen.set(sizes[2]);
		this.posLen.set(sizes[3]);
		// Each word's offset in its shards: the numbers come after the other words in any shard, so
		// these hold for all but them, whose own come with their table.
		this.countAt = offsetsInShards(
			this.textLen.map((t, w) => t + this.placeLen[w] + this.codeLen[w]),
			this.countFirst
		);
		this.posAt = offsetsInShards(this.posLen, this.posFirst);
		if (at.at > content.length) throw new Error('the search index file is cut short (reload)');
	}

	volume(word: number): number {
		return this.textLen[word] + this.posLen[word];
	}

	incomplete(): boolean {
		return this.needs.size > 0;
	}

	/** The shards that queries asked for since the last call and that are not here. */
	needed(): ShardNeed[] {
		const out = [...this.needs.values()];
		this.needs.clear();
		return out;
	}

	/** Adds a fetched shard file or number table: BundleChanged when it is of another build, an error when damaged. */
	add(need: ShardNeed, file: Uint8Array): void {
		if (need.kind === 'num') {
			const sizes = [this.textLen, this.placeLen, this.codeLen, this.posLen, this.countAt, this.posAt] as const;
			return this.numbers.add(need.shard, unframe('WSIN', file, this.build).content, sizes);
		}
		const kinds = { count: 'WIC2', pos: 'WIP2', pair: 'WIQ2', pairPos: 'WIR1' } as const;
		const { content } = unframe(kinds[need.kind], file, this.build);
		const key = `${need.kind}:${need.shard}`;
		if (this.shards.has(key)) return;
		this.shards.set(key, content);
		this.shardBytes += content.length;
	}

	wordAt(id: number): string {
		return id < this.words.length ? this.words[id] : this.numbers.numberAt(id);
	}

	beginQuery(): void {
		this.needs.clear();
		for (const [key, content] of this.shards) {
			if (this.shardBytes <= this.cacheBytes || this.shards.size <= 1) break;
			this.shards.delete(key);
			this.shardBytes -= content.length;
		}
		// A leaf of the last query keeps the old buffer it read: starting afresh never changes it.
		if (this.arena.length > ARENA_BYTES) {
			this.arena = new ByteWriter();
			this.placed.clear();
		}
	}

	/** The shard's content, marked as used just now; undefined (and noted as needed) when it is not here. */
	private shard(kind: ShardKind, shard: number): Uint8Array | undefined {
		const key = `${kind}:${shard}`;
		const content = this.shards.get(key);
		if (!content) {
			this.needs.set(key, { kind, shard });
			return undefined;
		}
		this.shards.delete(key);
		this.shards.set(key, content);
		return content;
	}

	textPostings(word: number, positions: boolean): { bytes: Uint8Array; from: number; to: number } {
		const done = this.placed.get(word);
		if (done && (done.full || !positions)) return { bytes: this.arena.bytes, from: done.from, to: done.to };
		if (this.textLen[word] === 0) return EMPTY;
		const counts = this.shard('count', shardOf(this.countFirst, word));
		const places = positions ? this.shard('pos', shardOf(this.posFirst, word)) : undefined;
		if (!counts || (positions && !places)) return EMPTY;
		const at = this.countAt[word];
		return this.rebuild(word, counts, at, at + this.textLen[word], places, places ? this.posAt[word] : 0);
	}

	/**
	 * Postings read from their counts (`counts` from `at` to `end`) and, when `places` is given,
	 * their positions from `placesAt`, joined into the arena in the in-memory index's layout
	 * (empty position blocks without them), and noted under `key` for later queries.
	 */
	private rebuild(
		key: number | string,
		counts: Uint8Array,
		at: number,
		end: number,
		places: Uint8Array | undefined,
		placesAt: number
	): { bytes: Uint8Array; from: number; to: number } {
		const from = this.arena.length;
		const read = { at };
		const pos = { at: placesAt };
		const out = this.arena;
		while (read.at < end) {
			const start = read.at;
			readVarint(counts, read);
			readVarint(counts, read);
			out.raw(counts.subarray(start, read.at));
			if (places) {
				const lengthAt = pos.at;
				const blockEnd = readVarint(places, pos) + pos.at;
				out.raw(places.subarray(lengthAt, blockEnd));
				pos.at = blockEnd;
			} else out.varint(0);
		}
		this.placed.set(key, { from, to: out.length, full: places !== undefined });
		return { bytes: out.bytes, from, to: out.length };
	}

	pairPostings(a: number, b: number, positions: boolean): { bytes: Uint8Array; from: number; to: number } | null {
		if (!this.pairBuckets || !(this.common.has(a) || this.common.has(b))) return null;
		const key = pairKey(this.wordAt(a), this.wordAt(b));
		const done = this.placed.get(key);
		if (done && (done.full || !positions)) return { bytes: this.arena.bytes, from: done.from, to: done.to };
		const shard = this.ownPairs.get(key) ?? pairBucket(key, this.pairBuckets);
		const counts = this.shard('pair', shard);
		const places = positions ? this.shard('pairPos', shard) : undefined;
		if (!counts || (positions && !places)) return EMPTY;
		let directory = this.pairDirectories.get(counts);
		if (!directory) this.pairDirectories.set(counts, (directory = pairDirectory(counts)));
		const found = directory.get(key);
		if (!found) return EMPTY;
		if (places && found.placesTo > places.length) throw new Error('the search index file is cut short (reload)');
		return this.rebuild(key, counts, found.from, found.to, places, found.placesFrom);
	}

	hasShort(field: ShortField, word: number): boolean {
		return (field === 'place' ? this.placeLen[word] : this.codeLen[word]) > 0;
	}

	eachShort(field: ShortField, word: number, visit: ShortVisitor): void {
		const length = field === 'place' ? this.placeLen[word] : this.codeLen[word];
		if (length === 0) return;
		const counts = this.shard('count', shardOf(this.countFirst, word));
		if (!counts) return;
		const from = this.countAt[word] + this.textLen[word] + (field === 'code' ? this.placeLen[word] : 0);
		eachShortPosting(counts, from, from + length, visit);
	}
}
