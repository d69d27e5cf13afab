/// <reference lib="webworker" />
/** Runs search off the main thread, so typing never waits for a query to finish. */
import type { SearchDoc } from './documents';
import { createSearch, type Hit } from './engine';

export type WorkerRequest = { type: 'index'; docs: SearchDoc[] } | { type: 'query'; seq: number; query: string };
export type WorkerReply = { type: 'ready'; ms: number } | { type: 'result'; seq: number; hits: Hit[] | null; ms: number } | { type: 'error'; seq: number; message: string };

let search: ((q: string) => Hit[] | null) | null = null;
/** Only the newest query waiting is run: a burst of keystrokes costs one search, not one each. */
let pending: { seq: number; query: string } | null = null;

function runPending() {
	const msg = pending;
	pending = null;
	if (!msg) return;
	const t0 = performance.now();
	try {
		const hits = search ? search(msg.query) : null;
		self.postMessage({ type: 'result', seq: msg.seq, hits, ms: performance.now() - t0 } satisfies WorkerReply);
	} catch (err) {
		// Fuse's extended syntax can reject a half-typed query; say so instead of failing silently.
		self.postMessage({ type: 'error', seq: msg.seq, message: (err as Error).message } satisfies WorkerReply);
	}
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const msg = event.data;
	if (msg.type === 'index') {
		const t0 = performance.now();
		search = createSearch(msg.docs);
		self.postMessage({ type: 'ready', ms: performance.now() - t0 } satisfies WorkerReply);
		return;
	}
	if (!pending) setTimeout(runPending, 0);
	pending = msg;
};
