/// <reference lib="webworker" />
/**
 * Runs search off the main thread, so typing never waits for a query. It parses the
 * article metadata the page hands over, fetches the token index itself, and answers
 * only the newest query waiting: a burst of keystrokes costs one search, not one each.
 */
import { readMetaFile, toArticleMeta, type MetaFile } from '../corpus/bundle';
import { listCollections, readArticles } from '../collections/store';
import { toIndexedText, toSearchDoc } from './documents';
import { createEngine, mergeResults, type SearchEngine, type SearchResult } from './engine';
import { buildTokenIndex } from './token-index';

export type WorkerRequest =
	| { type: 'init'; indexUrl: string; meta: ArrayBuffer }
	| { type: 'query'; seq: number; query: string }
	/**
	 * The imported collections the page lists (ids, in its order) from index `offset` on,
	 * after the bundle's. The worker reads their articles from IndexedDB itself, so the page
	 * never serialises them.
	 */
	| { type: 'imports'; offset: number; collections: string[] };
export type WorkerReply =
	| { type: 'ready'; ms: number }
	| { type: 'failed'; message: string }
	| { type: 'result'; seq: number; result: SearchResult | null; ms: number }
	| { type: 'error'; seq: number; message: string };

let engine: SearchEngine | null = null;
/** A second engine over imported articles, indexed here: the bundle's index stays as built. */
let imports: { engine: SearchEngine; offset: number } | null = null;
/** Set while imported articles are being read and indexed: queries wait for it. */
let importsLoading: Promise<void> | null = null;
let importsAsked = 0;
let pending: { seq: number; query: string } | null = null;

const reply = (msg: WorkerReply) => self.postMessage(msg);

async function init(indexUrl: string, meta: ArrayBuffer) {
	const t0 = performance.now();
	try {
		const res = await fetch(indexUrl);
		if (!res.ok) throw new Error(`the search index could not be loaded (HTTP ${res.status})`);
		const index = new Uint8Array(await res.arrayBuffer());
		const articles = readMetaFile(JSON.parse(new TextDecoder().decode(meta)) as MetaFile);
		engine = createEngine(articles.map(toSearchDoc), index);
		reply({ type: 'ready', ms: performance.now() - t0 });
		if (pending) runPending();
	} catch (err) {
		reply({ type: 'failed', message: (err as Error).message });
	}
}

function runPending() {
	const msg = pending;
	if (!msg || !engine) return;
	if (importsLoading) {
		importsLoading.then(runPending);
		return;
	}
	pending = null;
	const t0 = performance.now();
	try {
		const result = searchAll(engine, msg.query);
		// The hit arrays move to the page instead of being copied.
		const message: WorkerReply = { type: 'result', seq: msg.seq, result, ms: performance.now() - t0 };
		self.postMessage(message, result ? [result.hits.buffer, result.scores.buffer] : []);
	} catch (err) {
		reply({ type: 'error', seq: msg.seq, message: (err as Error).message });
	}
}

async function indexImports(offset: number, ids: string[]) {
	const asked = ++importsAsked;
	if (!ids.length) {
		imports = null;
		return;
	}
	const records = await listCollections();
	const articles = [];
	for (const id of ids) {
		const record = records.find((r) => r.id === id);
		if (record) articles.push(...(await readArticles(record)));
	}
	// A newer list of collections arrived while these were read: it wins.
	if (asked !== importsAsked) return;
	const docs = articles.map((a, i) => toSearchDoc(toArticleMeta(a), i));
	imports = articles.length ? { engine: createEngine(docs, buildTokenIndex(articles.map(toIndexedText))), offset } : null;
}

/** Both engines' hits in one list, best score first: both score on Fuse's scale. */
function searchAll(main: SearchEngine, query: string): SearchResult | null {
	const own = main.search(query);
	const extra = imports?.engine.search(query);
	if (!imports || !own || !extra) return own ?? null;
	return { ...mergeResults(own, extra, imports.offset), words: [...new Set([...own.words, ...extra.words])] };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const msg = event.data;
	if (msg.type === 'init') {
		init(msg.indexUrl, msg.meta);
		return;
	}
	if (msg.type === 'imports') {
		const loading = indexImports(msg.offset, msg.collections)
			.catch(() => {
				// Unreadable storage: search the bundle alone rather than not at all.
				imports = null;
			})
			.finally(() => {
				if (importsLoading === loading) importsLoading = null;
			});
		importsLoading = loading;
		return;
	}
	if (!pending) setTimeout(runPending, 0);
	pending = msg;
};
