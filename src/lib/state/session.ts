/**
 * Connects the explorer state to its data: loads the bundle's metadata, starts the search
 * worker, fetches body chunks on demand, and applies search answers (newest query only).
 */
import { readMetaFile, type Body, type MetaFile } from '../corpus/bundle';
import { SearchClient } from '../search/client';
import type { Explorer } from './explorer.svelte';
import { fetchBytes } from './fetch-bytes';

/** Corpora of up to this many body chunks (1,000 articles) load every body after the first screen, for snippets. */
const PRELOAD_CHUNKS = 5;

/**
 * User Timing entries for each answered query (read by `npm run bench`, and visible in any
 * browser's performance panel): the worker's own time, and keystroke to painted results.
 */
function markTimings(started: number, workerMs: number): void {
	performance.measure('wirescope:worker', { start: started, duration: workerMs });
	requestAnimationFrame(() => setTimeout(() => performance.measure('wirescope:paint', { start: started, end: performance.now() })));
}

export interface BundleUrls {
	meta: string;
	index: string;
	chunk: (n: number) => string;
}

export class CorpusSession {
	private client: SearchClient | null = null;
	private loading = new Map<number, Promise<void>>();
	private chunkCount = 0;

	constructor(
		private ex: Explorer,
		private urls: BundleUrls
	) {}

	async load(): Promise<void> {
		const ex = this.ex;
		ex.load = { status: 'loading', loaded: 0, total: null };
		try {
			const bytes = await fetchBytes(this.urls.meta, (loaded, total) => (ex.load = { status: 'loading', loaded, total }));
			this.client?.destroy();
			// The worker parses its own copy in parallel with the page's.
			this.client = new SearchClient(this.urls.index, bytes.slice().buffer);
			const file = JSON.parse(new TextDecoder().decode(bytes)) as MetaFile;
			if (file.format !== 'wirescope-meta/1') throw new Error('the corpus bundle is not in a format this version understands');
			ex.bundled = readMetaFile(file);
			this.chunkCount = Math.ceil(ex.bundled.length / file.chunkSize);
			this.client.setImports(ex.bundled.length, ex.visibleCollections);
			ex.rejectedCount = file.rejected.length;
			ex.chunks = new Map();
			this.loading.clear();
			ex.load = { status: 'ready' };
			requestAnimationFrame(() => setTimeout(() => performance.mark('wirescope:first-results')));
			if (this.chunkCount <= PRELOAD_CHUNKS) for (let n = 0; n < this.chunkCount; n++) this.loadChunk(n);
		} catch (err) {
			ex.load = { status: 'error', message: (err as Error).message };
		}
	}

	/** Fetches one body chunk unless it is loaded or on its way; imported articles (past the last chunk) have no chunk. */
	loadChunk(n: number): Promise<void> {
		if (n >= this.chunkCount) return Promise.resolve();
		let p = this.loading.get(n);
		if (!p) {
			p = fetch(this.urls.chunk(n))
				.then((res) => {
					if (!res.ok) throw new Error(`HTTP ${res.status}`);
					return res.json() as Promise<Body[]>;
				})
				.then((bodies) => {
					this.ex.chunks = new Map(this.ex.chunks).set(n, bodies);
				})
				.catch(() => {
					// Forget the failure so that a later attempt (back online) can try again.
					this.loading.delete(n);
				});
			this.loading.set(n, p);
		}
		return p;
	}

	/** Tells the search worker which imported articles are now listed, and searches again. */
	importsChanged(): void {
		if (!this.client || this.ex.load.status !== 'ready') return;
		this.client.setImports(this.ex.bundled.length, this.ex.visibleCollections);
		this.search(this.ex.view.q);
	}

	search(q: string): void {
		const ex = this.ex;
		if (!this.client) return;
		if (!q.trim()) {
			ex.hits = null;
			ex.words = new Set();
			ex.searchedQuery = q;
			ex.searchError = null;
			return;
		}
		const client = this.client;
		const started = performance.now();
		client.ready
			.then(() => client.search(q))
			.then((outcome) => {
				if (!outcome) return;
				ex.searchedQuery = q;
				if ('error' in outcome) ex.searchError = outcome.error;
				else {
					ex.hits = outcome.result?.hits ?? null;
					ex.words = new Set(outcome.result?.words ?? []);
					ex.searchError = null;
					markTimings(started, outcome.ms);
				}
			})
			.catch((err: Error) => {
				ex.searchedQuery = q;
				ex.searchError = err.message;
			});
	}

	destroy(): void {
		this.client?.destroy();
	}
}
