/**
 * The articles' bodies as the reader needs them: the bundle's body chunks, fetched on demand
 * (load/bodies.ts), and imported articles' bodies, read from IndexedDB. A chunk the reader waits
 * for and that did not come is asked for again on the retry policy's pauses, then every 30 s, or
 * as soon as the browser is back online, the reader saying why meanwhile. The only writer of
 * the explorer's chunks, chunkError, importedBody and importedVersionBody.
 */
import { untrack } from 'svelte';
import { readBody } from '../collections/store';
import { CHUNK_SIZE, chunkOf, type Body } from '../corpus/bundle';
import { fetchChunk, fetchChunkInTurn } from '../load/bodies';
import { whyNotLoaded } from '../load/failures';
import { RETRY_MS } from '../load/retry';
import type { Explorer } from './explorer.svelte';

/** Pauses before a failed body chunk is tried again: the retry policy's, then every 30 s (the reader waits for it). */
const CHUNK_RETRY_MS = [...RETRY_MS, 30_000];

/** Corpora of up to this many body chunks (1,000 articles) load every body after the first screen, for snippets. */
const PRELOAD_CHUNKS = 5;

export class BodyLoader {
	private loading = new Map<number, Promise<void>>();
	private chunkCount = 0;
	private retryTimer: ReturnType<typeof setTimeout> | undefined;
	private retryOnline: (() => void) | null = null;

	constructor(
		private ex: Explorer,
		private chunkUrl: (n: number) => string
	) {}

	/** A corpus of `chunkCount` chunks replaces the one before: a small one's bodies all load (for snippets). */
	reset(chunkCount: number): void {
		this.stop();
		this.chunkCount = chunkCount;
		this.loading.clear();
		this.ex.chunks = new Map();
		if (chunkCount <= PRELOAD_CHUNKS) for (let c = 0; c < chunkCount; c++) void this.loadChunk(c);
	}

	/**
	 * Fetches one body chunk unless it is loaded or on its way. Imported articles (listed after
	 * the bundle's) have no chunk: when the reader asks for the open one's, its body is read
	 * from IndexedDB instead.
	 */
	loadChunk(n: number, attempt = 0): Promise<void> {
		const open = untrack(() => this.ex.openIndex);
		if (open !== null && chunkOf(open) === n && open >= untrack(() => this.ex.importsAt)) return untrack(() => this.readImportedBody(open));
		if (n >= this.chunkCount) return Promise.resolve();
		if (attempt === 0 && this.awaited(n)) this.ex.chunkError = null;
		let p = this.loading.get(n);
		if (!p) {
			p = fetchChunk(this.chunkUrl(n)).then(
				(bodies) => {
					this.ex.chunks = new Map(this.ex.chunks).set(n, bodies);
					if (this.awaited(n)) this.ex.chunkError = null;
				},
				(err: Error) => {
					// Forget the failure so that a later attempt can try again.
					this.loading.delete(n);
					// The reader waits for this chunk: say why, and try again after a pause.
					if (!this.awaited(n)) return;
					this.ex.chunkError = whyNotLoaded(err);
					this.retryLater(n, attempt);
				}
			);
			this.loading.set(n, p);
		}
		return p;
	}

	/** Whether the reader is waiting for the bundle's chunk `n` (the open article's). */
	private awaited(n: number): boolean {
		const open = untrack(() => this.ex.openIndex);
		return open !== null && chunkOf(open) === n && open < untrack(() => this.ex.importsAt);
	}

	/** Tries chunk `n` again after a pause that grows with each failure, or as soon as the browser is back online. */
	private retryLater(n: number, attempt: number): void {
		this.stop();
		const again = () => {
			this.stop();
			if (this.awaited(n)) void this.loadChunk(n, attempt + 1);
		};
		this.retryTimer = setTimeout(again, CHUNK_RETRY_MS[Math.min(attempt, CHUNK_RETRY_MS.length - 1)]);
		this.retryOnline = again;
		addEventListener('online', again, { once: true });
	}

	/** Stops waiting to try a chunk again. */
	stop(): void {
		clearTimeout(this.retryTimer);
		if (this.retryOnline) removeEventListener('online', this.retryOnline);
		this.retryOnline = null;
	}

	/** Tries the open article's chunk again now (the reader's Retry button). */
	retryChunk(): void {
		const open = untrack(() => this.ex.openIndex);
		if (open === null) return;
		this.stop();
		void this.loadChunk(chunkOf(open));
	}

	/** Reads the body of the imported article at index `i` (bundle first, then each visible collection's articles in order). */
	private async readImportedBody(i: number): Promise<void> {
		const ex = this.ex;
		const id = ex.articleAt(i)?.id;
		if (!id || ex.importedBody?.id === id) return;
		const body = await this.importedBodyAt(i, id);
		if (body) ex.importedBody = { id, body };
	}

	private async importedBodyAt(i: number, id: string): Promise<Body | null> {
		let k = i - this.ex.importsAt;
		for (const c of this.ex.collections) {
			if (c.hidden) continue;
			if (k < c.metas.length) return readBody(c.id, k, id).catch(() => null);
			k -= c.metas.length;
		}
		return null;
	}

	/**
	 * The bodies of the articles at `indices` (the bundle's and imported), for the figures that
	 * read the results' text (see contexts.svelte.ts). A chunk the reader has not loaded is
	 * fetched for them into `kept`, which holds the last `keep` fetched (the next results often
	 * share them), not into the reader's chunks: a sample of results spans many chunks, each far
	 * larger than the few bodies wanted from it. A body from another build of the site, or an
	 * imported one no longer stored, is left out; a chunk that cannot be fetched fails the whole
	 * call, with the retry policy's error.
	 */
	async bodiesOf(indices: readonly number[], kept: Map<number, Body[]>, keep: number): Promise<Map<number, Body>> {
		const ex = this.ex;
		const importsAt = untrack(() => ex.importsAt);
		const byChunk = new Map<number, number[]>();
		for (const i of indices) if (i < importsAt) byChunk.set(chunkOf(i), [...(byChunk.get(chunkOf(i)) ?? []), i]);
		const out = new Map<number, Body>();
		const chunk = async (n: number): Promise<readonly Body[]> => {
			const loaded = untrack(() => ex.chunks.get(n)) ?? kept.get(n);
			if (loaded) return loaded;
			if (n >= this.chunkCount) return [];
			const bodies = await fetchChunkInTurn(this.chunkUrl(n));
			kept.set(n, bodies);
			for (const old of kept.keys()) if (kept.size > keep) kept.delete(old);
			return bodies;
		};
		const fromChunks = [...byChunk].map(async ([n, wanted]) => {
			const bodies = await chunk(n);
			for (const i of wanted) {
				const body = bodies[i % CHUNK_SIZE];
				const id = untrack(() => ex.articleAt(i)?.id) ?? body?.id;
				if (body && body.id === id) out.set(i, body);
			}
		});
		const imported = indices
			.filter((i) => i >= importsAt)
			.map(async (i) => {
				const id = untrack(() => ex.articleAt(i)?.id);
				const body = id ? await this.importedBodyAt(i, id) : null;
				if (body) out.set(i, body);
			});
		await Promise.all([...fromChunks, ...imported]);
		return out;
	}

	/** Loads the body of article `i`, a version compared with the open one: its chunk, or from IndexedDB if imported. */
	async loadVersion(i: number): Promise<void> {
		const ex = this.ex;
		if (i < untrack(() => ex.importsAt)) return this.loadChunk(chunkOf(i));
		const id = untrack(() => ex.articleAt(i)?.id);
		if (!id || untrack(() => ex.importedVersionBody?.id) === id) return;
		const body = await this.importedBodyAt(i, id);
		if (body) ex.importedVersionBody = { id, body };
	}
}
