import { fetchBytes } from '../load/fetch-bytes';
import { nextTask } from '../next-task';
import type { TermLists } from '../terms/rank';
import type { QueryAnswer, QueryView, SearchCalls } from './worker-messages';
import { Caller, type FromWorker, type ToWorker } from '../worker-calls';

/** A query's answer: its hits, and what a view shows of them when one was given (see search). */
export type SearchOutcome = QueryAnswer | { error: string };
export type TermsOutcome = { lists: TermLists; ms: number } | { error: string };
export type ProvenanceOutcome = SearchCalls['provenance']['answer'] | { error: string };

/**
 * The page's side of the search worker, through the one worker protocol (worker-calls.ts).
 * Queries are answered newest-first: when a newer query has been sent in its lane, the answer
 * to an older one is dropped (resolved as `null`).
 */
export class SearchClient {
	private worker: Worker | null = null;
	/** Messages posted before the worker has started. */
	private queued: [ToWorker<SearchCalls>, Transferable[]][] = [];
	private destroyed = false;
	private readonly caller = new Caller<SearchCalls>((message, transfer) => this.post(message, transfer));
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
		let failed: (err: Error) => void = () => {};
		const started = this.caller.call('init', {
			indexUrl: new URL(indexUrl, location.href).href,
			termsUrl: new URL(termsUrl, location.href).href,
			pieceCount,
			columnsUrl: columnsUrls && new URL(columnsUrls.columns, location.href).href,
			codesUrl: columnsUrls && new URL(columnsUrls.codes, location.href).href
		});
		this.ready = new Promise<void>((resolve, reject) => {
			failed = reject;
			// A client let go before its worker was ready is never ready, nor failed.
			started.then(
				() => resolve(),
				(err: Error) => this.destroyed || reject(err)
			);
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
				failed(new Error(`the search worker could not start (${(err as Error).message})`));
				this.workerless();
				return;
			}
			// An error before the worker has said anything means it did not start; any error leaves
			// the pieces it was fetching to the page, so that the corpus still loads.
			worker.addEventListener('error', (e) => {
				failed(new Error(e.message || (this.heard ? 'the search worker failed' : 'the search worker failed to start')));
				this.workerless();
			});
			worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
				this.heard = true;
				this.caller.receive(e.data);
			});
			this.worker = worker;
			for (const [msg, transfer] of this.queued) worker.postMessage(msg, transfer);
			this.queued = [];
		};
	}

	/** One metadata piece's JSON bytes, in bundle order; transferred, not copied (the caller must not use them again). */
	addPiece(bytes: ArrayBuffer) {
		this.caller.tell('piece', bytes, { transfer: [bytes] });
	}

	/**
	 * Has the worker fetch the next metadata piece (in bundle order), add it to what it
	 * searches, and hand its bytes over: the page's thread never receives the download. Without
	 * a worker the page fetches it itself.
	 */
	fetchPiece(url: string): Promise<Uint8Array> {
		if (this.unstarted) return fetchBytes(url);
		return this.caller.call('fetchPiece', new URL(url, location.href).href).then(
			(bytes) => new Uint8Array(bytes!),
			// A worker gone meanwhile leaves the piece to the page.
			(err: Error) => (this.unstarted && !this.destroyed ? fetchBytes(url) : Promise.reject(err))
		);
	}

	/** The worker could not start, or failed: the pieces it was asked for, and any after them, are fetched by the page. */
	private workerless() {
		this.unstarted = true;
		this.queued = [];
		this.caller.failAll(new Error('the search worker failed'));
	}

	private post(msg: ToWorker<SearchCalls>, transfer: Transferable[] = []) {
		if (this.destroyed) return;
		if (this.worker) this.worker.postMessage(msg, transfer);
		else this.queued.push([msg, transfer]);
	}

	/** Replaces the imported collections the worker searches besides the bundle; the page lists their articles from `offset` on. */
	setImports(offset: number, collections: string[]) {
		this.caller.tell('imports', { offset, collections });
	}

	/**
	 * Answers `query`. Within a lane only the newest query is answered: a query the reader is
	 * typing drops the answers to its earlier keystrokes (resolved as `null`), while a compared
	 * query, sent in a lane of its own, is answered whatever else is asked meanwhile. With a
	 * `view` (a page without every article's metadata), the answer also holds the view's rows
	 * and counts, worked out over the article columns.
	 */
	search(query: string, lane = 'typed', view?: QueryView): Promise<SearchOutcome | null> {
		return this.caller.call('query', { query, lane, view }, { lane: `query:${lane}` }).catch((err: Error) => this.failure(err));
	}

	/**
	 * The frequent and distinctive terms of `rows` (article indices, moved to the worker; null for
	 * every article). A newer request answers an older one with null.
	 */
	terms(rows: Int32Array | null): Promise<TermsOutcome | null> {
		if (this.unstarted) return Promise.resolve({ error: 'the search worker is not running' });
		return this.caller.call('terms', rows, { lane: 'terms', transfer: rows ? [rows.buffer] : [] }).catch((err: Error) => this.failure(err));
	}

	/**
	 * The terms of a period's results (`inside`) against the other results (`all` but those;
	 * null: every article), both moved to the worker. A newer request answers an older one with null.
	 */
	periodTerms(inside: Int32Array, all: Int32Array | null): Promise<TermsOutcome | null> {
		if (this.unstarted) return Promise.resolve({ error: 'the search worker is not running' });
		const transfer = all ? [inside.buffer, all.buffer] : [inside.buffer];
		return this.caller.call('periodTerms', { inside, all }, { lane: 'period-terms', transfer }).catch((err: Error) => this.failure(err));
	}

	/** Every article's columns and code sequences, for the views of provenance (a corpus loaded on demand). */
	provenance(): Promise<ProvenanceOutcome> {
		if (this.unstarted) return Promise.resolve({ error: 'the search worker is not running' });
		return this.caller.call('provenance', null).then(
			(answer) => answer!,
			(err: Error) => ({ error: err.message })
		);
	}

	/** A call's failure as the page's outcome: its message, or nothing once the page let the worker go. */
	private failure(err: Error): { error: string } | null {
		return this.destroyed ? null : { error: err.message };
	}

	destroy() {
		this.destroyed = true;
		this.queued = [];
		this.caller.failAll(new Error('superseded'));
		this.worker?.terminate();
	}
}

/** What the page's state asks of the search worker's client (tests give one without a worker). */
export type SearchWorker = Pick<
	SearchClient,
	'ready' | 'addPiece' | 'fetchPiece' | 'setImports' | 'search' | 'terms' | 'periodTerms' | 'provenance' | 'destroy'
>;
