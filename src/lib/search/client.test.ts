import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchClient } from './client';

/** Stands in for the browser's Worker: records what it is sent. */
class FakeWorker {
	static made: FakeWorker[] = [];
	sent: { type: string }[] = [];
	constructor() {
		FakeWorker.made.push(this);
	}
	postMessage(msg: { type: string }) {
		this.sent.push(msg);
	}
	addEventListener() {}
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
		expect(FakeWorker.made[0].sent.map((m) => m.type)).toEqual(['init', 'piece', 'query']);
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
});
