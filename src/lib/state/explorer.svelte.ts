/**
 * The explorer's state: what the user chose (the shareable view, the sort order, the country
 * measure), the corpus as loaded, the answers to the view's queries, and the charts' model;
 * everything shown is derived from those. Each field has one writer (owners.js lists them, the
 * lint enforces it); the pure functions that do the work live in corpus/ and search/.
 */
import type { CountryMeasure } from '../corpus/aggregate';
import type { CorpusTotals } from './chart-counts';
import type { Charted, ChartModel, Series } from './chart-model';
import { bodyOf, joinArticle, type ArticleMeta, type Body } from '../corpus/bundle';
import type { ImportProgress } from '../collections/import-client';
import type { ListedCollection } from '../collections/types';
import { everyRow, filterRows, type Filters, type SortOrder } from '../search/filter';
import type { ColumnAnswer } from '../search/column-filter';
import type { SearchResult, Suggestion } from '../search/engine';
import type { TermLists } from '../terms/rank';
import { emptyView, filtersOf, queryOf, type View } from './view-url';
import type { Provenance } from './provenance-build';
import type { Contexts } from '../contexts/sample';

export type LoadState =
	{ status: 'loading'; loaded: number; total: number | null } | { status: 'ready' } | { status: 'error'; message: string };

export class Explorer {
	view = $state<View>(emptyView());
	sort = $state<SortOrder>('relevance');
	measure = $state<CountryMeasure>('articles');
	load = $state<LoadState>({ status: 'loading', loaded: 0, total: null });
	/** The bundled corpus's articles; `articles` follows them with the visible imported collections'. */
	bundled = $state.raw<ArticleMeta[]>([]);
	/** Articles in the whole bundle; more than `bundled.length` while its pieces are still loading. */
	bundledTotal = $state(0);
	/** Every piece of the bundle is in (whatever their article counts add up to). */
	complete = $state(false);
	/**
	 * The bundle's pieces after the first load only when a view needs every article (a large
	 * corpus, see MetaFile.onDemand); `loadingAll` is set once one has asked for them.
	 */
	onDemand = $state(false);
	loadingAll = $state(false);
	/** The bundle's build: the fingerprint of its articles (see corpus/hash.ts), from its first piece. */
	build = $state<string | null>(null);
	/**
	 * The page has not every article's metadata: what the view shows is the search worker's
	 * answer over the article columns (`counted`), and the results on screen are `cards`.
	 */
	readonly byColumns = $derived(this.onDemand && !this.complete);
	/** Bundle articles beyond `bundled`, fetched as cards for the results shown, by index. */
	cards = $state.raw<ReadonlyMap<number, ArticleMeta>>(new Map());
	/** The worker's answer for the typed query and `countedView`, while byColumns. */
	counted = $state.raw<ColumnAnswer | null>(null);
	/** The filters, order and measure `counted` answers, as a viewKey. */
	countedView = $state('');
	/** Each compared query's answer over the columns while byColumns, by its trimmed text (of the current viewKey). */
	countedAnswers = $state.raw<ReadonlyMap<string, ColumnAnswer>>(new Map());
	/** Bundle pieces still loading: the first screen is up, the rest of the corpus is on its way. */
	readonly loadingMore = $derived(
		this.load.status === 'ready' && (!this.onDemand || this.loadingAll) && this.bundled.length < this.bundledTotal
	);
	/** Collections imported into this browser, oldest first (their articles' metadata: bodies stay in IndexedDB). */
	collections = $state.raw<ListedCollection[]>([]);
	/** The body of the imported article open in the reader, once read from IndexedDB. */
	importedBody = $state.raw<{ id: string; body: Body } | null>(null);
	/** The same for the imported version compared with it. */
	importedVersionBody = $state.raw<{ id: string; body: Body } | null>(null);
	/** The bundle's stories told in several versions: groups of article indices (see provenance/versions.ts). */
	bundleVersions = $state.raw<readonly number[][]>([]);
	/** The imported collections have been read from this browser's storage (or there are none to read). */
	collectionsRead = $state(false);
	/** The import under way, if any. */
	importing = $state.raw<ImportProgress | null>(null);
	/** What the last import or collection change did, or why it failed. */
	importNote = $state<{ text: string; error: boolean } | null>(null);
	/** Ids of the collections shown, in the order their articles follow the bundle's. */
	readonly visibleCollections = $derived(this.collections.filter((c) => !c.hidden).map((c) => c.id));
	/** The visible collections' articles, in the order they follow the bundle's. */
	readonly importedMetas = $derived(this.collections.filter((c) => !c.hidden).flatMap((c) => c.metas));
	readonly articles = $derived(this.importedMetas.length ? [...this.bundled, ...this.importedMetas] : this.bundled);
	/** Where the imported articles start: after the whole bundle while byColumns, after the articles listed otherwise. */
	readonly importsAt = $derived(this.byColumns ? this.bundledTotal : this.bundled.length);
	/** Articles in the corpus, loaded or not. */
	readonly total = $derived(this.bundledTotal + this.importedMetas.length);
	/** Body chunks loaded so far, by chunk number. */
	chunks = $state.raw<ReadonlyMap<number, Body[]>>(new Map());
	/** A later piece of the bundle, or its search index, came from a newer build: the page offers to reload. */
	bundleChanged = $state(false);
	/** Why the open article's body chunk could not be loaded (it is being tried again), or null. */
	chunkError = $state<string | null>(null);
	/** Files the build's parser rejected (their reasons are in the bundle). */
	rejectedCount = $state(0);
	/** Hits for `searchedQuery`; null when the query is empty (every article passes). */
	hits = $state.raw<Int32Array | null>(null);
	/** Corpus words the query matched, for highlighting. */
	words = $state.raw<ReadonlySet<string>>(new Set());
	/** Set when no article has every word of the query: the hits have `matched` of its `of` words. */
	partial = $state.raw<SearchResult['partial']>(null);
	/** How the query was read where it was not quite well formed (an unclosed quote). */
	queryNotes = $state.raw<string[]>([]);
	/** Nearest corpus words for query words that found nothing. */
	suggestions = $state.raw<Suggestion[]>([]);
	searchedQuery = $state('');
	searchError = $state<string | null>(null);
	/** The search failed for want of its data (the index, a shard, the worker), not its syntax: it may be tried again. */
	searchRetryable = $state(false);
	/**
	 * While queries are compared, each one's hits by its trimmed text (null: every article
	 * passes); a query not answered yet is missing.
	 */
	answers = $state.raw<ReadonlyMap<string, Int32Array | null>>(new Map());
	/** The top terms of the results the country charts count (see ExplorerPage), once asked for. */
	terms = $state.raw<{ lists: TermLists | null; counting: boolean; error: string | null }>({ lists: null, counting: false, error: null });
	/**
	 * While byColumns, the worker's answer for the period behind a peak (see behindKey): the
	 * period's results by relevance, and the results of any date they are set against.
	 */
	behindAnswer = $state.raw<{ key: string; rows: Int32Array; all: Int32Array; error: string | null } | null>(null);
	/** The distinctive terms of the period behind a peak against the other results, for `key` (see behindKey). */
	behindTerms = $state.raw<{ key: string; lists: TermLists | null; error: string | null } | null>(null);
	/** The first results' text as read for "Keyword in context" and "Collocates", once either has been on screen. */
	contexts = $state.raw<Contexts | null>(null);

	/** The query the search box edits and the results list. */
	readonly q = $derived(queryOf(this.view));
	/** The filters, order and country measure of the view, as one string: what a worker's answer over the columns is for. */
	readonly viewKey = $derived(JSON.stringify([filtersOf(this.view), this.sort, this.measure]));
	/**
	 * The measure the country charts show: the one chosen, but by articles while the worker's
	 * answer holds no mention counts (they are fetched the first time mentions are asked for,
	 * and come with the answer asked by mentions), so no bar is labelled with what it does not count.
	 */
	readonly shownMeasure = $derived<CountryMeasure>(
		this.measure === 'mentions' && this.counted !== null && this.counted.countries.mentions === null ? 'articles' : this.measure
	);
	/** The search is catching up with the text in the box (or, while byColumns, with the filters). */
	readonly pending = $derived(this.q.trim() !== this.searchedQuery.trim() || (this.byColumns && this.countedView !== this.viewKey));
	/** No answered query and no filter but the date range: every article passes but for the date range. */
	readonly passAnyDate = $derived(
		this.hits === null &&
			this.view.countries.length === 0 &&
			this.view.filed.length === 0 &&
			this.view.bylines.length === 0 &&
			this.view.agencies.length === 0
	);
	/** And no date range either: every article passes. */
	readonly passAll = $derived(this.passAnyDate && !this.view.from && !this.view.to);
	/**
	 * While byColumns, the results: every article when every one passes, else the worker's
	 * (null until its first answer, when the loaded articles stand in).
	 */
	private readonly columnRows = $derived(this.byColumns ? (this.passAll ? everyRow(this.total) : (this.counted?.rows ?? null)) : null);
	/** Results with every filter but the date range: what the timeline draws strong (while byColumns, counted by the worker). */
	readonly rowsAnyDate = $derived(this.columnRows ?? filterRows(this.articles, this.hits, filtersOf(this.view, false), this.sort));
	readonly rows = $derived(
		this.columnRows ??
			(this.view.from || this.view.to ? filterRows(this.articles, this.hits, filtersOf(this.view), this.sort) : this.rowsAnyDate)
	);

	/** What the period behind a peak is worked out for: the query, the filters but dates, the period ('' when none is open). */
	readonly behindKey = $derived(
		this.view.behind ? JSON.stringify([this.searchedQuery.trim(), filtersOf(this.view, false), this.view.behind]) : ''
	);
	/**
	 * The period behind a peak, when one is open and worked out: its results (every filter but
	 * the date range, which the period stands in for) by relevance, and the results of any date
	 * (null: every article), which its terms are set against. While byColumns, the worker's.
	 */
	readonly behind = $derived.by((): { rows: Int32Array; all: Int32Array | null; error: string | null } | null => {
		const period = this.view.behind;
		if (!period) return null;
		if (this.byColumns) {
			const answer = this.behindAnswer;
			return answer?.key === this.behindKey ? answer : null;
		}
		const filters = filtersOf(this.view, false);
		return {
			rows: filterRows(this.articles, this.hits, { ...filters, ...period }, 'relevance'),
			all: this.passAnyDate ? null : this.rowsAnyDate,
			error: null
		};
	});

	/** Article `i` of the corpus (the bundle's, then the visible collections'), if its metadata is in the page. */
	articleAt(i: number): ArticleMeta | undefined {
		if (i < this.bundled.length) return this.bundled[i];
		if (i < this.importsAt) return this.cards.get(i);
		return this.importedMetas[i - this.importsAt];
	}
	/**
	 * The whole bundle's days and country counts, known from its first piece: while its other
	 * pieces load, the charts already show the whole corpus, and for a view that every article
	 * passes they do not change when the pieces arrive. Null for a bundle written without them.
	 */
	corpusTotals = $state.raw<CorpusTotals | null>(null);
	/** The views of provenance's columns, once built for the corpus's articles (see ExplorerPage). */
	provenance = $state.raw<Provenance | null>(null);
	/** What the timeline draws: the results with every filter but the date range. */
	private readonly chartedTimeline = $derived<Charted>({
		articles: this.articles,
		rows: this.rowsAnyDate,
		series: this.seriesRows(filtersOf(this.view, false)),
		imported: this.importedMetas,
		everything: this.passAnyDate,
		counted: this.byColumns ? this.counted : null
	});
	/** What the country charts and the views of provenance draw: the results with every filter. */
	private readonly chartedCountries = $derived<Charted>({
		articles: this.articles,
		rows: this.rows,
		series: this.seriesRows(filtersOf(this.view)),
		imported: this.importedMetas,
		everything: this.passAll,
		counted: this.byColumns ? this.counted : null
	});
	/**
	 * The charts' model (see chart-model.ts). With no answered query and no filter but dates,
	 * every article passes, loaded or not (see corpusTotals); the country charts also count only
	 * the date range's articles.
	 */
	readonly charted = $derived<ChartModel>({
		timeline: this.chartedTimeline,
		countries: this.chartedCountries,
		provenance: this.provenance
	});
	/** Index of each article whose metadata is in the page, by id. */
	readonly indexById = $derived.by(() => {
		const byId = new Map(this.bundled.map((a, i) => [a.id, i]));
		for (const [i, a] of this.cards) byId.set(a.id, i);
		this.importedMetas.forEach((a, k) => byId.set(a.id, this.importsAt + k));
		return byId;
	});
	/**
	 * Each article told in several versions, by its index: the indices of all its versions (its
	 * own included). The bundle's groups, then each visible collection's, at its place in `articles`.
	 */
	readonly versionsOf = $derived.by(() => {
		const of = new Map<number, readonly number[]>();
		const add = (groups: readonly number[][], offset: number) => {
			for (const group of groups) {
				const at = offset ? group.map((i) => i + offset) : group;
				for (const i of at) of.set(i, at);
			}
		};
		// An archive's groups hold indices into the whole bundle, whose cards come as they are shown.
		if (this.complete || this.onDemand) add(this.bundleVersions, 0);
		let offset = this.importsAt;
		for (const c of this.collections) {
			if (c.hidden) continue;
			add(c.versions ?? [], offset);
			offset += c.metas.length;
		}
		return of;
	});
	/** Index of the version compared with the open article, if it is one of its versions. */
	readonly versionIndex = $derived.by(() => {
		const i = this.view.version ? this.indexById.get(this.view.version) : undefined;
		return i !== undefined && this.openIndex !== null && this.versionsOf.get(this.openIndex)?.includes(i) && i !== this.openIndex
			? i
			: null;
	});
	/** Index of the article open in the reader, if it exists in the corpus. */
	readonly openIndex = $derived(this.view.article ? (this.indexById.get(this.view.article) ?? null) : null);
	/** The open article's body: loaded, on its way (undefined), or from another build of the site ('other'). */
	private readonly openBody = $derived.by((): Body | 'other' | undefined => {
		const i = this.openIndex;
		if (i === null) return undefined;
		const id = this.articleAt(i)!.id;
		// An imported article's body is read from IndexedDB (see BodyLoader.loadChunk), not fetched.
		if (i >= this.importsAt) return this.importedBody?.id === id ? this.importedBody.body : undefined;
		return bodyOf(this.chunks, i, id);
	});
	/** The compared version in full, once its body is in. */
	readonly versionArticle = $derived.by(() => {
		const i = this.versionIndex;
		if (i === null) return null;
		const id = this.articleAt(i)!.id;
		const body =
			i >= this.importsAt ? (this.importedVersionBody?.id === id ? this.importedVersionBody.body : undefined) : bodyOf(this.chunks, i, id);
		return body && body !== 'other' ? joinArticle(this.articleAt(i)!, body) : null;
	});
	/** The open article in full, once its body chunk has loaded. */
	readonly openArticle = $derived(
		this.openIndex !== null && this.openBody && this.openBody !== 'other'
			? joinArticle(this.articleAt(this.openIndex)!, this.openBody)
			: null
	);
	/**
	 * The site was deployed again while this page was open: the body loaded for the open article
	 * belongs to another article of the new build. The page offers to reload instead of showing it.
	 */
	readonly siteUpdated = $derived(this.openBody === 'other' || this.bundleChanged);

	/**
	 * The results of each compared query with `filters` (none while a single query is searched);
	 * while any query is not answered yet, none has rows and those unanswered are pending.
	 */
	seriesRows(filters: Filters): Series[] {
		const queries = this.view.queries;
		if (queries.length < 2) return [];
		if (this.byColumns) {
			const counted = queries.map((query) => this.countedAnswers.get(query.trim()));
			if (counted.includes(undefined))
				return queries.map((query, i) => ({ query, rows: new Int32Array(), pending: counted[i] === undefined }));
			// The worker's answers hold the rows with every filter; the charts take its counts.
			return queries.map((query, i) => ({ query, rows: counted[i]!.rows, pending: false, counted: counted[i] }));
		}
		const hits = queries.map((query) => (query.trim() ? this.answers.get(query.trim()) : null));
		// The charts wait for every answer (see components/paced-figures): no rows are worked out before.
		if (hits.includes(undefined)) return queries.map((query, i) => ({ query, rows: new Int32Array(), pending: hits[i] === undefined }));
		return queries.map((query, i) => ({ query, rows: filterRows(this.articles, hits[i]!, filters, 'relevance'), pending: false }));
	}
}
