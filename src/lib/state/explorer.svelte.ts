/**
 * The explorer's only writable UI state. Everything shown is derived from a few fields
 * (the shareable view, the sort order, the country measure) plus the loaded corpus and
 * the latest search hits; the pure functions that do the work live in corpus/ and search/.
 */
import { countCountries, type CountryMeasure } from '../corpus/aggregate';
import { CHUNK_SIZE, chunkOf, joinArticle, type ArticleMeta, type Body } from '../corpus/bundle';
import type { Hit } from '../search/engine';
import { dayOf, filterRows, type Row, type SortOrder } from '../search/filter';
import { emptyView, type View } from './view-url';

export type LoadState = { status: 'loading'; loaded: number; total: number | null } | { status: 'ready' } | { status: 'error'; message: string };

export class Explorer {
	view = $state<View>(emptyView());
	sort = $state<SortOrder>('relevance');
	measure = $state<CountryMeasure>('articles');
	load = $state<LoadState>({ status: 'loading', loaded: 0, total: null });
	articles = $state.raw<ArticleMeta[]>([]);
	/** Body chunks loaded so far, by chunk number. */
	chunks = $state.raw<ReadonlyMap<number, Body[]>>(new Map());
	/** Files the build's parser rejected (their reasons are in the bundle). */
	rejectedCount = $state(0);
	/** Hits for `searchedQuery`; null when the query is empty (every article passes). */
	hits = $state.raw<Hit[] | null>(null);
	/** Corpus words the query matched, for highlighting. */
	words = $state.raw<ReadonlySet<string>>(new Set());
	searchedQuery = $state('');
	searchError = $state<string | null>(null);

	/** The search is catching up with the text in the box. */
	readonly pending = $derived(this.view.q.trim() !== this.searchedQuery.trim());
	/** Results with every filter but the date range: what the timeline draws strong. */
	readonly rowsAnyDate = $derived(filterRows(this.articles, this.hits, { from: null, to: null, countries: this.view.countries }, this.sort));
	readonly rows = $derived(
		this.view.from || this.view.to
			? filterRows(this.articles, this.hits, { from: this.view.from, to: this.view.to, countries: this.view.countries }, this.sort)
			: this.rowsAnyDate
	);
	readonly allDays = $derived(this.articles.map(dayOf).filter((d): d is string => d !== null));
	/**
	 * The results the charts draw. They follow `rows` once typing pauses (the page sets
	 * them), so a keystroke repaints the list, not the timeline and the map as well.
	 */
	chartRows = $state.raw<Row[]>([]);
	chartRowsAnyDate = $state.raw<Row[]>([]);
	readonly matchDays = $derived(this.chartRowsAnyDate.map((r) => dayOf(this.articles[r.i])).filter((d): d is string => d !== null));
	readonly countryValues = $derived(countCountries(this.chartRows.map((r) => this.articles[r.i]), this.measure));
	readonly indexById = $derived(new Map(this.articles.map((a, i) => [a.id, i])));
	/** Index of the article open in the reader, if it exists in the corpus. */
	readonly openIndex = $derived(this.view.article ? (this.indexById.get(this.view.article) ?? null) : null);
	/** The open article in full, once its body chunk has loaded. */
	readonly openArticle = $derived.by(() => {
		const i = this.openIndex;
		const body = i === null ? undefined : this.chunks.get(chunkOf(i))?.[i % CHUNK_SIZE];
		return i !== null && body ? joinArticle(this.articles[i], body) : null;
	});
}
