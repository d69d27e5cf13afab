import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchClient } from './client';
import type { SearchCalls } from './worker-messages';
import type { FromWorker, ToWorker } from '../worker-calls';

/** Stands in for the browser's Worker: records what it is sent. */
class FakeWorker {
	static made: FakeWorker[] = [];
	sent: ToWorker<SearchCalls>[] = [];
	constructor() {
		FakeWorker.made.push(this);
	}
	postMessage(msg: ToWorker<SearchCalls>) {
		this.sent.push(msg);
	}
	private listeners: ((e: MessageEvent) => void)[] = [];
	addEventListener(type: string, listener: (e: MessageEvent) => void) {
		if (type === 'message') this.listeners.push(listener);
	}
	/** What the worker would post to the page. */
	emit(data: FromWorker) {
		for (const l of this.listeners) l({ data } as MessageEvent);
	}
	terminate() {}
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('SearchClient', () => {
	const saved = { Worker: globalThis.Worker, location: globalThis.location };
	beforeEach(() => {
		FakeWorker.made = [];
		Object.assign(globalThis, { Worker: FakeWorker, location: { href: 'http://example.test/' } });
	});
	afterEach(() => Object.assign(globalThis, saved));

	it('starts no worker before it is told to, then sends what was asked meanwhile, in order', async () => {
		let screenUp = () => {};
		const client = new SearchClient('corpus/index/head.bin', 'corpus/terms.bin', 2, new Promise<void>((resolve) => (screenUp = resolve)));
		client.addPiece(new ArrayBuffer(4));
		void client.search('tehran');
		await settle();
		expect(FakeWorker.made).toHaveLength(0);
		screenUp();
		await settle();
		expect(FakeWorker.made).toHaveLength(1);
		expect(FakeWorker.made[0].sent.map((m) => (m.kind === 'call' ? m.method : m.kind))).toEqual(['init', 'piece', 'query']);
		client.destroy();
	});

	it('starts none at all when destroyed first (a retry or a page left before the first screen)', async () => {
		let screenUp = () => {};
		const client = new SearchClient('corpus/index/head.bin', 'corpus/terms.bin', 1, new Promise<void>((resolve) => (screenUp = resolve)));
		client.destroy();
		screenUp();
		await settle();
		expect(FakeWorker.made).toHaveLength(0);
	});

	it('still starts when what it waited for failed', async () => {
		const client = new SearchClient('corpus/index/head.bin', 'corpus/terms.bin', 1, Promise.reject(new Error('no first screen')));
		await settle();
		expect(FakeWorker.made).toHaveLength(1);
		client.destroy();
	});

	it('answers an older query in its lane null and tells the worker to drop it; a worker’s error is the outcome', async () => {
		const client = new SearchClient('corpus/index/head.bin', 'corpus/terms.bin', 1);
		await settle();
		const worker = FakeWorker.made[0];
		const older = client.search('ira');
		const newer = client.search('iran');
		const compared = client.search('oil', 'compared:oil');
		expect(await older).toBeNull();
		const queries = worker.sent.filter((m) => m.kind === 'call' && m.method === 'query');
		expect(worker.sent).toContainEqual({ kind: 'cancel', id: queries[0].id });
		worker.emit({ kind: 'error', id: queries[1].id, message: 'Check the query: a group is not closed' });
		expect(await newer).toEqual({ error: 'Check the query: a group is not closed' });
		worker.emit({ kind: 'answer', id: queries[2].id, answer: { result: null, counted: null, ms: 3 } });
		expect(await compared).toEqual({ result: null, counted: null, ms: 3 });
		client.destroy();
	});
});
