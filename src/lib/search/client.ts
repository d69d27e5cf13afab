import type { SearchResult } from './engine';
import type { WorkerReply, WorkerRequest } from './search.worker';

export type SearchOutcome = { result: SearchResult | null; ms: number } | { error: string };

/**
 * The page's side of the search worker. Queries are answered newest-first: when a newer
 * query has been sent, the answer to an older one is dropped (resolved as `null`).
 */
export class SearchClient {
	private worker: Worker;
	private seq = 0;
	private waiting = new Map<number, (outcome: SearchOutcome | null) => void>();
	readonly ready: Promise<void>;

	/** The worker fetches the index itself; the page hands it `pieceCount` metadata pieces with `addPiece`. */
	constructor(indexUrl: string, pieceCount: number) {
		this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
		this.ready = new Promise((resolve, reject) => {
			this.worker.addEventListener('error', (e) => reject(new Error(e.message || 'the search worker failed to start')), { once: true });
			this.worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
				const msg = e.data;
				if (msg.type === 'ready') return resolve();
				if (msg.type === 'failed') return reject(new Error(msg.message));
				const settle = this.waiting.get(msg.seq);
				this.waiting.delete(msg.seq);
				settle?.(msg.type === 'result' ? { result: msg.result, ms: msg.ms } : { error: msg.message });
			});
		});
		this.post({ type: 'init', indexUrl: new URL(indexUrl, location.href).href, pieceCount });
	}

	/** One metadata piece's JSON bytes, in bundle order; transferred, not copied (the caller must not use them again). */
	addPiece(bytes: ArrayBuffer) {
		this.post({ type: 'piece', bytes }, [bytes]);
	}

	private post(msg: WorkerRequest, transfer: Transferable[] = []) {
		this.worker.postMessage(msg, transfer);
	}

	/** Replaces the imported collections the worker searches besides the bundle; the page lists their articles from `offset` on. */
	setImports(offset: number, collections: string[]) {
		this.post({ type: 'imports', offset, collections });
	}

	search(query: string): Promise<SearchOutcome | null> {
		const seq = ++this.seq;
		for (const [old, settle] of this.waiting) {
			settle(null);
			this.waiting.delete(old);
		}
		return new Promise((resolve) => {
			this.waiting.set(seq, resolve);
			this.post({ type: 'query', seq, query });
		});
	}

	destroy() {
		this.worker.terminate();
	}
}
