/**
 * The search index of articles added in bundle order, in bounded memory: their postings are
 * collected a segment at a time (SEGMENT_ARTICLES), each segment written to the scratch folder
 * in the index files' word order, and the segments merged at the end into the head, shards and
 * number tables (see search/index-segments.ts and index-shards.ts). The articles' adjacent word
 * pairs are collected beside them into segments of their own, merged into the pair shards (see
 * search/pairs.ts).
 */
import { join } from 'node:path';
import { writeSegment } from '../search/index-segments';
import { mergeSegments, type IndexFile } from '../search/index-shards';
import { PairIndexer } from '../search/pairs';
import { averageHundredths, PostingCollector, tokensOf, type IndexedText } from '../search/postings';
import { Spill } from './spill';

/** Articles per index segment: what one segment's postings cost in memory (some hundreds of MB). */
export const SEGMENT_ARTICLES = 20_000;

export class SegmentedIndex {
	private segments: Spill[] = [];
	private totalLength = 0;
	private lengthCodes: Uint8Array[] = [];
	private collector = new PostingCollector();
	private inSegment = 0;
	private pairSegments: Spill[] = [];
	private pairs: PairIndexer;

	constructor(
		private scratch: string,
		/** The index's shards (and pair buckets), see shardCount. */
		private shards: number,
		private segmentSize = SEGMENT_ARTICLES,
		/** Told each time a segment is written, with the articles written so far. */
		private written: (articles: number) => void = () => {}
	) {
		this.pairs = new PairIndexer(shards, segmentSize, (segment) => {
			const spill = new Spill(join(this.scratch, `pairs-${this.pairSegments.length}`));
			spill.append(segment);
			this.pairSegments.push(spill);
		});
	}

	add(text: IndexedText): void {
		const tokens = tokensOf(text);
		this.pairs.add(this.collector.next, text, tokens);
		this.collector.add(text, tokens);
		if (++this.inSegment === this.segmentSize) this.writeSegment();
	}

	private writeSegment(): void {
		const spill = new Spill(join(this.scratch, `segment-${this.segments.length}`));
		spill.append(writeSegment(this.collector));
		this.segments.push(spill);
		this.totalLength += this.collector.totalLength;
		this.lengthCodes.push(this.collector.lengthCodes.done().slice());
		this.collector = new PostingCollector(this.collector.next);
		this.inSegment = 0;
		this.written(this.collector.next);
	}

	/** Segments written so far (the last articles' once `finish` begins). */
	get segmentCount(): number {
		return this.segments.length;
	}

	/** Writes the last segment, then merges them all into the index's files, handed to `write` one at a time; the segments are removed. */
	finish(build: string, write: (file: IndexFile, bytes: Uint8Array) => void, merging: () => void = () => {}): void {
		if (this.inSegment || !this.segments.length) this.writeSegment();
		const common = this.pairs.finish();
		merging();
		const articles = {
			docCount: this.collector.next,
			averageHundredths: averageHundredths(this.totalLength, this.collector.next),
			lengthCodes: Buffer.concat(this.lengthCodes),
			build
		};
		mergeSegments(this.segments, articles, this.shards, { sources: this.pairSegments, common, buckets: this.shards }, write);
		for (const s of [...this.segments, ...this.pairSegments]) s.remove();
	}
}
