/**
 * Connects the explorer state to its data: loads the bundle's metadata (the first piece, the
 * cards and id tables of an archive, every piece when a view needs them), starts the search
 * worker and starts it again after a failure, and owns the loaders of the reader's bodies
 * (bodies.ts) and of the answers to the view's queries (answers.ts).
 */
import { untrack } from 'svelte';
import { BundleChanged, type ArticleMeta } from '../corpus/bundle';
import { SearchClient } from '../search/client';
import { WorkerLife, type StartSearch } from './worker-life';
import type { Explorer } from './explorer.svelte';
import { loadMetaPieces } from '../load/meta-pieces';
import type { BundleUrls } from '../load/bundle-urls';
import { BodyLoader } from './bodies';
import { SearchAnswers } from './answers';
import { CardLoader } from '../load/cards';
import { warm } from '../load/warm';
import { fetchVersions } from '../load/versions';
import { provenanceOf } from '../search/code-columns';
import type { ProvenanceColumns } from '../provenance/columns';
import type { CodeSequence } from '../provenance/news-codes';

export type { StartSearch } from './worker-life';

export class CorpusSession {
	/** The search worker, started when the first piece names the corpus. */
	private worker: WorkerLife;
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

	constructor(
		private ex: Explorer,
		private urls: BundleUrls,
		/** Starts the search worker's client (tests give one without a worker). */
		startSearch: StartSearch = (...args) => new SearchClient(...args)
	) {
		this.worker = new WorkerLife(urls, startSearch, () => this.untilFirstScreen());
		this.bodies = new BodyLoader(ex, urls.chunk);
		this.answers = new SearchAnswers(ex, {
			client: () => this.worker.client,
			piecesIn: () => this.piecesIn,
			restart: () => this.restartClient(),
			broken: () => this.worker.broke(),
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
		this.worker.drop();
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
						// On demand, the worker searches the index alone and counts over the columns; it
						// hears of later pieces only if the page comes to load them (see loadAll).
						this.worker.start(head, head.onDemand ? 1 : head.pieceCount);
						// An archive's first query needs the index's head and the columns, which the worker
						// fetches once its own script is in: they start on their way with it, once the first
						// results are drawn, so that the first screen's bytes are the first piece's alone.
						if (head.onDemand) void this.untilFirstScreen().then(() => warm([this.urls.index, this.urls.columns]));
						// A card coming for an earlier load of the page is not joined.
						const cards: CardLoader | null = head.onDemand
							? new CardLoader(
									this.urls,
									head,
									(from, articles) => cards === this.cards && this.addCards(from, articles),
									(err) => this.cardFailed(err)
								)
							: null;
						this.cards = cards;
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
					if (n === 0) this.worker.client?.addPiece(bytes.buffer as ArrayBuffer);
					// Imported collections are listed after the bundle's last article. The worker may be
					// ready before this piece is in the list (it fetched the piece): searches wait for this.
					if (n === head.pieceCount - 1) {
						this.worker.client?.setImports(ex.bundled.length, ex.visibleCollections);
						ex.complete = true;
						ex.cards = new Map();
						allIn();
						wholeIn();
						void this.loadVersions(head.build);
					} else if (n === 0 && head.onDemand) {
						// Imported articles follow the whole bundle, loaded or not.
						this.worker.client?.setImports(head.articleCount, ex.visibleCollections);
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
				(url) => this.worker.client?.fetchPiece(url) ?? Promise.reject(new Error('superseded'))
			);
		} catch (err) {
			notWhole();
			if (attempt !== this.attempts) return;
			if (err instanceof BundleChanged) {
				// What is listed stays usable; the page offers to reload for the rest.
				ex.bundleChanged = true;
				return;
			}
			this.worker.drop();
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

	/**
	 * Finds a linked article of a corpus loaded on demand in its id table, and fetches its card
	 * (see CardLoader.find); a bundle written without id tables loads every piece instead.
	 */
	findArticle(id: string): void {
		if (!this.cards || untrack(() => this.ex.complete)) return;
		if (!this.cards.find(id)) void this.loadAll();
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

	/** Replaces a search worker that could not load the index, and tells it of the imported articles listed. */
	private restartClient(): void {
		const client = this.worker.restart();
		const ex = this.ex;
		if (client && untrack(() => ex.complete || ex.byColumns))
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
		const client = this.worker.client;
		if (!client || this.ex.load.status !== 'ready') return;
		client.setImports(this.ex.importsAt, this.ex.visibleCollections);
		this.answers.again();
	}

	/**
	 * What the views of provenance count, for a corpus loaded on demand: every article's columns
	 * and code sequences, from the search worker, which holds them already. When it cannot give
	 * them (the columns file failed twice), every piece is loaded instead, with the progress bar
	 * and its own report of failures, and the views are counted from the articles as for a small corpus.
	 */
	provenance(): Promise<{ columns: ProvenanceColumns; sequences: CodeSequence[] } | null> {
		const client = this.worker.client;
		if (!client) return Promise.resolve(null);
		return client.provenance().then((outcome) => {
			if (client !== this.worker.client) return null;
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
		this.worker.drop();
		this.bodies.stop();
	}
}
