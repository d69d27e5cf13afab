/**
 * One explorer page, the full one or the embed: the state, the corpus session, the imported
 * collections, the address, the first screen, and what the reader does. The page components
 * (components/ExplorerApp.svelte, components/EmbedApp.svelte) create one while they are set
 * up and draw what it holds; what depends on SvelteKit or the DOM comes in as functions.
 */
import { untrack } from 'svelte';
import type { CountryMeasure } from '../corpus/aggregate';
import { chunkOf } from '../corpus/bundle';
import { registerServiceWorker } from '../pwa/register';
import type { SortOrder } from '../search/filter';
import { CollectionShelf } from './collections';
import { syncAddress } from './address-sync.svelte';
import { Explorer } from './explorer.svelte';
import { CHARTS_WAIT_MS, FirstScreen, drawFirstScreen, startInTurn, type Scheduler } from './first-screen.svelte';
import { ChartFeeds } from './chart-feeds.svelte';
import { ContextReader } from './contexts.svelte';
import type { BundleUrls } from '../load/bundle-urls';
import { CorpusSession } from './session';
import type { Period, View } from './view-url';
import { viewLinks, type ViewLinks } from './view-links.svelte';
import { patched, toggled, withAddedQuery, withCell, withoutQuery, withQueryText, withTerm } from './view-edits';
import { withoutControls } from '../controls';

export interface PageOptions<C> {
	/** The embed: search, results and the timeline only, and no history entries of its own. */
	compact: boolean;
	/** URL parameters that belong to the page around the explorer (the embed's theme). */
	hostParams: readonly string[];
	urls: BundleUrls;
	currentUrl: () => URL;
	navigate: (href: string, replace: boolean) => Promise<unknown>;
	/** Fetches the charts' code. */
	loadCharts: () => Promise<C>;
	afterPaint: Scheduler;
	nextTask: () => Promise<void>;
}

export class ExplorerPage<C> {
	readonly ex = new Explorer();
	readonly session: CorpusSession;
	/** Imported collections: kept in IndexedDB, joined to the bundle's articles. */
	readonly shelf: CollectionShelf;
	readonly screen: FirstScreen<C>;
	/** The result to give focus back to when the reader closes. */
	private returnTo: string | null = null;

	/** The top terms and the views of provenance's columns, counted once their figures come on screen. */
	private feeds: ChartFeeds;
	/** The first results' text, read once "Keyword in context" or "Collocates" comes on screen. */
	private contexts: ContextReader;

	/** The open article's place in the results, or null. */
	readonly position = $derived.by(() => {
		const i = this.ex.openIndex;
		if (i === null) return null;
		const at = this.ex.rows.indexOf(i);
		return at === -1 ? null : at;
	});
	/** Links to the view and its results, and the corpus a link was made on. */
	readonly links: ViewLinks;
	/** The view's link was made on another corpus than this page has: see ViewLinks.otherCorpus. */
	get otherCorpus() {
		return this.links.otherCorpus;
	}

	constructor(private options: PageOptions<C>) {
		const ex = this.ex;
		this.links = viewLinks(ex);
		this.session = new CorpusSession(ex, options.urls);
		this.shelf = new CollectionShelf(ex, this.session);
		this.screen = new FirstScreen<C>(options.compact);
		this.feeds = new ChartFeeds(ex, this.session, this.screen, options);
		this.contexts = new ContextReader(ex, this.session.bodies, options);
		// The embed lists no imported collections.
		if (options.compact) this.shelf.listNone();
		syncAddress(ex, {
			hostParams: options.hostParams,
			replaceAlways: options.compact,
			currentUrl: options.currentUrl,
			navigate: options.navigate,
			applyView: (view) => this.setView(view)
		});
		drawFirstScreen(this.screen, ex, options.afterPaint, () => {
			performance.mark('wirescope:first-results');
			this.session.firstScreenDrawn();
		});
		// Search runs in the worker whenever the query changes (and once the corpus is ready); while
		// the worker counts over the columns, whenever the filters or the order change too.
		$effect(() => {
			const q = ex.q;
			void (ex.byColumns && ex.viewKey);
			if (ex.load.status === 'ready') untrack(() => this.session.answers.search(q));
		});
		// Compared queries are searched too, for their lines and bars.
		$effect(() => {
			const queries = ex.view.queries;
			void (ex.byColumns && ex.viewKey);
			if (ex.load.status === 'ready') untrack(() => this.session.answers.compare(queries));
		});
		// A corpus whose metadata loads on demand: an article linked to that no card fetched holds
		// is looked up by its id.
		$effect(() => {
			if (!ex.byColumns || ex.load.status !== 'ready') return;
			const linked = ex.view.article;
			if (linked !== null && ex.openIndex === null) untrack(() => this.session.findArticle(linked));
		});
		// And the cards of the open article's neighbours in the results, for the reader's previous
		// and next, and of its other versions, which the reader lists.
		$effect(() => {
			const at = this.position;
			if (ex.byColumns && at !== null)
				untrack(() => this.session.loadCards([ex.rows[at - 1], ex.rows[at + 1]].filter((i) => i !== undefined)));
		});
		$effect(() => {
			const open = ex.openIndex;
			const versions = open === null ? undefined : ex.versionsOf.get(open);
			if (ex.byColumns && versions) untrack(() => this.session.loadCards(versions));
		});
		// The service worker installs once the whole corpus is in (on demand: once the first screen
		// is up): installing fetches the app and the corpus again, which on a phone's few cores
		// would slow the corpus's own arrival. A page that could not load its corpus does not
		// register it: what it would cache then (a host's error page, a captive portal's) is what
		// must never be kept.
		$effect(() => {
			if (this.screen.up && (ex.complete || ex.onDemand)) registerServiceWorker();
		});
		// The reader needs the open article's body chunk, and that of the version compared with it.
		$effect(() => {
			// Loading a body retries and reports its failures itself (see BodyLoader.loadChunk).
			if (ex.openIndex !== null) void this.session.bodies.loadChunk(chunkOf(ex.openIndex));
		});
		$effect(() => {
			if (ex.versionIndex !== null) void this.session.bodies.loadVersion(ex.versionIndex);
		});
	}

	/**
	 * Starts the page once it is on screen (it has just been hydrated, in one task): the corpus,
	 * the charts' code and the imported collections, each in a task of its own, the corpus
	 * first. Returns what stops it all.
	 */
	mount(): () => void {
		const screen = this.screen;
		const late = setTimeout(() => (screen.chartsLate = true), CHARTS_WAIT_MS);
		const stop = startInTurn(
			[
				() => this.load(),
				() =>
					this.options.loadCharts().then(
						(charts) => (screen.charts = charts),
						() => (screen.chartsFailed = true)
					),
				() => this.options.compact || this.shelf.load()
			],
			this.options.nextTask
		);
		return () => {
			stop();
			clearTimeout(late);
			this.session.destroy();
		};
	}

	load(): void {
		// The load reports its failures in the explorer's state (ex.load).
		void this.session.load();
	}

	setView(patch: Partial<View>): void {
		this.ex.view = patched(this.ex.view, patch);
	}

	/** Compares the open article with its version `id`, word by word; null stops comparing. */
	compareVersion(id: string | null): void {
		this.setView({ version: id });
	}

	/** Replaces the text of the query the search box edits (control characters, pasted, as spaces: see controls.ts). */
	setQuery(typed: string): void {
		this.setView(withQueryText(this.ex.view, withoutControls(typed)));
	}

	/** Adds an empty query to compare and shows its tab; false when MAX_QUERIES are compared already. */
	addQuery(): boolean {
		const added = withAddedQuery(this.ex.view);
		if (added) this.setView(added);
		return added !== null;
	}

	/** Removes query `i` (the last one left only empties); the tab shown stays on the same query where it can. */
	removeQuery(i: number): void {
		this.setView(withoutQuery(this.ex.view, i));
	}

	/** A view of provenance came on screen. */
	showProvenance(): void {
		this.feeds.provenanceShown = true;
	}

	/** The top terms' figure came on screen. */
	showTerms(): void {
		this.feeds.termsShown = true;
	}

	/** "Keyword in context" or "Collocates" came on screen. */
	showContexts(): void {
		this.contexts.shown = true;
	}

	/** Reads the text of more results for them. */
	readMoreContexts(): void {
		this.contexts.more();
	}

	/** Tries again to read the results' text that could not be fetched. */
	retryContexts(): void {
		this.contexts.retry();
	}

	/** Opens what is behind a period of the timeline (null closes it). */
	showBehind(period: Period | null): void {
		this.setView({ behind: period });
	}

	/** Filters the results to the period open behind a peak, and closes it. */
	filterToBehind(): void {
		const period = this.ex.view.behind;
		if (period) this.setView({ from: period.from, to: period.to, behind: null });
	}

	/** Adds a term to the query the search box edits: a name or a phrase in quotes, as a phrase. */
	addTerm(term: string): void {
		this.setQuery(withTerm(this.ex.q, term));
	}

	/** Shows query `i`'s results and puts it in the search box. */
	showQuery(i: number): void {
		this.setView({ tab: i, article: null });
	}

	setSort(sort: SortOrder): void {
		this.ex.sort = sort;
	}

	setMeasure(measure: CountryMeasure): void {
		this.ex.measure = measure;
	}

	toggleCountry(code: string): void {
		this.setView({ countries: toggled(this.ex.view.countries, code) });
	}

	/** Adds or removes a filed-from filter: a country code, a place, or "none" (see provenance/filed.ts). */
	toggleFiled(value: string): void {
		this.setView({ filed: toggled(this.ex.view.filed, value, (a, b) => a.toLowerCase() === b.toLowerCase()) });
	}

	/** A cell of the filed-from matrix: see withCell. */
	filterCell(row: string, code: string): void {
		this.setView(withCell(this.ex.view, row, code));
	}

	/** Adds or removes a byline filter (a byline key: see provenance/bylines.ts). */
	toggleByline(key: string): void {
		this.setView({ bylines: toggled(this.ex.view.bylines, key) });
	}

	/** Adds or removes an agency filter (an agency as credited: see provenance/agencies.ts). */
	toggleAgency(agency: string): void {
		this.setView({ agencies: toggled(this.ex.view.agencies, agency) });
	}

	/** Opens an article in the reader, at paragraph `at` (0 first) when given. */
	open(id: string, at: number | null = null): void {
		this.returnTo = id;
		this.setView({ article: id, at });
	}

	/** The link of a result: the view with that article open (at paragraph `at`, when given). */
	hrefFor = (id: string, at: number | null = null): string => this.links.hrefFor(id, at);

	/** `path` with the view's query string. */
	withView(path: string): string {
		return this.links.withView(path);
	}

	/** `path` with the view's query string and the corpus it is on (see ViewLinks.frozenLink). */
	frozenLink(path: string): string {
		return this.links.frozenLink(path);
	}

	/** Closes the reader; returns the article whose result should have focus again. */
	close(): string | null {
		const id = this.returnTo ?? this.ex.view.article;
		this.setView({ article: null });
		return id;
	}

	/** Fetches the cards of results about to be drawn (on demand only). */
	showResults(rows: Int32Array): void {
		this.session.loadCards(rows);
	}

	/** Every article's metadata in the page (a download of every result needs it): loaded, on demand, first. */
	wholeCorpus(): Promise<void> {
		return this.ex.byColumns ? this.session.loadAll() : Promise.resolve();
	}

	/** Searches again after the search's data could not be fetched. */
	retrySearch(): void {
		this.session.retrySearch();
	}

	/** Tries the open article's text again now. */
	retryChunk(): void {
		this.session.bodies.retryChunk();
	}

	/** The article before or after the open one in the results, if any. */
	neighbour(delta: -1 | 1): string | null {
		if (this.position === null) return null;
		const i = this.ex.rows[this.position + delta];
		return i === undefined ? null : (this.ex.articleAt(i)?.id ?? null);
	}
}
