/**
 * Connects the explorer state to its data: loads the bundle's metadata (the first piece, the
 * cards and id tables of an archive, every piece when a view needs them), starts the search
 * worker and starts it again after a failure, and owns the loaders of the reader's bodies
 * (bodies.ts) and of the answers to the view's queries (answers.ts).
 */
import { untrack } from 'svelte';
import { BundleChanged, idTableOf, type ArticleMeta, type MetaHead } from '../corpus/bundle';
import { SearchClient, type SearchWorker } from '../search/client';
import type { Explorer } from './explorer.svelte';
import { loadMetaPieces } from '../load/meta-pieces';
import { BodyLoader } from './bodies';
import { SearchAnswers } from './answers';
import { CardLoader, findArticle } from '../load/cards';
import { warm } from '../load/warm';
import { fetchVersions } from '../load/versions';
import { provenanceOf } from '../search/code-columns';
import type { ProvenanceColumns } from '../provenance/columns';
import type { CodeSequence } from '../provenance/news-codes';

export interface BundleUrls {
	/** Metadata piece n (0 describes the corpus). */
	meta: (n: number) => string;
	index: string;
	/** The term table, fetched by the search worker when top terms are first asked for. */
	terms: string;
	chunk: (n: number) => string;
	/** Which articles are versions of one story (corpus/versions.json). */
	versions: string;
	/** Every article's day, countries, filed-from place and byline, for a corpus whose metadata loads on demand. */
	columns: string;
	/** Every article's stamp and news code, for the views of provenance of such a corpus. */
	codes: string;
	/** Card file n (see CARD_SIZE): the metadata of the results shown, for such a corpus. */
	card: (n: number) => string;
	/** Id table n (see idTableOf): where a linked article is, for such a corpus. */
	ids: (n: number) => string;
}

/** SearchClient's constructor, as the session calls it. */
export type StartSearch = (...args: ConstructorParameters<typeof SearchClient>) => SearchWorker;

export class CorpusSession {
	private client: SearchWorker | null = null;
	/** The articles' bodies, for the reader. */
	readonly bodies: BodyLoader;
	/** The answers to the view's queries, from the search worker. */
	readonly answers: SearchAnswers;
	/** Counts calls to load(): a retry supersedes a load still under way. */
	private attempts = 0;
	/** The page has drawn its first screen (see firstScreenDrawn). */
	private screenUp = false;
	private waitingForScreen: (() => void)[] = [];
	/** Every piece of the corpus is in the page's list (or, on demand, the first): search answers are indices into it. */
	private piecesIn: Promise<void> = new Promise(() => {});
	/** Every piece of the corpus is in the page's list (see loadAll); fails when the load does. */
	private whole: Promise<void> = new Promise(() => {});
	/** Lets the pieces after the first load, for a corpus whose metadata loads on demand (see loadAll). */
	private wantAll: (() => void) | null = null;
	/** A view has asked for every piece (see loadAll), maybe before the first screen was up. */
	private allWanted = false;
	private cards: CardLoader | null = null;
	/** The first piece's description of the corpus, for a search worker started again (see retrySearch). */
	private head: MetaHead | null = null;
	/** The search worker could not load the index (or start): the next search starts another. */
	private clientBroken = false;

	constructor(
		private ex: Explorer,
		private urls: BundleUrls,
		/** Starts the search worker's client (tests give one without a worker). */
		private startSearch: StartSearch = (...args) => new SearchClient(...args)
	) {
		this.bodies = new BodyLoader(ex, urls.chunk);
		this.answers = new SearchAnswers(ex, {
			client: () => this.client,
			piecesIn: () => this.piecesIn,
			restart: () => this.restartClient(),
			broken: () => (this.clientBroken = true),
			changed: () => (ex.bundleChanged = true)
		});
	}

	/**
	 * Shows the first screen as soon as the first metadata piece is in; the other pieces
	 * follow one by one into the list, the charts and the search worker.
	 */
	async load(): Promise<void> {
		const ex = this.ex;
		ex.load = { status: 'loading', loaded: 0, total: null };
		ex.complete = false;
		ex.corpusTotals = null;
		ex.bundleVersions = [];
		ex.cards = new Map();
		ex.loadingAll = false;
		this.allWanted = false;
		this.wantAll = null;
		this.cards = null;
		this.lookups.clear();
		this.dropClient();
		this.answers.reset();
		const attempt = ++this.attempts;
		const stillWanted = () => {
			if (attempt !== this.attempts) throw new Error('superseded');
		};
		let allIn = () => {};
		this.piecesIn = new Promise((resolve) => (allIn = resolve));
		let wholeIn = () => {};
		let notWhole = () => {};
		this.whole = new Promise((resolve, reject) => {
			wholeIn = resolve;
			notWhole = () => reject(new Error('the corpus could not be loaded'));
		});
		// Nobody may wait for it: the load's failure is the page's to show (ex.load).
		this.whole.catch(() => {});
		try {
			await loadMetaPieces(
				this.urls.meta,
				({ head, n, articles, bytes }) => {
					stillWanted();
					if (n === 0) {
						ex.onDemand = !!head.onDemand;
						ex.build = head.build ?? null;
						this.head = head;
						this.clientBroken = false;
						// On demand, the worker searches the index alone and counts over the columns; it
						// hears of later pieces only if the page comes to load them (see loadAll).
						this.client = this.startClient(head, head.onDemand ? 1 : head.pieceCount);
						// An archive's first query needs the index's head and the columns, which the worker
						// fetches once its own script is in: they start on their way with it, once the first
						// results are drawn, so that the first screen's bytes are the first piece's alone.
						if (head.onDemand) void this.untilFirstScreen().then(() => warm([this.urls.index, this.urls.columns]));
						this.cards = head.onDemand
							? new CardLoader(
									this.urls.card,
									head,
									(from, articles) => this.addCards(from, articles),
									(err) => this.cardFailed(err)
								)
							: null;
						ex.bundledTotal = head.articleCount;
						ex.corpusTotals =
							head.days && head.countryTotals
								? { days: new Map(head.days), countries: head.countryTotals, names: head.countryNames }
								: null;
						ex.bundled = articles;
						ex.rejectedCount = head.rejected.length;
						ex.load = { status: 'ready' };
						this.bodies.reset(Math.ceil(head.articleCount / head.chunkSize));
					} else {
						ex.bundled = ex.bundled.concat(articles);
					}
					// The worker gets the first piece's very bytes, moved rather than copied; it fetched
					// the later ones itself (see fetchLater below).
					if (n === 0) this.client?.addPiece(bytes.buffer as ArrayBuffer);
					// Imported collections are listed after the bundle's last article. The worker may be
					// ready before this piece is in the list (it fetched the piece): searches wait for this.
					if (n === head.pieceCount - 1) {
						this.client?.setImports(ex.bundled.length, ex.visibleCollections);
						ex.complete = true;
						ex.cards = new Map();
						allIn();
						wholeIn();
						void this.loadVersions(head.build);
					} else if (n === 0 && head.onDemand) {
						// Imported articles follow the whole bundle, loaded or not.
						this.client?.setImports(head.articleCount, ex.visibleCollections);
						allIn();
						// Which articles are versions of one story: a small file, its articles' cards fetched when one is open.
						void this.loadVersions(head.build);
					}
					// The later pieces join once the first screen is drawn: their download, reading and
					// charting would otherwise share a phone's few cores with the first screen's steps.
					// On demand, only once a view needs every article.
					if (n === 0)
						return this.untilFirstScreen()
							.then(() => (head.onDemand && !this.allWanted ? new Promise<void>((resume) => (this.wantAll = resume)) : undefined))
							.then(stillWanted);
				},
				(loaded, total) => (ex.load = { status: 'loading', loaded, total }),
				// Through the worker: receiving megabytes would cost the page's thread.
				(url) => (this.client ? this.client.fetchPiece(url) : Promise.reject(new Error('superseded')))
			);
		} catch (err) {
			notWhole();
			if (attempt !== this.attempts) return;
			if (err instanceof BundleChanged) {
				// What is listed stays usable; the page offers to reload for the rest.
				ex.bundleChanged = true;
				return;
			}
			this.dropClient();
			ex.bundledTotal = 0;
			ex.load = { status: 'error', message: (err as Error).message };
		}
	}

	/**
	 * Loads every piece of a corpus whose metadata loads on demand (a view that needs every
	 * article: a download; the views of provenance when the worker cannot give the columns); settles once every piece is in, or the
	 * load failed.
	 */
	loadAll(): Promise<void> {
		if (!this.allWanted && untrack(() => this.ex.onDemand)) {
			this.allWanted = true;
			this.ex.loadingAll = true;
			this.wantAll?.();
			this.wantAll = null;
		}
		return this.whole;
	}

	/** Fetches the cards of the bundle's articles among `indices` whose metadata is not in the page (on demand only). */
	loadCards(indices: Iterable<number>): void {
		if (!this.cards || untrack(() => this.ex.complete)) return;
		const missing: number[] = [];
		for (const i of indices) if (!untrack(() => this.ex.articleAt(i))) missing.push(i);
		this.cards.need(missing);
	}

	/** Ids looked up in the id tables, each once (a failed lookup is tried again when asked). */
	private lookups = new Set<string>();

	/**
	 * Finds a linked article of a corpus loaded on demand in its id table, and fetches its card:
	 * one small file each instead of every piece. A bundle written without id tables loads every
	 * piece instead; an id the bundle lacks stays unknown, as in a corpus loaded whole.
	 */
	findArticle(id: string): void {
		const head = this.head;
		if (!head?.onDemand || !this.cards || untrack(() => this.ex.complete) || this.lookups.has(id)) return;
		if (!head.idTables) {
			void this.loadAll();
			return;
		}
		this.lookups.add(id);
		const cards = this.cards;
		findArticle(this.urls.ids(idTableOf(id, head.idTables)), id, head).then(
			(index) => {
				if (index !== null && cards === this.cards) cards.need([index]);
			},
			(err: Error) => {
				this.lookups.delete(id);
				if (err instanceof BundleChanged) this.ex.bundleChanged = true;
			}
		);
	}

	private addCards(from: number, articles: ArticleMeta[]): void {
		const ex = this.ex;
		if (ex.complete) return;
		const cards = new Map(ex.cards);
		articles.forEach((a, k) => cards.set(from + k, a));
		ex.cards = cards;
	}

	private cardFailed(err: Error): void {
		if (err instanceof BundleChanged) this.ex.bundleChanged = true;
		// Otherwise the results stay drawn as loading, and their cards are asked for again when next shown.
	}

	/** Tells the session the page has drawn its first screen: the corpus's later pieces may join it now. */
	firstScreenDrawn(): void {
		this.screenUp = true;
		for (const resume of this.waitingForScreen.splice(0)) resume();
	}

	private untilFirstScreen(): Promise<void> {
		if (this.screenUp) return Promise.resolve();
		return new Promise((resume) => this.waitingForScreen.push(resume));
	}

	/**
	 * A search worker for this corpus, told of `pieces` metadata pieces (see SearchClient). It
	 * starts once the first screen is drawn: building a whole index takes a core for a while,
	 * and an archive's index head and columns (a few megabytes at a million articles) would
	 * share the line with the first piece. A query typed before then waits for them.
	 */
	private startClient(head: MetaHead, pieces: number): SearchWorker {
		return this.startSearch(
			this.urls.index,
			this.urls.terms,
			pieces,
			this.untilFirstScreen(),
			head.onDemand ? { columns: this.urls.columns, codes: this.urls.codes } : null
		);
	}

	/**
	 * Replaces a search worker that could not load the index (a host that failed for a while):
	 * the new one fetches it again, and knows the pieces the page has read from a piece that
	 * only names their build.
	 */
	private restartClient(): void {
		const head = this.head;
		if (!head || !this.clientBroken) return;
		this.dropClient();
		this.clientBroken = false;
		const client = this.startClient(head, 1);
		client.addPiece(new TextEncoder().encode(JSON.stringify({ build: head.build, articles: [] })).buffer as ArrayBuffer);
		this.client = client;
		const ex = this.ex;
		if (untrack(() => ex.complete || ex.byColumns))
			client.setImports(
				untrack(() => ex.importsAt),
				untrack(() => ex.visibleCollections)
			);
	}

	/** Searches the view's queries again after a failure to fetch what they need (the Retry beside the message). */
	retrySearch(): void {
		this.restartClient();
		this.answers.again();
	}

	private dropClient(): void {
		this.client?.destroy();
		this.client = null;
	}

	/**
	 * Fetches which of the bundle's articles are versions of one story (a small file, once the
	 * corpus is in). Without it, or from another build, no article shows versions.
	 */
	private async loadVersions(build: string | undefined): Promise<void> {
		const groups = await fetchVersions(this.urls.versions, build);
		if (groups) this.ex.bundleVersions = groups;
	}

	/** Tells the search worker which imported articles are now listed, and searches again. */
	importsChanged(): void {
		if (!this.client || this.ex.load.status !== 'ready') return;
		this.client.setImports(this.ex.importsAt, this.ex.visibleCollections);
		this.answers.again();
	}

	/**
	 * What the views of provenance count, for a corpus loaded on demand: every article's columns
	 * and code sequences, from the search worker, which holds them already. When it cannot give
	 * them (the columns file failed twice), every piece is loaded instead, with the progress bar
	 * and its own report of failures, and the views are counted from the articles as for a small corpus.
	 */
	provenance(): Promise<{ columns: ProvenanceColumns; sequences: CodeSequence[] } | null> {
		const client = this.client;
		if (!client) return Promise.resolve(null);
		return client.provenance().then((outcome) => {
			if (client !== this.client) return null;
			if ('error' in outcome) {
				console.warn(`wirescope: the views of provenance load every piece: ${outcome.error}`);
				void this.loadAll();
				return null;
			}
			return { columns: provenanceOf(outcome.columns, outcome.codes), sequences: outcome.sequences };
		});
	}

	destroy(): void {
		// A load still under way stops at its next piece; one waiting for the first screen stays waiting.
		this.attempts++;
		this.waitingForScreen = [];
		this.dropClient();
		this.bodies.stop();
	}
}
