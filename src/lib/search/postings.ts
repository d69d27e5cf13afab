/**
 * What an article adds to the search index: each word's positions in its title and paragraphs
 * (with gaps between them, so no phrase spans two, and each field starting at a fixed place, so a
 * position says its field), its summary (the weighted occurrences and best field that counting
 * and ranking read), its short fields' position masks, and the article's length as a one-byte
 * code for the ranking's norm: all the index keeps per article (see docs/search.md). A
 * PostingCollector gathers them for a run of articles, from which the in-memory index
 * (token-index.ts) and the build's index segments (index-segments.ts) are written.
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

/**
 * Where the lead and the body begin in an article's position space: the title's words come
 * first from 0, the lead's from LEAD_START, the other paragraphs' from BODY_START (each field
 * further on when the one before it runs past its start: a title of more than 104 words, a
 * first paragraph of more than 3,900, whose words past the next start then count as in the
 * next field). So a position alone says its field, and no table of each article's fields is
 * needed. (Both starts keep the first step to a field's positions within one or two bytes.)
 */
export const LEAD_START = 120;
export const BODY_START = 4096;

/** One article's words in order, each with its position in the article's position space. */
export interface ArticleTokens {
	words: string[];
	at: number[];
}

/** The article's title and paragraphs as words at their positions (see LEAD_START, FIELD_GAP). */
export function tokensOf(doc: IndexedText): ArticleTokens {
	const words: string[] = [];
	const at: number[] = [];
	let next = 0;
	const add = (text: string) => {
		for (const w of tokenize(text)) {
			words.push(w);
			at.push(next++);
		}
	};
	add(doc.title);
	doc.paragraphs.forEach((p, k) => {
		next = Math.max(next + FIELD_GAP, k === 0 ? LEAD_START : k === 1 ? BODY_START : 0);
		add(p);
	});
	return { words, at };
}

/** Positions of each word of one article's text, in the article's position space, and its length in words. */
function positionsOf(tokens: ArticleTokens): { length: number; words: Map<string, number[]> } {
	const words = new Map<string, number[]>();
	tokens.words.forEach((w, k) => {
		const list = words.get(w);
		if (list) list.push(tokens.at[k]);
		else words.set(w, [tokens.at[k]]);
	});
	return { length: tokens.words.length, words };
}

/** Weight of one occurrence by where it is: a title word says more than a body word. */
export const FIELD_WEIGHTS = { title: 3, lead: 1.5, body: 1, short: 1.5 } as const;
/** Field ranks for the attribute rule. */
export const TITLE = 0;
export const LEAD = 1;
export const BODY = 2;
/** FIELD_WEIGHTS by field rank. */
const RANK_WEIGHTS = [FIELD_WEIGHTS.title, FIELD_WEIGHTS.lead, FIELD_WEIGHTS.body];

/** The field rank of a position (see LEAD_START). */
export function fieldAt(pos: number): number {
	return pos < LEAD_START ? TITLE : pos < BODY_START ? LEAD : BODY;
}

/** The weight of one occurrence in the field of that rank. */
export function fieldWeight(rank: number): number {
	return RANK_WEIGHTS[rank];
}

/**
 * An article's length in words as 7 bits, for the ranking's length norm: exact below 16,
 * then 8 steps per doubling (each within 1/16 of the length it stands for), up to 2^18 words.
 * Search engines keep norms this coarse (Lucene: one byte); the index's head holds one per
 * article, which deflates to a few bits each (about half a megabyte for a million articles).
 */
export function lengthCode(length: number): number {
	const n = Math.min(Math.max(0, Math.floor(length)), (1 << 18) - 1);
	if (n < 16) return n;
	const e = 31 - Math.clz32(n);
	return 16 + (e - 4) * 8 + ((n >>> (e - 3)) & 7);
}

/** The length a code stands for: the middle of the lengths it holds. */
export function codeLength(code: number): number {
	if (code < 16) return code;
	const e = 4 + ((code - 16) >> 3);
	const step = 1 << (e - 3);
	return (8 + ((code - 16) & 7)) * step + step / 2;
}

/**
 * A word's summary in one article, as the index stores it ahead of the positions: twice its
 * occurrences weighted by field (an integer, since the weights are multiples of a half),
 * shifted past the best field it occurs in.
 */
export function summary(positions: readonly number[]): number {
	let twice = 0;
	let best = BODY;
	for (const p of positions) {
		const rank = fieldAt(p);
		twice += 2 * fieldWeight(rank);
		if (rank < best) best = rank;
	}
	return twice * 4 + best;
}

/**
 * The articles' average length in words as an index stores it, in hundredths of a word (a
 * varint holds it where the words in all may not fit); `averageOfHundredths` reads it back.
 */
export function averageHundredths(totalLength: number, docCount: number): number {
	return docCount ? Math.round((totalLength / docCount) * 100) : 100;
}
export function averageOfHundredths(hundredths: number): number {
	return hundredths / 100 || 1;
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
 * [article, position mask]; each article's length code (a byte, see lengthCode), and their words
 * in all, for the average length. What the in-memory index and the build's index segments
 * (index-segments.ts) are written from.
 */
export class PostingCollector {
	readonly text = new Map<string, number[]>();
	readonly short = SHORT_FIELDS.map(() => new Map<string, number[]>());
	readonly lengthCodes = new ByteWriter();
	/** Words in the articles added, titles and bodies. */
	totalLength = 0;
	/** The next article's number. */
	next: number;

	constructor(first = 0) {
		this.next = first;
	}

	/** Adds the next article; `tokens`: its words (tokensOf), when read already. */
	add(d: IndexedText, tokens = tokensOf(d)): void {
		const doc = this.next++;
		const { length, words } = positionsOf(tokens);
		this.totalLength += length;
		this.lengthCodes.varint(lengthCode(length));
		for (const [w, positions] of words) {
			let list = this.text.get(w);
			if (!list) this.text.set(w, (list = []));
			list.push(doc, summary(positions), positions.length, ...positions);
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
