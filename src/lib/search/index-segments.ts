/**
 * Index segments: the postings of a run of articles, written in the index files' word order, so
 * that the build indexes a corpus of any size a segment at a time and merges the segments into
 * the sharded index's files reading each a window at a time (see mergeSegments in
 * index-shards.ts). A corpus of a million articles never has its whole index in memory.
 *
 * A segment holds, word after word in file order (see wordOrder): the word's UTF-8 byte length
 * and the word; its counting stream, its place postings and its code postings, each as its byte
 * length and, when not empty, the last article it names and its bytes; then its position
 * stream's byte length and bytes. Articles are numbered in the whole corpus, and each list's
 * first step is counted from -1 (so it is the article's number): a merge changes only that step.
 * The streams are those of the shard files (see index-shards.ts).
 */
import { ByteWriter, readVarint } from '../varint';
import { SHORT_FIELDS } from './index-reader';
import { writePositions, writeShortPostings, type PostingCollector } from './postings';
import { eachShortPosting, type TokenIndex } from './token-index';

/** Whether a word is a number, kept out of the index's head in number tables. */
export function isNumber(word: string): boolean {
	return /^[0-9]+$/.test(word);
}

/** The index files' word order: every word but the numbers, sorted, then the numbers, sorted. */
export function wordOrder(a: string, b: string): number {
	const numberA = isNumber(a);
	if (numberA !== isNumber(b)) return numberA ? 1 : -1;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A list of one word in a segment: its bytes, and the last article it names. */
export interface SegmentList {
	bytes: Uint8Array;
	last: number;
}

/** One word of a segment: its counting stream, place and code postings (in that order), and its position stream. */
export interface SegmentWord {
	word: string;
	lists: [SegmentList, SegmentList, SegmentList];
	positions: Uint8Array;
}

function putWord(out: ByteWriter, word: string, lists: readonly SegmentList[], positions: Uint8Array): void {
	const text = new TextEncoder().encode(word);
	out.varint(text.length);
	out.raw(text);
	for (const { bytes, last } of lists) {
		out.varint(bytes.length);
		if (!bytes.length) continue;
		out.varint(last);
		out.raw(bytes);
	}
	out.varint(positions.length);
	out.raw(positions);
}

/** The segment of the articles a collector holds (or of their word pairs, see pairs.ts). */
export function writeSegment(collector: Pick<PostingCollector, 'text' | 'short' | 'vocabulary'>): Uint8Array {
	const out = new ByteWriter();
	const count = new ByteWriter();
	const pos = new ByteWriter();
	const short = new ByteWriter();
	for (const word of [...collector.vocabulary()].sort(wordOrder)) {
		count.length = 0;
		pos.length = 0;
		let last = -1;
		const list = collector.text.get(word) ?? [];
		for (let k = 0; k < list.length;) {
			const doc = list[k];
			const n = list[k + 2];
			const at = k + 3;
			count.varint(doc - last - 1);
			count.varint(list[k + 1]);
			writePositions(list, at, n, pos);
			last = doc;
			k = at + n;
		}
		const lists: SegmentList[] = [{ bytes: count.done(), last }];
		const start = short.length;
		for (const map of collector.short) {
			const from = short.length;
			const last = writeShortPostings(map.get(word) ?? [], short);
			lists.push({ bytes: short.bytes.subarray(from, short.length), last });
		}
		putWord(out, word, lists, pos.done());
		short.length = start;
	}
	return out.done();
}

/** The segment of a whole in-memory index (see TokenIndex.textPostings for its streams). */
export function segmentOfIndex(index: TokenIndex): Uint8Array {
	const out = new ByteWriter();
	const order = [...index.words.keys()].sort((a, b) => wordOrder(index.words[a], index.words[b]));
	for (const w of order) {
		const { bytes, from, to } = index.textPostings(w);
		const count = new ByteWriter();
		const pos = new ByteWriter();
		const at = { at: from };
		let doc = -1;
		while (at.at < to) {
			const start = at.at;
			doc += readVarint(bytes, at) + 1;
			readVarint(bytes, at);
			count.raw(bytes.subarray(start, at.at));
			const lengthAt = at.at;
			const end = readVarint(bytes, at) + at.at;
			pos.raw(bytes.subarray(lengthAt, end));
			at.at = end;
		}
		const lists: SegmentList[] = [{ bytes: count.done(), last: doc }];
		for (const field of SHORT_FIELDS) {
			const short = index.shortPostings(field, w);
			let last = -1;
			eachShortPosting(short.bytes, short.from, short.to, (d) => (last = d));
			lists.push({ bytes: short.bytes.subarray(short.from, short.to), last });
		}
		putWord(out, index.words[w], lists, pos.done());
	}
	return out.done();
}

/** Bytes read by offset: a segment in memory, or a file read a window at a time. Each read returns bytes that stay as they are. */
export interface ByteSource {
	readonly size: number;
	read(at: number, length: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
	return { size: bytes.length, read: (at, length) => bytes.subarray(at, at + length) };
}

/** Bytes a segment reader asks for at a time: a word's lists longer than this are read whole. */
const WINDOW = 1 << 20;

/** Reads varints and runs of bytes from a source in order, a window of its bytes at a time. */
export class WindowReader {
	private window: Uint8Array = new Uint8Array(0);
	/** Where the window starts in the source, and where the reader is. */
	private windowAt = 0;
	private at = 0;

	constructor(
		private source: ByteSource,
		private windowBytes = WINDOW
	) {}

	/** Whether every byte is read. */
	get done(): boolean {
		return this.at >= this.source.size;
	}

	/** Makes the window hold the next `n` bytes. */
	private ensure(n: number): void {
		if (this.at + n <= this.windowAt + this.window.length) return;
		const length = Math.min(Math.max(n, this.windowBytes), this.source.size - this.at);
		if (length < n) throw new Error('a file of the build is cut short');
		this.window = this.source.read(this.at, length);
		this.windowAt = this.at;
	}

	varint(): number {
		this.ensure(Math.min(5, this.source.size - this.at));
		const cursor = { at: this.at - this.windowAt };
		const n = readVarint(this.window, cursor);
		if (cursor.at > this.window.length) throw new Error('a file of the build is cut short');
		this.at = this.windowAt + cursor.at;
		return n;
	}

	/** The next `n` bytes (a view that stays as it is). */
	take(n: number): Uint8Array {
		this.ensure(n);
		const from = this.at - this.windowAt;
		this.at += n;
		return this.window.subarray(from, from + n);
	}
}

/** Reads a segment word by word, a window of its bytes at a time: `current` is the word at hand, null past the last. */
export class SegmentReader {
	current: SegmentWord | null = null;
	private reader: WindowReader;

	constructor(source: ByteSource, windowBytes = WINDOW) {
		this.reader = new WindowReader(source, windowBytes);
		this.next();
	}

	/** Moves to the next word. */
	next(): void {
		const r = this.reader;
		if (r.done) {
			this.current = null;
			return;
		}
		const word = new TextDecoder().decode(r.take(r.varint()));
		const list = (): SegmentList => {
			const length = r.varint();
			if (!length) return { bytes: new Uint8Array(0), last: -1 };
			const last = r.varint();
			return { bytes: r.take(length), last };
		};
		const lists: SegmentWord['lists'] = [list(), list(), list()];
		this.current = { word, lists, positions: r.take(r.varint()) };
	}
}

/**
 * Calls `visit` for each word of the segments (which hold runs of articles in order) in file
 * order, with its entry in each segment that has it, in the segments' order.
 */
export function eachSegmentWord(sources: readonly ByteSource[], visit: (word: string, entries: SegmentWord[]) => void): void {
	const readers = sources.map((s) => new SegmentReader(s));
	for (;;) {
		let least: string | null = null;
		for (const r of readers) if (r.current && (least === null || wordOrder(r.current.word, least) < 0)) least = r.current.word;
		if (least === null) return;
		const entries: SegmentWord[] = [];
		const holding: SegmentReader[] = [];
		for (const r of readers)
			if (r.current?.word === least) {
				entries.push(r.current);
				holding.push(r);
			}
		visit(least, entries);
		for (const r of holding) r.next();
	}
}

/** One word's list across segments, joined: each segment's first step counted again from the last article before it. */
export function joinLists(lists: readonly SegmentList[], out: ByteWriter): void {
	let last = -1;
	for (const { bytes, last: end } of lists) {
		if (!bytes.length) continue;
		const cursor = { at: 0 };
		const first = readVarint(bytes, cursor);
		out.varint(first - last - 1);
		out.raw(bytes.subarray(cursor.at));
		last = end;
	}
}
