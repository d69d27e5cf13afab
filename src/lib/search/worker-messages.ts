/**
 * What the page and the search worker say to each other (see search.worker.ts and client.ts):
 * each request the page posts, each reply the worker posts, and the view a query is counted
 * for. Requests that expect a reply carry a sequence number the reply repeats.
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

export type WorkerRequest =
	/**
	 * The index's head to fetch (its shards lie beside it), the term table to fetch when terms
	 * are first asked for, how many metadata pieces will follow, and the article columns to fetch
	 * when the page loads its metadata on demand (see MetaFile.onDemand).
	 */
	| { type: 'init'; indexUrl: string; termsUrl: string; pieceCount: number; columnsUrl: string | null; codesUrl: string | null }
	/** The first metadata piece's JSON bytes (it names the build; the worker fetches the others itself). */
	| { type: 'piece'; bytes: ArrayBuffer }
	/** The next metadata piece, to fetch here, add, and hand over to the page (see SearchClient.fetchPiece). */
	| { type: 'fetch-piece'; seq: number; url: string }
	/**
	 * A query; a newer one in the same lane replaces it while it waits (see SearchClient.search).
	 * With a view, the answer also says what the view shows of it, worked out over the columns.
	 */
	| { type: 'query'; seq: number; query: string; lane: string; view?: QueryView }
	/**
	 * The imported collections the page lists (ids, in its order) from index `offset` on,
	 * after the bundle's. The worker reads their articles from IndexedDB itself, so the page
	 * never serialises them.
	 */
	| { type: 'imports'; offset: number; collections: string[] }
	/** The top terms of these articles (indices as the page lists them; null for every article). */
	| { type: 'terms'; seq: number; rows: Int32Array | null }
	/** Every article's columns and code sequences, for the views of provenance of a page loading its metadata on demand. */
	| { type: 'provenance'; seq: number };
export type WorkerReply =
	| { type: 'ready'; ms: number }
	| { type: 'failed'; message: string }
	| { type: 'result'; seq: number; result: SearchResult | null; counted: ColumnAnswer | null; ms: number }
	| { type: 'error'; seq: number; message: string }
	| { type: 'fetched'; seq: number; bytes: ArrayBuffer }
	| { type: 'fetch-failed'; seq: number; message: string }
	| { type: 'terms'; seq: number; lists: TermLists; ms: number }
	| { type: 'terms-failed'; seq: number; message: string }
	| { type: 'provenance'; seq: number; columns: ArticleColumns; codes: CodeColumns; sequences: CodeSequence[] }
	| { type: 'provenance-failed'; seq: number; message: string };
