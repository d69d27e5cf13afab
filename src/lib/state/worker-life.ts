/**
 * The search worker's life for a corpus session (session.ts): started once the first metadata
 * piece names the corpus, started again when it could not load the index (a host that failed
 * for a while), dropped when the page loads the corpus again or goes.
 */
import type { MetaHead } from '../corpus/bundle';
import type { BundleUrls } from '../load/bundle-urls';
import type { SearchClient, SearchWorker } from '../search/client';

/** SearchClient's constructor, as the session calls it (tests give one without a worker). */
export type StartSearch = (...args: ConstructorParameters<typeof SearchClient>) => SearchWorker;

export class WorkerLife {
	client: SearchWorker | null = null;
	/** The first piece's description of the corpus, for a worker started again. */
	private head: MetaHead | null = null;
	/** The worker could not load the index (or start): the next search starts another. */
	private broken = false;

	/** `screenUp`: settles once the page's first screen is drawn. */
	constructor(
		private urls: BundleUrls,
		private startSearch: StartSearch,
		private screenUp: () => Promise<void>
	) {}

	/**
	 * A search worker for this corpus, told of `pieces` metadata pieces (see SearchClient). It
	 * starts once the first screen is drawn: building a whole index takes a core for a while,
	 * and an archive's index head and columns (a few megabytes at a million articles) would
	 * share the line with the first piece. A query typed before then waits for them.
	 */
	start(head: MetaHead, pieces: number): SearchWorker {
		this.head = head;
		this.broken = false;
		this.client = this.startSearch(
			this.urls.index,
			this.urls.terms,
			pieces,
			this.screenUp(),
			head.onDemand ? { columns: this.urls.columns, codes: this.urls.codes } : null
		);
		return this.client;
	}

	/** The worker could not load what a query needs: the next search starts another (see restart). */
	broke(): void {
		this.broken = true;
	}

	/**
	 * Replaces a worker that broke: the new one fetches the index again, and knows the pieces
	 * the page has read from a piece that only names their build. Null when none broke.
	 */
	restart(): SearchWorker | null {
		const head = this.head;
		if (!head || !this.broken) return null;
		this.drop();
		const client = this.start(head, 1);
		client.addPiece(new TextEncoder().encode(JSON.stringify({ build: head.build, articles: [] })).buffer as ArrayBuffer);
		return client;
	}

	drop(): void {
		this.client?.destroy();
		this.client = null;
	}
}
