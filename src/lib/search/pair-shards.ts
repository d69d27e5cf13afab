/**
 * The pair shards' files (see pairs.ts): written by the build's merge from the pair segments,
 * read by the page's index (ShardedIndex.pairPostings).
 */
import { ByteWriter, readVarint } from '../varint';
import { frame } from '../corpus/frame';
import { eachSegmentWord, joinLists, type ByteSource, type SegmentWord } from './index-segments';
import { ofSegmentKey } from './pairs';

/** The word pairs' segments, the common words that chose them and their buckets (see pairs.ts). */
export interface PairSegments {
	sources: readonly ByteSource[];
	common: ReadonlySet<string>;
	buckets: number;
}

/** A pair's postings this large or more may get a file of its own (see writePairShards). */
const LARGE_PAIR_BYTES = 1 << 10;

/**
 * A pair's joined postings across segments, cut in two as a word's are: its counting stream
 * (per article: article - previous - 1, summary) into `counts`, its positions (per article:
 * their byte length, the deltas) into `places`.
 */
function joinPair(entries: readonly SegmentWord[], counts: ByteWriter, places: ByteWriter, scratch: ByteWriter): void {
	scratch.length = 0;
	joinLists(
		entries.map((e) => e.lists[0]),
		scratch
	);
	const at = { at: 0 };
	const countBytes = scratch.bytes;
	for (const e of entries) {
		const blocks = { at: 0 };
		while (blocks.at < e.positions.length) {
			const start = at.at;
			readVarint(countBytes, at);
			readVarint(countBytes, at);
			counts.raw(countBytes.subarray(start, at.at));
			const lengthAt = blocks.at;
			const end = readVarint(e.positions, blocks) + blocks.at;
			places.raw(e.positions.subarray(lengthAt, end));
			blocks.at = end;
		}
	}
}

/** One pair shard at a time: its pairs' directory, counts and positions as they come, written out by `close`. */
class PairShardWriter {
	private directory = new ByteWriter();
	private counts = new ByteWriter();
	private places = new ByteWriter();
	private count = 0;

	constructor(
		private build: string,
		private write: (kind: 'pairs' | 'pairPositions', n: number, bytes: Uint8Array) => void,
		private scratch: ByteWriter
	) {}

	add(key: string, entries: readonly SegmentWord[]): void {
		const counts = this.counts.length;
		const places = this.places.length;
		joinPair(entries, this.counts, this.places, this.scratch);
		const text = new TextEncoder().encode(key);
		this.directory.varint(text.length);
		this.directory.raw(text);
		this.directory.varint(this.counts.length - counts);
		this.directory.varint(this.places.length - places);
		this.count++;
	}

	/** Writes the pairs added since the last close as pair shard `n` and its positions. */
	close(n: number): void {
		const out = new ByteWriter();
		out.varint(this.count);
		out.raw(this.directory.done());
		out.raw(this.counts.done());
		this.write('pairs', n, frame('WIQ2', this.build, out.done()));
		this.write('pairPositions', n, frame('WIR1', this.build, this.places.done()));
		this.directory.length = 0;
		this.counts.length = 0;
		this.places.length = 0;
		this.count = 0;
	}
}

/**
 * The pair shards: `buckets` shards of the pairs that hash to them, then `buckets` more for the
 * largest pairs, one each (those past a bucket's share of the bytes, the largest first while
 * there is room), so that a query for a rare pair never fetches a common one that shares its
 * bucket. As a word's postings are, each pair's are cut in two, so that a query that needs no
 * positions (two words near each other, a phrase of two) fetches only the first: pair shard
 * `q/N` holds its pairs' count, per pair its key's UTF-8 byte length, the key, its counts' and
 * its positions' byte lengths, then the counts one after another (per article: article -
 * previous - 1, summary, as a count shard's); pair position shard `r/N` holds the same pairs'
 * positions in the same order (per article: their byte length, the deltas, as a position
 * shard's). Returns the large pairs' keys, in the order of their shards. The segments are read
 * twice: once for the sizes.
 */
export function writePairShards(
	pairs: PairSegments,
	build: string,
	write: (kind: 'pairs' | 'pairPositions', n: number, bytes: Uint8Array) => void
): string[] {
	const { buckets } = pairs;
	const scratch = new ByteWriter();
	const sized = new ByteWriter();
	let total = 0;
	const large: { name: string; size: number }[] = [];
	eachSegmentWord(pairs.sources, (name, entries) => {
		sized.length = 0;
		joinPair(entries, sized, sized, scratch);
		total += sized.length;
		if (sized.length < LARGE_PAIR_BYTES) return;
		large.push({ name, size: sized.length });
		// Only the largest `buckets` can have a shard of their own.
		if (large.length > 4 * buckets) large.sort((a, b) => b.size - a.size).length = buckets;
	});
	const share = Math.ceil(total / buckets);
	const own = large
		.filter((p) => p.size >= share)
		.sort((a, b) => b.size - a.size)
		.slice(0, buckets)
		.map((p) => p.name)
		.sort();
	const ownFile = new Map(own.map((name, k) => [name, buckets + k]));

	const bucketShard = new PairShardWriter(build, write, scratch);
	const ownShard = new PairShardWriter(build, write, scratch);
	let bucket = 0;
	eachSegmentWord(pairs.sources, (name, entries) => {
		const { bucket: b, key } = ofSegmentKey(name);
		while (bucket < b) bucketShard.close(bucket++);
		const n = ownFile.get(name);
		if (n === undefined) return bucketShard.add(key, entries);
		// A large pair's shard is written at once, its bucket's still filling.
		ownShard.add(key, entries);
		ownShard.close(n);
	});
	while (bucket < buckets) bucketShard.close(bucket++);
	for (let n = buckets + own.length; n < 2 * buckets; n++) ownShard.close(n);
	return own.map((name) => ofSegmentKey(name).key);
}

/** Where a pair's postings lie: its counts in its pair shard, its positions in the pair position shard. */
export interface PairPlace {
	from: number;
	to: number;
	placesFrom: number;
	placesTo: number;
}

/** A pair shard's pairs and where each one's counts and positions lie (see writePairShards). */
export function pairDirectory(content: Uint8Array): Map<string, PairPlace> {
	const at = { at: 0 };
	const count = readVarint(content, at);
	const entries: [string, number, number][] = [];
	const decoder = new TextDecoder();
	for (let k = 0; k < count; k++) {
		const length = readVarint(content, at);
		const key = decoder.decode(content.subarray(at.at, at.at + length));
		at.at += length;
		entries.push([key, readVarint(content, at), readVarint(content, at)]);
	}
	const directory = new Map<string, PairPlace>();
	let from = at.at;
	let placesFrom = 0;
	for (const [key, counts, places] of entries) {
		directory.set(key, { from, to: from + counts, placesFrom, placesTo: placesFrom + places });
		from += counts;
		placesFrom += places;
	}
	if (from > content.length) throw new Error('the search index file is cut short (reload)');
	return directory;
}
