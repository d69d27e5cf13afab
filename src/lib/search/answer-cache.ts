/**
 * The search worker's recent answers, so that a query asked again (typed once more, back in the
 * history, a filter turned off again) is answered without searching and counting the whole
 * corpus once more: at a million articles a broad word costs the worker a few hundred
 * milliseconds each time. Least recently used answers go first once the entries' typed arrays
 * pass a byte budget; an answer bigger than the budget is never kept.
 *
 * The worker keeps two: the engine's result by query (a filter changed then only counts again)
 * and the counted view by query and view. Both are cleared when imported collections change, and
 * an answer worked out before such a change is not kept (see `generation`).
 */
import type { ColumnAnswer } from './column-filter';
import type { SearchResult } from './engine';
import type { QueryView } from './worker-messages';

/** Answers by key, least recently used going first past `maxBytes` (as `sizeOf` counts them). */
export class AnswerCache<V> {
	private entries = new Map<string, { value: V; bytes: number }>();
	private held = 0;
	/** Goes up at each clear: an answer begun before it is not stored. */
	generation = 0;

	constructor(
		private maxBytes: number,
		private sizeOf: (value: V) => number
	) {}

	/** The answer kept for `key`, now the most recently used. */
	get(key: string): V | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry.value;
	}

	/** Keeps `value` for `key` unless it was worked out before the last clear (`since`, the generation then). */
	set(key: string, value: V, since = this.generation): void {
		if (since !== this.generation) return;
		const bytes = this.sizeOf(value);
		if (bytes > this.maxBytes) return;
		this.drop(key);
		this.entries.set(key, { value, bytes });
		this.held += bytes;
		for (const [oldest] of this.entries) {
			if (this.held <= this.maxBytes) break;
			this.drop(oldest);
		}
	}

	clear(): void {
		this.entries.clear();
		this.held = 0;
		this.generation++;
	}

	/** The bytes of the answers kept. */
	get bytes(): number {
		return this.held;
	}

	private drop(key: string): void {
		const entry = this.entries.get(key);
		if (!entry) return;
		this.entries.delete(key);
		this.held -= entry.bytes;
	}
}

/** Each typed array's bytes in an engine's result (the lists of words and notes are small beside them). */
const resultBytes = (r: { result: SearchResult | null }) => (r.result ? r.result.hits.byteLength + r.result.scores.byteLength : 0) + 64;
const countedBytes = (c: ColumnAnswer) => c.rows.byteLength + 16 * (c.days.length + c.countries.articles.length);

/** A copy whose hit arrays the worker may move to the page, keeping its own. */
const copyResult = (r: SearchResult | null): SearchResult | null => r && { ...r, hits: r.hits.slice(), scores: r.scores.slice() };
const copyCounted = (c: ColumnAnswer): ColumnAnswer => ({ ...c, rows: c.rows.slice() });

/**
 * The search worker's two caches: the engine's result by query, and the counted view by query
 * and view. Each gives and keeps copies, since the worker moves an answer's arrays to the page.
 */
export class RecentAnswers {
	private results = new AnswerCache<{ result: SearchResult | null }>(32 << 20, resultBytes);
	private counts = new AnswerCache<ColumnAnswer>(16 << 20, countedBytes);

	/** Where the caches stand (both are cleared together): pass it back when keeping an answer worked out since. */
	get generation(): number {
		return this.results.generation;
	}

	/** The engine's result for `query`, or undefined when none is kept. */
	result(query: string): SearchResult | null | undefined {
		const kept = this.results.get(query);
		return kept && copyResult(kept.result);
	}

	keepResult(query: string, result: SearchResult | null, since: number): void {
		this.results.set(query, { result: copyResult(result) }, since);
	}

	/** The view counted for `query`, or undefined when none is kept. */
	counted(query: string, view: QueryView): ColumnAnswer | undefined {
		const kept = this.counts.get(viewKey(query, view));
		return kept && copyCounted(kept);
	}

	keepCounted(query: string, view: QueryView, counted: ColumnAnswer, since: number): void {
		this.counts.set(viewKey(query, view), copyCounted(counted), since);
	}

	/** Forgets every answer: the articles searched have changed (imported collections). */
	clear(): void {
		this.results.clear();
		this.counts.clear();
	}
}

const viewKey = (query: string, view: QueryView) => JSON.stringify([query, view.filters, view.sort, view.measure]);
