/**
 * What the page asks of the search worker (see search.worker.ts and client.ts), as calls of
 * the one worker protocol (worker-calls.ts): each with what it is asked and what it answers.
 */
import type { CountryMeasure } from '../corpus/aggregate';
import type { CodeSequence } from '../provenance/news-codes';
import type { TermLists } from '../terms/rank';
import type { ArticleColumns } from './article-columns';
import type { CodeColumns } from './code-columns';
import type { ColumnAnswer } from './column-filter';
import type { SearchResult } from './engine';
import type { Filters, SortOrder } from './filter';

/** The view a query is answered for when the page has not every article's metadata: its filters and order. */
export interface QueryView {
	filters: Filters;
	sort: SortOrder;
	/** How the countries are counted: by mentions needs the mention counts, fetched the first time. */
	measure: CountryMeasure;
}

/** A query's answer: its hits, and what its view shows of them when one was given. */
export interface QueryAnswer {
	result: SearchResult | null;
	counted: ColumnAnswer | null;
	/** The worker's time on it. */
	ms: number;
}

export type SearchCalls = {
	/**
	 * The index's head to fetch (its shards lie beside it), the term table to fetch when terms
	 * are first asked for, how many metadata pieces will follow, and the article columns to fetch
	 * when the page loads its metadata on demand (see MetaFile.onDemand). Answered once the
	 * engine is ready (every piece in), with how long that took; failed with why it cannot be.
	 */
	init: {
		ask: { indexUrl: string; termsUrl: string; pieceCount: number; columnsUrl: string | null; codesUrl: string | null };
		answer: { ms: number };
	};
	/** The first metadata piece's JSON bytes, moved (it names the build; the worker fetches the others itself). */
	piece: { ask: ArrayBuffer; answer: void };
	/** The next metadata piece: fetched here, added, and its bytes moved to the page. */
	fetchPiece: { ask: string; answer: ArrayBuffer };
	/**
	 * The imported collections the page lists (ids, in its order) from index `offset` on,
	 * after the bundle's. The worker reads their articles from IndexedDB itself, so the page
	 * never serialises them.
	 */
	imports: { ask: { offset: number; collections: string[] }; answer: void };
	/**
	 * A query, answered newest first in its lane (the typed one before compared ones); with a
	 * view, the answer also says what the view shows of it, worked out over the columns. Null
	 * when a newer query in the lane replaced it.
	 */
	query: { ask: { query: string; lane: string; view?: QueryView }; answer: QueryAnswer | null };
	/** The top terms of these articles (indices as the page lists them, moved; null for every article); null when a newer request replaced it. */
	terms: { ask: Int32Array | null; answer: { lists: TermLists; ms: number } | null };
	/**
	 * The terms of a period's results (`inside`, moved) against the other results (`all` but
	 * those, moved; null: every article): what is behind a peak of the timeline. Null when a
	 * newer request replaced it.
	 */
	periodTerms: { ask: { inside: Int32Array; all: Int32Array | null }; answer: { lists: TermLists; ms: number } | null };
	/** Every article's columns and code sequences, for the views of provenance of a page loading its metadata on demand. */
	provenance: { ask: null; answer: { columns: ArticleColumns; codes: CodeColumns; sequences: CodeSequence[] } };
};
