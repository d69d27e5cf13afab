/**
 * What the search engine reads of an index: the vocabulary, each article's length code, the
 * articles' average length, and each word's postings. Two indexes provide it: the whole index held in memory (`TokenIndex`, for
 * imported collections) and the site's index fetched a shard at a time (`ShardedIndex`), which
 * says when a query asked for data it does not hold yet.
 */

import type { NumberLookup } from './words';

/** The short fields indexed without positions, each searchable on its own (`place:`, `code:`). */
export const SHORT_FIELDS = ['place', 'code'] as const;
export type ShortField = (typeof SHORT_FIELDS)[number];

export interface IndexReader {
	readonly docCount: number;
	/** The vocabulary, sorted (without the numbers, when `numbers` finds them). */
	readonly words: string[];
	/** The numbers, for an index that keeps them apart from `words` (see ShardedIndex). */
	readonly numbers?: NumberLookup;
	/** Word `id` as text (a number too). */
	wordAt(id: number): string;
	/** Per article, its length in words as a code (see lengthCode): for the ranking's length norm. */
	readonly lengths: Uint8Array;
	/** The average article length in words, for the ranking's length norm. */
	readonly averageLength: number;
	/** The bundle's corpusFingerprint ('' for an index built in the browser). */
	readonly build: string;
	/** Bytes of the word's text postings with their positions: what visiting it costs. */
	volume(word: number): number;
	/**
	 * The word's text postings (see TokenIndex.textPostings). Without `positions` the index may
	 * leave each article's positions out (an empty block): a query that never places its words
	 * (one word, no phrase, no title scope) then fetches only what counting and ranking need.
	 */
	textPostings(word: number, positions: boolean): { bytes: Uint8Array; from: number; to: number };
	/** Whether any article's short field contains the word. */
	hasShort(field: ShortField, word: number): boolean;
	/**
	 * The postings of the adjacent pair of words `a` then `b`, in textPostings' layout (with the
	 * first word's positions when `positions`, else empty position blocks), when the index
	 * keeps that pair (see pairs.ts); null when it does not (the phrase is then read from its
	 * words' positions). Absent from an index without pairs.
	 */
	pairPostings?(a: number, b: number, positions: boolean): { bytes: Uint8Array; from: number; to: number } | null;
	/** Calls `visit` for each article whose short field contains the word, in article order, with the word's positions there as a bit mask (see SHORT_POSITIONS). */
	eachShort(field: ShortField, word: number, visit: (doc: number, positions: number) => void): void;
	/**
	 * Whether a query asked for postings the index does not hold yet: its answer is then
	 * incomplete, and the caller fetches what is missing and asks again (see ShardedIndex).
	 */
	incomplete(): boolean;
	/** Called as a query starts: the index may let go of data no query holds now. */
	beginQuery(): void;
}
