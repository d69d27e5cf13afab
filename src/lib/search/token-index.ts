/**
 * The search index shipped in the bundle: every word of the corpus and, per word, the
 * articles that contain it, in four field groups (title; lead; country names and place;
 * anywhere). Built once at build time; read in the search worker without decoding the
 * posting lists until a query needs them. Binary, because at 100,000 articles JSON
 * arrays of numbers would be several times larger.
 */
import { distinctTokens } from './tokens';

export const FIELD_GROUPS = ['title', 'lead', 'names', 'all'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export interface IndexedText {
	title: string;
	lead: string;
	/** Country names and the dateline place. */
	names: string[];
	/** The whole body. */
	body: string[];
}

const MAGIC = 0x32585357; // "WSX2"

function pad4(n: number): number {
	return (n + 3) & ~3;
}

/** A byte buffer that grows as varints are appended: a plain number[] of millions of entries costs far more. */
class ByteWriter {
	bytes = new Uint8Array(1 << 16);
	length = 0;

	varint(n: number): void {
		if (this.length + 5 > this.bytes.length) {
			const grown = new Uint8Array(this.bytes.length * 2);
			grown.set(this.bytes);
			this.bytes = grown;
		}
		while (n >= 0x80) {
			this.bytes[this.length++] = (n & 0x7f) | 0x80;
			n >>>= 7;
		}
		this.bytes[this.length++] = n;
	}
}

export function buildTokenIndex(docs: readonly IndexedText[]): Uint8Array {
	const groups = FIELD_GROUPS.map(() => new Map<string, number[]>());
	const add = (g: number, words: string[], doc: number) => {
		for (const w of words) {
			const list = groups[g].get(w);
			if (list) list.push(doc);
			else groups[g].set(w, [doc]);
		}
	};
	docs.forEach((d, doc) => {
		add(0, distinctTokens([d.title]), doc);
		add(1, distinctTokens([d.lead]), doc);
		add(2, distinctTokens(d.names), doc);
		add(3, distinctTokens([d.title, d.lead, ...d.names, ...d.body]), doc);
	});
	const words = [...groups[3].keys()].sort();
	const wordBytes = new TextEncoder().encode(words.join('\n'));
	const sections = groups.map((map) => {
		const offsets = new Uint32Array(words.length + 1);
		const writer = new ByteWriter();
		words.forEach((w, i) => {
			offsets[i] = writer.length;
			let prev = -1;
			for (const doc of map.get(w) ?? []) {
				writer.varint(doc - prev - 1);
				prev = doc;
			}
		});
		offsets[words.length] = writer.length;
		return { offsets, bytes: writer.bytes.subarray(0, writer.length) };
	});
	let size = 16 + pad4(wordBytes.length);
	for (const s of sections) size += s.offsets.byteLength + 4 + pad4(s.bytes.length);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	view.setUint32(0, MAGIC, true);
	view.setUint32(4, docs.length, true);
	view.setUint32(8, words.length, true);
	view.setUint32(12, wordBytes.length, true);
	out.set(wordBytes, 16);
	let at = 16 + pad4(wordBytes.length);
	for (const s of sections) {
		out.set(new Uint8Array(s.offsets.buffer), at);
		at += s.offsets.byteLength;
		view.setUint32(at, s.bytes.length, true);
		at += 4;
		out.set(s.bytes, at);
		at += pad4(s.bytes.length);
	}
	return out;
}

export class TokenIndex {
	readonly docCount: number;
	readonly words: string[];
	private offsets: Uint32Array[] = [];
	private postings: Uint8Array[] = [];

	constructor(bytes: Uint8Array) {
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		if (view.getUint32(0, true) !== MAGIC) throw new Error('not a wirescope search index');
		this.docCount = view.getUint32(4, true);
		const wordCount = view.getUint32(8, true);
		const wordBytes = view.getUint32(12, true);
		const text = new TextDecoder().decode(bytes.subarray(16, 16 + wordBytes));
		this.words = wordCount ? text.split('\n') : [];
		let at = bytes.byteOffset + 16 + pad4(wordBytes);
		for (let g = 0; g < FIELD_GROUPS.length; g++) {
			// Copy so the Uint32Array view is aligned whatever the buffer's offset.
			this.offsets.push(new Uint32Array(bytes.buffer.slice(at, at + (wordCount + 1) * 4)));
			at += (wordCount + 1) * 4;
			const length = new DataView(bytes.buffer).getUint32(at, true);
			at += 4;
			this.postings.push(new Uint8Array(bytes.buffer, at, length));
			at += pad4(length);
		}
	}

	/** Bytes of the word's posting list in a group: about one per article, a cheap size estimate. */
	volume(group: FieldGroup, word: number): number {
		const offsets = this.offsets[FIELD_GROUPS.indexOf(group)];
		return offsets[word + 1] - offsets[word];
	}

	/**
	 * Raises `best[doc]` to `quality` (> 0) for each article containing the word (the hot loop
	 * of a query). With `touched`, each article whose `best` was 0 is appended there from
	 * index `count` on; the new count is returned, so a caller can visit just those articles.
	 */
	maxInto(group: FieldGroup, word: number, best: Float32Array, quality: number, touched?: Int32Array, count = 0): number {
		const g = FIELD_GROUPS.indexOf(group);
		const bytes = this.postings[g];
		const end = this.offsets[g][word + 1];
		let at = this.offsets[g][word];
		let doc = -1;
		while (at < end) {
			let b = bytes[at++];
			let n = b & 0x7f;
			for (let shift = 7; b & 0x80; shift += 7) {
				b = bytes[at++];
				n |= (b & 0x7f) << shift;
			}
			doc += n + 1;
			if (quality > best[doc]) {
				if (touched && best[doc] === 0) touched[count++] = doc;
				best[doc] = quality;
			}
		}
		return count;
	}
}
