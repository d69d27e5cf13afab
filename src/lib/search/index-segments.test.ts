import { describe, expect, it } from 'vitest';
import { synthCorpus } from '../corpus/synth-corpus';
import { toIndexedText } from './documents';
import { bytesSource, SegmentReader, writeSegment, type ByteSource } from './index-segments';
import { mergeSegments, shardIndex, type IndexFiles } from './index-shards';
import { PairIndexer } from './pairs';
import { averageHundredths, PostingCollector } from './postings';

const docs = synthCorpus(500).map(toIndexedText);
const build = 'ws1-test';

/** The index's files from segments of `size` articles each, merged. */
function merged(size: number, shards: number): IndexFiles {
	const segments: ByteSource[] = [];
	const pairSegments: ByteSource[] = [];
	const pairs = new PairIndexer(shards, size, (segment) => pairSegments.push(bytesSource(segment)));
	docs.forEach((d, k) => pairs.add(k, d));
	const common = pairs.finish();
	let words = 0;
	const codes: Uint8Array[] = [];
	for (let first = 0; first < docs.length; first += size) {
		const collector = new PostingCollector(first);
		for (const d of docs.slice(first, first + size)) collector.add(d);
		segments.push(bytesSource(writeSegment(collector)));
		words += collector.totalLength;
		codes.push(collector.lengthCodes.done().slice());
	}
	const files: IndexFiles = { head: new Uint8Array(0), counts: [], positions: [], numbers: [], pairs: [], pairPositions: [] };
	const order: string[] = [];
	mergeSegments(
		segments,
		{ docCount: docs.length, averageHundredths: averageHundredths(words, docs.length), lengthCodes: Buffer.concat(codes), build },
		shards,
		{ sources: pairSegments, common, buckets: shards },
		(file, bytes) => {
			order.push(file.kind);
			if (file.kind === 'head') files.head = bytes;
			else files[file.kind][file.n] = bytes;
		}
	);
	// The head comes last: a build writes it once every shard is out.
	expect(order.at(-1)).toBe('head');
	return files;
}

describe('index segments', () => {
	const whole = shardIndex(docs, 7, build);

	it('merge into the same files as the whole corpus indexed at once, however the articles are cut', () => {
		for (const size of [1, 37, 200, 500]) {
			const files = merged(size, 7);
			expect(files.head).toEqual(whole.head);
			expect(files.counts).toEqual(whole.counts);
			expect(files.positions).toEqual(whole.positions);
			expect(files.numbers).toEqual(whole.numbers);
			expect(files.pairs).toEqual(whole.pairs);
		}
	});

	it('are read the same a few bytes at a time as whole', () => {
		const collector = new PostingCollector();
		for (const d of docs.slice(0, 120)) collector.add(d);
		const segment = writeSegment(collector);
		const words = (reader: SegmentReader) => {
			const out: string[] = [];
			for (; reader.current; reader.next())
				out.push(JSON.stringify([reader.current.word, reader.current.lists, [...reader.current.positions]]));
			return out;
		};
		let reads = 0;
		const counted: ByteSource = { size: segment.length, read: (at, length) => (reads++, segment.slice(at, at + length)) };
		const whole = words(new SegmentReader(bytesSource(segment)));
		expect(words(new SegmentReader(counted, 64))).toEqual(whole);
		expect(whole.length).toBe(collector.vocabulary().size);
		// Read in many windows, never whole.
		expect(reads).toBeGreaterThan(20);
	});

	it('say so when a segment is cut short', () => {
		const collector = new PostingCollector();
		collector.add(docs[0]);
		const segment = writeSegment(collector);
		expect(() => {
			const reader = new SegmentReader(bytesSource(segment.subarray(0, segment.length - 3)));
			while (reader.current) reader.next();
		}).toThrow(/cut short/);
	});
});
