/**
 * What an article adds to the search index: each word's positions in its title and paragraphs
 * (with gaps between them, so no phrase spans two), its summary by field (the weighted
 * occurrences and best field that counting and ranking read), its short fields' position masks,
 * and the article's shape. A PostingCollector gathers them for a run of articles, from which the
 * in-memory index (token-index.ts) and the build's index segments (index-segments.ts) are written.
 */
import { tokenize } from './tokens';
import { ByteWriter } from '../varint';
import { SHORT_FIELDS, type ShortField } from './index-reader';

export interface IndexedText {
	title: string;
	/** Body paragraphs; the first is the lead. */
	paragraphs: string[];
	/** The dateline's place, or ''. */
	place: string;
	/** The news code, or ''. */
	code: string;
}

/**
 * Positions skipped between the title and the first paragraph and between paragraphs, so
 * that no phrase spans two of them and words in different paragraphs are never "near".
 */
export const FIELD_GAP = 16;

/** Where an article's fields end in its position space, and how many words it has. */
export interface DocShape {
	/** Positions below this are the title. */
	titleEnd: number;
	/** Positions below this (and at or past titleEnd) are the lead paragraph. */
	leadEnd: number;
	/** Words in the title and body, for the length norm of the ranking. */
	length: number;
}

/** Positions of each word of one article's text, in the article's position space. */
function positionsOf(doc: IndexedText): { shape: DocShape; words: Map<string, number[]> } {
	const words = new Map<string, number[]>();
	let at = 0;
	let length = 0;
	const add = (text: string) => {
		for (const w of tokenize(text)) {
			const list = words.get(w);
			if (list) list.push(at);
			else words.set(w, [at]);
			at++;
			length++;
		}
	};
	add(doc.title);
	const titleEnd = at;
	let leadEnd = titleEnd;
	doc.paragraphs.forEach((p, k) => {
		at += FIELD_GAP;
		add(p);
		if (k === 0) leadEnd = at;
	});
	return { shape: { titleEnd, leadEnd, length }, words };
}

/** Weight of one occurrence by where it is: a title word says more than a body word. */
export const FIELD_WEIGHTS = { title: 3, lead: 1.5, body: 1, short: 1.5 } as const;
/** Field ranks for the attribute rule. */
export const TITLE = 0;
export const LEAD = 1;
export const BODY = 2;
/** FIELD_WEIGHTS by field rank. */
const RANK_WEIGHTS = [FIELD_WEIGHTS.title, FIELD_WEIGHTS.lead, FIELD_WEIGHTS.body];

/** The field rank of a position, given where the article's title and lead end (see DocShape). */
export function fieldAt(pos: number, titleEnd: number, leadEnd: number): number {
	return pos < titleEnd ? TITLE : pos < leadEnd ? LEAD : BODY;
}

/** The weight of one occurrence in the field of that rank. */
export function fieldWeight(rank: number): number {
	return RANK_WEIGHTS[rank];
}

/**
 * A word's summary in one article, as the index stores it ahead of the positions: twice its
 * occurrences weighted by field (an integer, since the weights are multiples of a half),
 * shifted past the best field it occurs in.
 */
function summary(positions: readonly number[], shape: DocShape): number {
	let twice = 0;
	let best = BODY;
	for (const p of positions) {
		const rank = fieldAt(p, shape.titleEnd, shape.leadEnd);
		twice += 2 * fieldWeight(rank);
		if (rank < best) best = rank;
	}
	return twice * 4 + best;
}

/** Bytes of `n` as a varint. */
function varintLength(n: number): number {
	let bytes = 1;
	while (n >= 0x80) {
		n >>>= 7;
		bytes++;
	}
	return bytes;
}

/** Writes the positions list[from .. from + n) as the index stores them: their byte length, then each as the step from the one before. */
export function writePositions(list: readonly number[], from: number, n: number, out: ByteWriter): void {
	let length = 0;
	for (let p = 0, last = 0; p < n; last = list[from + p], p++) length += varintLength(list[from + p] - last);
	out.varint(length);
	for (let p = 0, last = 0; p < n; last = list[from + p], p++) out.varint(list[from + p] - last);
}

/** Writes a short field's postings ([article, mask] pairs) as the index stores them: the step from the article before (from -1), then the mask; the last article. */
export function writeShortPostings(list: readonly number[], out: ByteWriter): number {
	let prev = -1;
	for (let k = 0; k < list.length; k += 2) {
		out.varint(list[k] - prev - 1);
		out.varint(list[k + 1]);
		prev = list[k];
	}
	return prev;
}

/**
 * The postings of articles added one at a time, numbered from `first`: per word, the articles'
 * text postings flattened as [article, summary, count, ...positions] and each short field's as
 * [article, position mask]; each article's shape as three varints (title end, lead length, word
 * count). What the in-memory index and the build's index segments (index-segments.ts) are
 * written from.
 */
export class PostingCollector {
	readonly text = new Map<string, number[]>();
	readonly short = SHORT_FIELDS.map(() => new Map<string, number[]>());
	readonly shapes = new ByteWriter();
	/** The next article's number. */
	next: number;

	constructor(first = 0) {
		this.next = first;
	}

	add(d: IndexedText): void {
		const doc = this.next++;
		const { shape, words } = positionsOf(d);
		this.shapes.varint(shape.titleEnd);
		this.shapes.varint(shape.leadEnd - shape.titleEnd);
		this.shapes.varint(shape.length);
		for (const [w, positions] of words) {
			let list = this.text.get(w);
			if (!list) this.text.set(w, (list = []));
			list.push(doc, summary(positions, shape), positions.length, ...positions);
		}
		const fields: Record<ShortField, string> = { place: d.place, code: d.code };
		SHORT_FIELDS.forEach((f, g) => {
			const masks = new Map<string, number>();
			tokenize(fields[f]).forEach((w, p) => masks.set(w, (masks.get(w) ?? 0) | shortBit(p)));
			for (const [w, mask] of masks) {
				const list = this.short[g].get(w);
				if (list) list.push(doc, mask);
				else this.short[g].set(w, [doc, mask]);
			}
		});
	}

	/** Every word added, in no particular order. */
	vocabulary(): Set<string> {
		const words = new Set(this.text.keys());
		for (const map of this.short) for (const w of map.keys()) words.add(w);
		return words;
	}
}

/**
 * Where a word stands in a short field, as one bit of a mask: the short fields are a few words
 * long, so a mask per article holds every position, and a phrase there is a shift and an AND
 * (see Collector). Positions past the last bit share it.
 */
export const SHORT_POSITIONS = 30;
function shortBit(position: number): number {
	return 1 << Math.min(position, SHORT_POSITIONS - 1);
}
