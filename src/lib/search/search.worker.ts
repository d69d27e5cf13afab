/// <reference lib="webworker" />
/**
 * Runs search off the main thread, so typing never waits for a query. It parses the
 * article metadata the page hands over, fetches the token index itself, and answers
 * only the newest query waiting: a burst of keystrokes costs one search, not one each.
 */
import { readMetaFile, type MetaFile } from '../corpus/bundle';
import { toSearchDoc } from './documents';
import { createEngine, type SearchEngine, type SearchResult } from './engine';

export type WorkerRequest =
	| { type: 'init'; indexUrl: string; meta: ArrayBuffer }
	| { type: 'query'; seq: number; query: string };
export type WorkerReply =
	| { type: 'ready'; ms: number }
	| { type: 'failed'; message: string }
	| { type: 'result'; seq: number; result: SearchResult | null; ms: number }
	| { type: 'error'; seq: number; message: string };

let engine: SearchEngine | null = null;
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
	pending = null;
	const t0 = performance.now();
	try {
		reply({ type: 'result', seq: msg.seq, result: engine.search(msg.query), ms: performance.now() - t0 });
	} catch (err) {
		reply({ type: 'error', seq: msg.seq, message: (err as Error).message });
	}
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const msg = event.data;
	if (msg.type === 'init') {
		init(msg.indexUrl, msg.meta);
		return;
	}
	if (!pending) setTimeout(runPending, 0);
	pending = msg;
};
