import { fetchBytes } from '../load/fetch-bytes';
import { nextTask } from '../next-task';
import type { SearchResult } from './engine';
import type { TermLists } from '../terms/rank';
import type { QueryView, WorkerReply, WorkerRequest } from './worker-messages';
import type { ColumnAnswer } from './column-filter';
import type { ArticleColumns } from './article-columns';
import type { CodeColumns } from './code-columns';
import type { CodeSequence } from '../provenance/news-codes';

/** A query's answer: its hits, and what a view shows of them when one was given (see search). */
export type SearchOutcome = { result: SearchResult | null; counted: ColumnAnswer | null; ms: number } | { error: string };
export type TermsOutcome = { lists: TermLists; ms: number } | { error: string };
export type ProvenanceOutcome = { columns: ArticleColumns; codes: CodeColumns; sequences: CodeSequence[] } | { error: string };

/**
 * The page's side of the search worker. Queries are answered newest-first: when a newer
 * query has been sent, the answer to an older one is dropped (resolved as `null`).
 */
export class SearchClient {
	private worker: Worker | null = null;
	/** Messages posted before the worker has started. */
	private queued: [WorkerRequest, Transferable[]][] = [];
	private destroyed = false;
	private seq = 0;
	/** Queries sent and not yet answered, each with the lane it was sent in (see search). */
	private waiting = new Map<number, { lane: string; settle: (outcome: SearchOutcome | null) => void }>();
	private fetching = new Map<number, { url: string; resolve: (bytes: Uint8Array) => void; reject: (err: Error) => void }>();
	/** Requests for top terms not yet answered: only the newest is (see terms). */
	private counting = new Map<number, (outcome: TermsOutcome | null) => void>();
	/** Requests for the views of provenance's columns not yet answered. */
	private columnsAsked = new Map<number, (outcome: ProvenanceOutcome) => void>();
	/** The worker has answered something: it started. */
	private heard = false;
	/** Set when the worker could not start or failed: the page then fetches pieces itself. */
	private unstarted = false;
	readonly ready: Promise<void>;

	/**
	 * The worker fetches the index itself. Of the `pieceCount` metadata pieces, the page hands it
	 * the first with `addPiece` and has it fetch the others with `fetchPiece`. It starts once
	 * `startAfter` settles: building the index takes a core for a while, which a phone's first
	 * screen should not share. Until then, whatever is asked of it waits.
	 */
	constructor(
		indexUrl: string,
		termsUrl: string,
		pieceCount: number,
		startAfter: Promise<unknown> = Promise.resolve(),
		/**
		 * The article columns and the news code columns, when the page loads its metadata on demand:
		 * queries with a view are counted over the first, the views of provenance over both.
		 */
		columnsUrls: { columns: string; codes: string } | null = null
	) {
		let settle: { resolve: () => void; reject: (err: Error) => void };
		this.ready = new Promise((resolve, reject) => (settle = { resolve, reject }));
		this.post({
			type: 'init',
			indexUrl: new URL(indexUrl, location.href).href,
			termsUrl: new URL(termsUrl, location.href).href,
			pieceCount,
			columnsUrl: columnsUrls && new URL(columnsUrls.columns, location.href).href,
			codesUrl: columnsUrls && new URL(columnsUrls.codes, location.href).href
		});
		// Starting a worker costs the page several milliseconds: in a task of its own (not a timer,
		// which a hidden tab would hold back).
		const go = () => nextTask().then(() => this.destroyed || start());
		startAfter.then(go, go);
		const start = () => {
			let worker: Worker;
			try {
				worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
			} catch (err) {
				settle.reject(new Error(`the search worker could not start (${(err as Error).message})`));
				this.workerless();
				return;
			}
			// An error before the worker has said anything means it did not start; any error leaves
			// the pieces it was fetching to the page, so that the corpus still loads.
			worker.addEventListener('error', (e) => {
				settle.reject(new Error(e.message || (this.heard ? 'the search worker failed' : 'the search worker failed to start')));
				this.workerless();
			});
			worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
				const msg = e.data;
				this.heard = true;
				if (msg.type === 'ready') return settle.resolve();
				if (msg.type === 'failed') return settle.reject(new Error(msg.message));
				if (msg.type === 'terms' || msg.type === 'terms-failed') {
					const settle = this.counting.get(msg.seq);
					this.counting.delete(msg.seq);
					settle?.(msg.type === 'terms' ? { lists: msg.lists, ms: msg.ms } : { error: msg.message });
					return;
				}
				if (msg.type === 'provenance' || msg.type === 'provenance-failed') {
					const settle = this.columnsAsked.get(msg.seq);
					this.columnsAsked.delete(msg.seq);
					settle?.(
						msg.type === 'provenance' ? { columns: msg.columns, codes: msg.codes, sequences: msg.sequences } : { error: msg.message }
					);
					return;
				}
				if (msg.type === 'fetched' || msg.type === 'fetch-failed') {
					const fetch = this.fetching.get(msg.seq);
					this.fetching.delete(msg.seq);
					if (msg.type === 'fetched') fetch?.resolve(new Uint8Array(msg.bytes));
					else fetch?.reject(new Error(msg.message));
					return;
				}
				const answer = this.waiting.get(msg.seq);
				this.waiting.delete(msg.seq);
				answer?.settle(msg.type === 'result' ? { result: msg.result, counted: msg.counted, ms: msg.ms } : { error: msg.message });
			});
			this.worker = worker;
			for (const [msg, transfer] of this.queued) worker.postMessage(msg, transfer);
			this.queued = [];
		};
	}

	/** One metadata piece's JSON bytes, in bundle order; transferred, not copied (the caller must not use them again). */
	addPiece(bytes: ArrayBuffer) {
		this.post({ type: 'piece', bytes }, [bytes]);
	}

	/**
	 * Has the worker fetch the next metadata piece (in bundle order), add it to what it
	 * searches, and hand its bytes over: the page's thread never receives the download. Without
	 * a worker the page fetches it itself.
	 */
	fetchPiece(url: string): Promise<Uint8Array> {
		if (this.unstarted) return fetchBytes(url);
		const seq = ++this.seq;
		const absolute = new URL(url, location.href).href;
		return new Promise((resolve, reject) => {
			this.fetching.set(seq, { url: absolute, resolve, reject });
			this.post({ type: 'fetch-piece', seq, url: absolute });
		});
	}

	/** The worker could not start, or failed: the pieces it was asked for, and any after them, are fetched by the page. */
	private workerless() {
		this.unstarted = true;
		this.queued = [];
		for (const { url, resolve, reject } of this.fetching.values()) fetchBytes(url).then(resolve, reject);
		this.fetching.clear();
		for (const settle of this.columnsAsked.values()) settle({ error: 'the search worker failed' });
		this.columnsAsked.clear();
	}

	private post(msg: WorkerRequest, transfer: Transferable[] = []) {
		if (this.destroyed) return;
		if (this.worker) this.worker.postMessage(msg, transfer);
		else this.queued.push([msg, transfer]);
	}

	/** Replaces the imported collections the worker searches besides the bundle; the page lists their articles from `offset` on. */
	setImports(offset: number, collections: string[]) {
		this.post({ type: 'imports', offset, collections });
	}

	/**
	 * Answers `query`. Within a lane only the newest query is answered: a query the reader is
	 * typing drops the answers to its earlier keystrokes (resolved as `null`), while a compared
	 * query, sent in a lane of its own, is answered whatever else is asked meanwhile. With a
	 * `view` (a page without every article's metadata), the answer also holds the view's rows
	 * and counts, worked out over the article columns.
	 */
	search(query: string, lane = 'typed', view?: QueryView): Promise<SearchOutcome | null> {
		const seq = ++this.seq;
		for (const [old, waiting] of this.waiting) {
			if (waiting.lane !== lane) continue;
			waiting.settle(null);
			this.waiting.delete(old);
		}
		return new Promise((settle) => {
			this.waiting.set(seq, { lane, settle });
			this.post({ type: 'query', seq, query, lane, view });
		});
	}

	/**
	 * The frequent and distinctive terms of `rows` (article indices, moved to the worker; null for
	 * every article). A newer request answers an older one with null.
	 */
	terms(rows: Int32Array | null): Promise<TermsOutcome | null> {
		const seq = ++this.seq;
		for (const settle of this.counting.values()) settle(null);
		this.counting.clear();
		if (this.unstarted) return Promise.resolve({ error: 'the search worker is not running' });
		return new Promise((settle) => {
			this.counting.set(seq, settle);
			this.post({ type: 'terms', seq, rows }, rows ? [rows.buffer] : []);
		});
	}

	/** Every article's columns and code sequences, for the views of provenance (a corpus loaded on demand). */
	provenance(): Promise<ProvenanceOutcome> {
		if (this.unstarted) return Promise.resolve({ error: 'the search worker is not running' });
		const seq = ++this.seq;
		return new Promise((settle) => {
			this.columnsAsked.set(seq, settle);
			this.post({ type: 'provenance', seq });
		});
	}

	destroy() {
		this.destroyed = true;
		this.queued = [];
		for (const fetch of this.fetching.values()) fetch.reject(new Error('superseded'));
		this.fetching.clear();
		this.worker?.terminate();
	}
}

/** What the page's state asks of the search worker's client (tests give one without a worker). */
export type SearchWorker = Pick<
	SearchClient,
	'ready' | 'addPiece' | 'fetchPiece' | 'setImports' | 'search' | 'terms' | 'provenance' | 'destroy'
>;
