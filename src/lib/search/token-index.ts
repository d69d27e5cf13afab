/**
 * The search index held whole in memory (for imported collections; the site's is cut into
 * files by index-shards.ts): every word of the corpus and, per word, the articles that
 * contain it with the word's positions in the article's text (title, then each paragraph),
 * plus two short fields without positions (the dateline's place and the news code).
 * Positions give phrases, proximity and the field of a match (a position says its field: see
 * LEAD_START). Built in the import worker (and by tests); read without decoding the posting
 * lists until a query needs them. Binary, because JSON arrays of numbers would be several
 * times larger.
 */
import { ByteWriter, readVarint } from '../varint';
import { SHORT_FIELDS, type IndexReader, type ShortField } from './index-reader';
import { averageHundredths, averageOfHundredths, PostingCollector, writePositions, writeShortPostings, type IndexedText } from './postings';

const MAGIC = 0x36585357; // "WSX6"

function pad4(n: number): number {
	return (n + 3) & ~3;
}

/** `build`: the bundle's corpusFingerprint, kept at the end so a page can tell an index of another build. */
export function buildTokenIndex(docs: readonly IndexedText[], build = ''): Uint8Array {
	const collector = new PostingCollector();
	for (const d of docs) collector.add(d);
	const { text, short } = collector;
	const lengthCodes = collector.lengthCodes.done();
	const words = [...collector.vocabulary()].sort();
	const wordBytes = new TextEncoder().encode(words.join('\n'));

	const sections: { offsets: Uint32Array; bytes: Uint8Array }[] = [];
	{
		const offsets = new Uint32Array(words.length + 1);
		const writer = new ByteWriter();
		words.forEach((w, i) => {
			offsets[i] = writer.length;
			const list = text.get(w) ?? [];
			let prev = -1;
			for (let k = 0; k < list.length;) {
				const doc = list[k];
				const count = list[k + 2];
				const at = k + 3;
				writer.varint(doc - prev - 1);
				writer.varint(list[k + 1]);
				writePositions(list, at, count, writer);
				prev = doc;
				k = at + count;
			}
		});
		offsets[words.length] = writer.length;
		sections.push({ offsets, bytes: writer.done() });
	}
	for (const map of short) {
		const offsets = new Uint32Array(words.length + 1);
		const writer = new ByteWriter();
		words.forEach((w, i) => {
			offsets[i] = writer.length;
			writeShortPostings(map.get(w) ?? [], writer);
		});
		offsets[words.length] = writer.length;
		sections.push({ offsets, bytes: writer.done() });
	}
	const buildBytes = new TextEncoder().encode(build);
	let size = 20 + pad4(wordBytes.length) + pad4(lengthCodes.length) + 4 + buildBytes.length;
	for (const s of sections) size += s.offsets.byteLength + 4 + pad4(s.bytes.length);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	view.setUint32(0, MAGIC, true);
	view.setUint32(4, docs.length, true);
	view.setUint32(8, words.length, true);
	view.setUint32(12, wordBytes.length, true);
	view.setUint32(16, averageHundredths(collector.totalLength, docs.length), true);
	let at = 20;
	out.set(wordBytes, at);
	at += pad4(wordBytes.length);
	out.set(lengthCodes, at);
	at += pad4(lengthCodes.length);
	for (const s of sections) {
		out.set(new Uint8Array(s.offsets.buffer), at);
		at += s.offsets.byteLength;
		view.setUint32(at, s.bytes.length, true);
		at += 4;
		out.set(s.bytes, at);
		at += pad4(s.bytes.length);
	}
	view.setUint32(at, buildBytes.length, true);
	out.set(buildBytes, at + 4);
	return out;
}

/** A receiver of a short field's postings: the article, and the positions of the word there as a mask. */
export type ShortVisitor = (doc: number, positions: number) => void;

/** Calls `visit` for each (article - previous article - 1, position mask) pair of varints in bytes[from..to). */
export function eachShortPosting(bytes: Uint8Array, from: number, to: number, visit: ShortVisitor): void {
	const at = { at: from };
	let doc = -1;
	while (at.at < to) {
		doc += readVarint(bytes, at) + 1;
		visit(doc, readVarint(bytes, at));
	}
}

/** Receives one posting of a word: the article and its positions (`positions[from..to)`). */
export type PostingVisitor = (doc: number, positions: Int32Array, count: number) => void;

export class TokenIndex implements IndexReader {
	readonly docCount: number;
	readonly words: string[];
	readonly lengths: Uint8Array;
	/** The average article length in words, for the ranking's length norm. */
	readonly averageLength: number;
	/** The bundle's corpusFingerprint ('' for an index built in the browser, or by an older build). */
	readonly build: string = '';
	private offsets: Uint32Array[] = [];
	private postings: Uint8Array[] = [];
	/** Positions of the posting being visited, reused across calls. */
	private positions = new Int32Array(256);

	constructor(bytes: Uint8Array) {
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		if (bytes.byteLength < 20 || view.getUint32(0, true) !== MAGIC) throw new Error('not a wirescope search index (rebuild the site)');
		this.docCount = view.getUint32(4, true);
		const wordCount = view.getUint32(8, true);
		const wordBytes = view.getUint32(12, true);
		this.averageLength = averageOfHundredths(view.getUint32(16, true));
		const text = new TextDecoder().decode(bytes.subarray(20, 20 + wordBytes));
		this.words = wordCount ? text.split('\n') : [];
		let at = bytes.byteOffset + 20 + pad4(wordBytes);
		this.lengths = new Uint8Array(bytes.buffer, at, this.docCount);
		at += pad4(this.docCount);
		for (let g = 0; g < 1 + SHORT_FIELDS.length; g++) {
			// Copy so the Uint32Array view is aligned whatever the buffer's offset.
			this.offsets.push(new Uint32Array(bytes.buffer.slice(at, at + (wordCount + 1) * 4)));
			at += (wordCount + 1) * 4;
			const length = new DataView(bytes.buffer).getUint32(at, true);
			at += 4;
			this.postings.push(new Uint8Array(bytes.buffer, at, length));
			at += pad4(length);
		}
		const end = bytes.byteOffset + bytes.byteLength;
		if (at + 4 <= end) {
			const length = new DataView(bytes.buffer).getUint32(at, true);
			if (at + 4 + length <= end) this.build = new TextDecoder().decode(new Uint8Array(bytes.buffer, at + 4, length));
		}
	}

	/** Bytes of the word's text posting list: what visiting it costs. */
	wordAt(id: number): string {
		return this.words[id];
	}

	volume(word: number): number {
		return this.offsets[0][word + 1] - this.offsets[0][word];
	}

	/**
	 * The word's text postings: for each article that has it, in article order, the varints
	 * (article - previous article - 1), the summary (twice the field-weighted occurrences,
	 * times 4, plus the best field), the byte length of the positions, then the positions as deltas. A query that needs no positions steps over them by their length. The search
	 * engine decodes them in its own loop, the hottest of a query; `eachPosting` is the
	 * reference reader.
	 */
	textPostings(word: number): { bytes: Uint8Array; from: number; to: number } {
		return { bytes: this.postings[0], from: this.offsets[0][word], to: this.offsets[0][word + 1] };
	}

	/** The word's postings in a short field: per article, (article - previous article - 1) and the position mask, as varints. */
	shortPostings(field: ShortField, word: number): { bytes: Uint8Array; from: number; to: number } {
		const g = 1 + SHORT_FIELDS.indexOf(field);
		return { bytes: this.postings[g], from: this.offsets[g][word], to: this.offsets[g][word + 1] };
	}

	/** Calls `visit` for each article whose text contains the word, with its positions there, sorted (the array is reused). */
	eachPosting(word: number, visit: PostingVisitor): void {
		const { bytes, from, to } = this.textPostings(word);
		const at = { at: from };
		let doc = -1;
		while (at.at < to) {
			doc += readVarint(bytes, at) + 1;
			readVarint(bytes, at);
			const end = readVarint(bytes, at) + at.at;
			// A position takes a byte at least.
			if (end - at.at > this.positions.length) this.positions = new Int32Array((end - at.at) * 2);
			const positions = this.positions;
			let pos = 0;
			let count = 0;
			while (at.at < end) positions[count++] = pos += readVarint(bytes, at);
			visit(doc, positions, count);
		}
	}

	hasShort(field: ShortField, word: number): boolean {
		const { from, to } = this.shortPostings(field, word);
		return to > from;
	}

	/** Calls `visit` for each article whose short field contains the word, in article order, with the word's positions there as a mask. */
	eachShort(field: ShortField, word: number, visit: ShortVisitor): void {
		const { bytes, from, to } = this.shortPostings(field, word);
		eachShortPosting(bytes, from, to, visit);
	}

	/** Always whole: every word's postings are in memory. */
	incomplete(): boolean {
		return false;
	}

	beginQuery(): void {}
}
