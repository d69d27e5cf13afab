/**
 * The answers to the view's queries: the search worker asked (newest query only, a lane per
 * compared query), its answers kept per query and view, and shown. The only writer of the
 * explorer's answer fields: the hits and what goes with them (searchedQuery, words, partial,
 * queryNotes, suggestions, searchError, searchRetryable), the counts over the columns (counted,
 * countedView), the compared queries' answers and the top terms.
 */
import { untrack } from 'svelte';
import type { SearchOutcome, SearchWorker } from '../search/client';
import type { QueryView } from '../search/worker-messages';
import { anyFilter } from '../search/filter';
import { QUERY_REFUSED, type SearchResult } from '../search/engine';
import type { ColumnAnswer } from '../search/column-filter';
import { BundleChanged } from '../corpus/bundle';
import type { Explorer } from './explorer.svelte';
import { filtersOf } from './view-url';

/** A query that could not run, as the charts count it: no results. */
function emptyAnswer(): ColumnAnswer {
	return { rows: new Int32Array(), days: [], countries: { articles: [], mentions: [] } };
}

/**
 * User Timing entries for each answered query (read by `npm run bench`, and visible in any
 * browser's performance panel): the worker's own time, and keystroke to painted results.
 */
function markTimings(started: number, workerMs: number, query: string): void {
	performance.measure('wirescope:worker', { start: started, duration: workerMs, detail: { query } });
	requestAnimationFrame(() => setTimeout(() => performance.measure('wirescope:paint', { start: started, end: performance.now() })));
}

/** What the answers need of the session that owns the search worker. */
export interface SearchLink {
	/** The search worker now; null before the corpus's first piece, and after a failed load. */
	client(): SearchWorker | null;
	/** Settles once every piece the worker needs is in the page's list (on demand: the first). */
	piecesIn(): Promise<void>;
	/** Starts another worker if the one there could not load its index (the host may have recovered). */
	restart(): void;
	/** The worker could not load its index or start: the next search starts another. */
	broken(): void;
	/** The worker found the index or a piece of a newer build: the page offers to reload. */
	changed(): void;
}

export class SearchAnswers {
	constructor(
		private ex: Explorer,
		private link: SearchLink
	) {}

	/** A new corpus (or the same again): nothing is kept of the answers before. */
	reset(): void {
		const ex = this.ex;
		this.answered.clear();
		ex.counted = null;
		ex.countedView = '';
		ex.countedAnswers = new Map();
		ex.behindAnswer = null;
		ex.behindTerms = null;
	}

	/**
	 * Asks again for every query of the view, forgetting what was kept: what the worker searches
	 * changed (imported collections), or it failed to fetch what they need (the Retry beside the message).
	 */
	again(): void {
		const ex = this.ex;
		this.answered.clear();
		ex.answers = new Map();
		ex.countedAnswers = new Map();
		ex.behindAnswer = null;
		ex.behindTerms = null;
		ex.searchRetryable = false;
		this.search(untrack(() => ex.q));
		this.compare(untrack(() => ex.view.queries));
	}

	/**
	 * Answers kept per query (trimmed; while the page counts over the columns, with the view's
	 * filters and order: see keyOf): going back to a query's tab shows its results without
	 * asking the worker again, and a compared query's hits draw its line and bars (a query that
	 * could not run has none). Only the view's queries are kept.
	 */
	private answered = new Map<string, { result: SearchResult | null; hits: Int32Array | null; counted: ColumnAnswer | null }>();
	/** Compared queries sent to the worker and not yet answered, by keyOf. */
	private asked = new Set<string>();

	/** What an answer to `query` is kept under: the query, and while byColumns the view's filters and order too. */
	private keyOf(query: string): string {
		const view = this.viewCounted();
		return view ? `${view}\n${query}` : query;
	}

	/** The view's filters, order and country measure as its viewKey while byColumns (what the worker counts for), '' otherwise. */
	private viewCounted(): string {
		const ex = this.ex;
		return untrack(() => (ex.byColumns ? ex.viewKey : ''));
	}

	/**
	 * Keeps the answer to `query` while the view still has it. Compared, a query that could not
	 * run matches nothing: the charts draw the others (with no counts of its own while `counting`).
	 */
	private keep(query: string, outcome: SearchOutcome, counting: boolean): void {
		this.answered.set(
			this.keyOf(query),
			'error' in outcome
				? { result: null, hits: new Int32Array(), counted: counting ? emptyAnswer() : null }
				: { result: outcome.result, hits: outcome.result?.hits ?? null, counted: outcome.counted }
		);
		this.publish();
	}

	/** Forgets the answers to queries the view no longer has, and gives the charts the compared queries' answers. */
	private publish(): void {
		const ex = this.ex;
		const queries = untrack(() => ex.view.queries.map((q) => q.trim()));
		const keys = queries.map((q) => this.keyOf(q));
		for (const key of this.answered.keys()) if (!keys.includes(key)) this.answered.delete(key);
		const known = queries.flatMap((q, i) => {
			const answer = this.answered.get(keys[i]);
			return answer ? [[q, answer] as const] : [];
		});
		const compared = queries.length > 1;
		ex.answers = compared ? new Map(known.map(([q, a]) => [q, a.hits])) : new Map();
		ex.countedAnswers = compared ? new Map(known.flatMap(([q, a]) => (a.counted ? [[q, a.counted]] : []))) : new Map();
	}

	/** Shows the answer to the query the box edits (and, while byColumns, to the view's filters and order). */
	private show(q: string, result: SearchResult | null, counted: ColumnAnswer | null = null, view = ''): void {
		const ex = this.ex;
		ex.searchedQuery = q;
		ex.hits = result?.hits ?? null;
		ex.words = new Set(result?.words ?? []);
		ex.partial = result?.partial ?? null;
		ex.queryNotes = result?.notes ?? [];
		ex.suggestions = result?.suggestions ?? [];
		ex.searchError = null;
		ex.searchRetryable = false;
		ex.counted = counted;
		ex.countedView = view;
	}

	/**
	 * What the worker is asked to count for the view while byColumns (null otherwise): the
	 * filters and order; with the view's key, to tell whose answer it is.
	 */
	private columnView(): { view: QueryView; key: string } | null {
		const key = this.viewCounted();
		if (!key) return null;
		// Read back from the key: plain values, which a worker's message can carry (the view's own are proxies).
		const [filters, sort, measure] = JSON.parse(key) as [QueryView['filters'], QueryView['sort'], QueryView['measure']];
		return { view: { filters, sort, measure }, key };
	}

	/**
	 * Searches the query the search box edits, for the results list (and its compared line, if
	 * any); while byColumns, with the view's filters and order, which the worker counts.
	 */
	search(q: string): void {
		const ex = this.ex;
		// A worker that could not load the index is started again: the host may have recovered.
		this.link.restart();
		if (!this.link.client()) return;
		const key = q.trim();
		const columns = this.columnView();
		const view = columns?.key ?? '';
		// No query: every article passes, which needs no worker unless filters are counted or queries compared.
		const filtered = columns && (anyFilter(columns.view.filters) || untrack(() => ex.view.queries.length) > 1);
		if (!key && !filtered) return this.show(q, null, null, view);
		const known = this.answered.get(this.keyOf(key));
		if (known && (known.result || !key)) return this.show(q, known.result, known.counted, view);
		const client = this.link.client();
		const started = performance.now();
		this.ask(q, 'typed', columns?.view)
			.then((outcome) => {
				if (!outcome) return;
				// A query the box no longer holds (cleared, or answered at once without the worker
				// meanwhile) is kept, not shown over the newer one.
				const current = untrack(() => ex.q) === q;
				if ('error' in outcome) {
					if (!current) {
						if (client === this.link.client()) this.keep(key, outcome, !!columns);
						return;
					}
					ex.searchedQuery = q;
					ex.searchError = outcome.error;
					// A query the parser refused stays refused; one whose shards did not come may be asked again.
					ex.searchRetryable = !outcome.error.startsWith(QUERY_REFUSED);
					ex.countedView = view;
					if (client === this.link.client()) this.keep(key, outcome, !!columns);
					return;
				}
				if (client !== this.link.client() || view !== this.viewCounted()) return;
				this.keep(key, outcome, !!columns);
				if (!current) return;
				this.show(q, outcome.result, outcome.counted, view);
				markTimings(started, outcome.ms, q);
			})
			.catch((err: Error) => {
				ex.searchedQuery = q;
				ex.countedView = view;
				ex.searchError = `Search could not run: ${err.message}`;
				// The worker could not load the index or start; another will try (a newer build will not help).
				// The worker found the index or a piece of a newer build (its message is BundleChanged's).
				const changed = err.message === new BundleChanged().message;
				const broken = client === this.link.client() && !changed;
				if (broken) this.link.broken();
				ex.searchRetryable = broken;
				if (changed) this.link.changed();
			});
	}

	/**
	 * Searches each compared query not answered yet, each in a lane of its own so that none
	 * replaces another; the one being typed is `search`'s. A query that cannot run matches
	 * nothing. While byColumns, an empty query (every article) is counted by the worker too.
	 */
	compare(queries: readonly string[]): void {
		if (!this.link.client()) return;
		this.publish();
		if (queries.length < 2) return;
		const typed = this.ex.q.trim();
		const columns = this.columnView();
		for (const raw of queries) {
			const q = raw.trim();
			const key = this.keyOf(q);
			if ((!q && !columns) || q === typed || this.answered.has(key) || this.asked.has(key)) continue;
			this.asked.add(key);
			const client = this.link.client();
			this.ask(q, `compared:${q}`, columns?.view)
				.then((outcome) => {
					if (!outcome || client !== this.link.client() || key !== this.keyOf(q)) return;
					this.keep(q, outcome, !!columns);
				})
				.catch(() => {})
				.finally(() => this.asked.delete(key));
		}
	}

	/** Asks the worker once the index and every piece of the corpus (on demand: the first) are in. */
	private ask(q: string, lane: string, view?: QueryView): Promise<SearchOutcome | null> {
		const client = this.link.client()!;
		return Promise.all([client.ready, this.link.piecesIn()]).then(() => client.search(q, lane, view));
	}

	/**
	 * While byColumns, asks the worker for the period behind a peak (ex.behindKey): the period's
	 * results by relevance (every filter but the date range, the period's days instead) and
	 * the results of any date; both counted over the columns, each in a lane of its own.
	 */
	behind(): void {
		const ex = this.ex;
		const { key, period, q, filters } = untrack(() => ({
			key: ex.behindKey,
			period: ex.view.behind,
			q: ex.searchedQuery,
			filters: filtersOf(ex.view, false)
		}));
		if (!period || !this.link.client() || untrack(() => ex.behindAnswer?.key) === key) return;
		const client = this.link.client();
		// Plain values, which a worker's message can carry (the view's own are proxies); counted by
		// articles, which needs no mention counts.
		const plain = JSON.parse(JSON.stringify(filters)) as QueryView['filters'];
		const view = (f: QueryView['filters']): QueryView => ({ filters: f, sort: 'relevance', measure: 'articles' });
		const answered = (outcome: SearchOutcome | null) =>
			outcome && ('error' in outcome ? outcome.error : (outcome.counted?.rows ?? 'the worker counted nothing'));
		void Promise.all([this.ask(q, 'behind', view({ ...plain, ...period })), this.ask(q, 'behind-any-date', view(plain))])
			.then(([inside, all]) => [answered(inside), answered(all)] as const)
			.catch((err: Error) => [err.message, err.message] as const)
			.then(([inside, all]) => {
				if (inside === null || all === null || client !== this.link.client() || untrack(() => ex.behindKey) !== key) return;
				const error = typeof inside === 'string' ? inside : typeof all === 'string' ? all : null;
				const none = new Int32Array();
				ex.behindAnswer = error
					? { key, rows: none, all: none, error }
					: { key, rows: inside as Int32Array, all: all as Int32Array, error: null };
			});
	}

	/**
	 * Counts the distinctive terms of the period behind a peak (`rows`) against the other results
	 * (`all` but those; null: every article) in the worker, for ex.behindKey `key`; the newest request wins.
	 */
	countPeriodTerms(key: string, rows: Int32Array, all: Int32Array | null): void {
		const ex = this.ex;
		const client = this.link.client();
		if (!client) return;
		// Copies move to the worker: the page keeps its own.
		void client.periodTerms(rows.slice(), all && all.slice()).then((outcome) => {
			if (!outcome || client !== this.link.client() || untrack(() => ex.behindKey) !== key) return;
			ex.behindTerms = 'error' in outcome ? { key, lists: null, error: outcome.error } : { key, lists: outcome.lists, error: null };
		});
	}

	/**
	 * Counts the top terms of `rows` (null: every article) in the worker; the newest request
	 * wins. Until its answer, the lists shown stay, marked as being counted again.
	 */
	countTerms(rows: Int32Array | null): void {
		const ex = this.ex;
		const client = this.link.client();
		if (!client) return;
		ex.terms = { ...ex.terms, counting: true };
		const started = performance.now();
		// The rows move to the worker: a copy, since the charts keep theirs.
		// An error comes back as an outcome: the promise itself never rejects.
		void client.terms(rows && rows.slice()).then((outcome) => {
			if (!outcome || client !== this.link.client()) return;
			if ('error' in outcome) {
				ex.terms = { lists: null, counting: false, error: outcome.error };
				return;
			}
			ex.terms = { lists: outcome.lists, counting: false, error: null };
			// Request to painted lists, for `npm run bench:terms` and any browser's performance panel.
			const detail = { workerMs: outcome.ms, articles: outcome.lists.articles };
			requestAnimationFrame(() =>
				setTimeout(() => performance.measure('wirescope:terms', { start: started, end: performance.now(), detail }))
			);
		});
	}
}
