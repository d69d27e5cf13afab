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
import { CHARTS_AFTER_MS, CHARTS_WAIT_MS, FirstScreen, drawFirstScreen, startInTurn, type Scheduler } from './first-screen.svelte';
import type { BundleUrls } from '../load/bundle-urls';
import { CorpusSession } from './session';
import { MAX_QUERIES, viewToParams, type FrozenCorpus, type View } from './view-url';
import { corpusFingerprint } from '../corpus/hash';
import type { ArticleMeta } from '../corpus/bundle';
import type { ProvenanceColumns } from '../provenance/columns';
import { buildProvenance } from './provenance-build';
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

	/** The top terms' figure has been on screen: its lists are counted from then on. */
	private termsShown = $state(false);
	/** A view of provenance has been on screen: their columns are built from then on. */
	private provenanceShown = $state(false);
	/** How far the last build of those columns got, to resume from. */
	private provenanceBuilt: { articles: readonly ArticleMeta[]; columns: ProvenanceColumns } | null = null;

	/** The open article's place in the results, or null. */
	readonly position = $derived.by(() => {
		const i = this.ex.openIndex;
		if (i === null) return null;
		const at = this.ex.rows.indexOf(i);
		return at === -1 ? null : at;
	});
	/** The view's query string without the article: worked out once per view, not per result. */
	private listQuery = $derived(viewToParams({ ...this.ex.view, article: null }).toString());
	/** The corpus as this page has it, once whole: what a link to a view says it was made on. */
	private readonly corpusNow = $derived.by((): FrozenCorpus | null => {
		const ex = this.ex;
		if (!ex.collectionsRead) return null;
		// Before its pieces are in, the bundle's build names its articles (it is their fingerprint).
		if (ex.byColumns && ex.build && !ex.importedMetas.length) return { fingerprint: ex.build, articles: ex.total };
		if (!ex.complete) return null;
		return { fingerprint: corpusFingerprint(ex.articles.map((a) => a.id)), articles: ex.articles.length };
	});
	/**
	 * The view's link was made on another corpus than this page has (other articles, or
	 * collections imported there and not here): both, to say so. Null when it was not, or
	 * cannot be known yet.
	 */
	readonly otherCorpus = $derived.by(() => {
		const then = this.ex.view.corpus;
		const now = then && this.corpusNow;
		return then && now && now.fingerprint !== then.fingerprint ? { then, now } : null;
	});

	constructor(private options: PageOptions<C>) {
		const ex = this.ex;
		this.session = new CorpusSession(ex, options.urls);
		this.shelf = new CollectionShelf(ex, this.session);
		this.screen = new FirstScreen<C>(options.compact);
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
		// The top terms follow the results after the charts' pause in typing, counted in the worker
		// while the page draws the charts; not before the whole corpus is in and the figure has
		// come on screen (the term table is fetched at the first request). The embed shows none.
		$effect(() => {
			if (options.compact || !this.termsShown || !this.screen.up || !(ex.complete || ex.byColumns)) return;
			const rows = ex.passAll ? null : ex.rows;
			const timer = setTimeout(() => this.session.answers.countTerms(rows), CHARTS_AFTER_MS);
			return () => clearTimeout(timer);
		});
		// The views of provenance's columns, a slice per task; while byColumns, from the worker's.
		$effect(() => {
			const articles = ex.articles;
			// Built in the background once the whole corpus is in, so that a view scrolled to later
			// draws at once; or as soon as one is on screen. The embed shows none of them.
			const wanted = this.provenanceShown || (!options.compact && this.screen.up && ex.complete);
			if (!wanted || !articles.length || (ex.byColumns && ex.load.status !== 'ready')) return;
			let stopped = false;
			// Counting over metadata the page holds is pure, a slice per task: nothing there can fail.
			const built = ex.byColumns
				? this.session.provenance().then((got) => got && { articles, ...got })
				: buildProvenance(
						articles,
						this.provenanceBuilt,
						() => stopped,
						options.nextTask,
						(columns) => {
							this.provenanceBuilt = { articles, columns };
						}
					);
			// The views draw the new columns one per frame (see components/paced-figures).
			void built.then((built) => {
				if (built && !stopped) ex.provenance = built;
			});
			return () => {
				stopped = true;
			};
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
		const next = { ...this.ex.view, ...patch };
		// A compared version belongs to the article open with it.
		if (!next.article || (next.article !== this.ex.view.article && !('version' in patch))) next.version = null;
		this.ex.view = next;
	}

	/** Compares the open article with its version `id`, word by word; null stops comparing. */
	compareVersion(id: string | null): void {
		this.setView({ version: id });
	}

	/** Replaces the text of the query the search box edits (control characters, pasted, as spaces: see controls.ts). */
	setQuery(typed: string): void {
		const q = withoutControls(typed);
		const { queries, tab } = this.ex.view;
		this.setView({ queries: queries.map((old, i) => (i === tab ? q : old)) });
	}

	/** Adds an empty query to compare and shows its tab; false when MAX_QUERIES are compared already. */
	addQuery(): boolean {
		const { queries } = this.ex.view;
		if (queries.length >= MAX_QUERIES) return false;
		this.setView({ queries: [...queries, ''], tab: queries.length, article: null });
		return true;
	}

	/** Removes query `i` (the last one left only empties); the tab shown stays on the same query where it can. */
	removeQuery(i: number): void {
		const { queries, tab } = this.ex.view;
		if (queries.length === 1) return this.setView({ queries: [''], tab: 0 });
		const next = queries.filter((_, k) => k !== i);
		this.setView({ queries: next, tab: tab > i ? tab - 1 : Math.min(tab, next.length - 1), article: null });
	}

	/** A view of provenance came on screen. */
	showProvenance(): void {
		this.provenanceShown = true;
	}

	/** The top terms' figure came on screen. */
	showTerms(): void {
		this.termsShown = true;
	}

	/** Adds a term to the query the search box edits: a name or a phrase in quotes, as a phrase. */
	addTerm(term: string): void {
		const q = this.ex.q.trim();
		const added = /\s/.test(term) ? `"${term}"` : term;
		this.setQuery(q ? `${q} ${added}` : added);
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
		const c = this.ex.view.countries;
		this.setView({ countries: c.includes(code) ? c.filter((x) => x !== code) : [...c, code] });
	}

	/** Adds or removes a filed-from filter: a country code, a place, or "none" (see provenance/filed.ts). */
	toggleFiled(value: string): void {
		const f = this.ex.view.filed;
		const same = (v: string) => v.toLowerCase() === value.toLowerCase();
		this.setView({ filed: f.some(same) ? f.filter((v) => !same(v)) : [...f, value] });
	}

	/**
	 * A cell of the filed-from matrix: the articles filed from `row` that name `code`; the same
	 * cell again lifts both filters.
	 */
	filterCell(row: string, code: string): void {
		const { filed, countries } = this.ex.view;
		if (filed.length === 1 && filed[0] === row && countries.includes(code))
			return this.setView({ filed: [], countries: countries.filter((c) => c !== code) });
		this.setView({ filed: [row], countries: countries.includes(code) ? countries : [...countries, code] });
	}

	/** Adds or removes a byline filter (a byline key: see provenance/bylines.ts). */
	toggleByline(key: string): void {
		const b = this.ex.view.bylines;
		this.setView({ bylines: b.includes(key) ? b.filter((x) => x !== key) : [...b, key] });
	}

	/** Adds or removes an agency filter (an agency as credited: see provenance/agencies.ts). */
	toggleAgency(agency: string): void {
		const a = this.ex.view.agencies;
		this.setView({ agencies: a.includes(agency) ? a.filter((x) => x !== agency) : [...a, agency] });
	}

	/** Opens an article in the reader. */
	open(id: string): void {
		this.returnTo = id;
		this.setView({ article: id });
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

	/** The link of a result: the view with that article open. */
	hrefFor = (id: string): string => `?${this.listQuery ? `${this.listQuery}&` : ''}${new URLSearchParams({ article: id })}`;

	/** `path` with the view's query string. */
	withView(path: string): string {
		const qs = viewToParams(this.ex.view).toString();
		return qs ? `${path}?${qs}` : path;
	}

	/**
	 * `path` with the view's query string and the corpus it is on: a link that, opened on
	 * another corpus (a later build, other collections), says so. Before the corpus is whole,
	 * the link is the view's alone.
	 */
	frozenLink(path: string): string {
		const corpus = this.corpusNow;
		const qs = viewToParams({ ...this.ex.view, corpus }).toString();
		return qs ? `${path}?${qs}` : path;
	}
}
