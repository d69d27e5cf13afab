import type { SearchDoc } from './documents';
import type { Hit } from './engine';
import type { WorkerReply, WorkerRequest } from './search.worker';

export type SearchOutcome = { hits: Hit[] | null; ms: number } | { error: string };

/**
 * The page's side of the search worker. Queries are answered newest-first: when a newer
 * query has been sent, the answer to an older one is dropped (resolved as `null`).
 */
export class SearchClient {
	private worker: Worker;
	private seq = 0;
	private waiting = new Map<number, (outcome: SearchOutcome | null) => void>();
	readonly ready: Promise<void>;

	constructor(docs: SearchDoc[]) {
		this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
		this.ready = new Promise((resolve, reject) => {
			this.worker.addEventListener('error', (e) => reject(new Error(e.message || 'search worker failed to start')), { once: true });
			this.worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
				const msg = e.data;
				if (msg.type === 'ready') return resolve();
				const settle = this.waiting.get(msg.seq);
				this.waiting.delete(msg.seq);
				settle?.(msg.type === 'result' ? { hits: msg.hits, ms: msg.ms } : { error: msg.message });
			});
		});
		this.post({ type: 'index', docs });
	}

	private post(msg: WorkerRequest) {
		this.worker.postMessage(msg);
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
