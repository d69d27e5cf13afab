import { describe, expect, it } from 'vitest';
import { Caller, Moved, answerCalls, type FromWorker, type ToWorker } from './worker-calls';

type Api = {
	double: { ask: number; answer: number };
	sum: { ask: Int32Array; answer: Int32Array };
	count: { ask: number; answer: string; event: number };
	fail: { ask: null; answer: never };
	slow: { ask: string; answer: string };
};

/** A page and a worker joined by a message queue, as postMessage joins them: each message a task later. */
function joined(slow: (ask: string) => Promise<string> = (q) => Promise.resolve(q)) {
	const toWorker: ToWorker<Api>[] = [];
	const moved: Transferable[][] = [];
	let page: Caller<Api> | null = null;
	const worker = answerCalls<Api>(
		{
			double: (n) => n * 2,
			sum: (a) => new Moved(Int32Array.of(a.reduce((x, y) => x + y, 0)), []),
			count: async (n, call) => {
				for (let k = 1; k <= n; k++) call.tell(k);
				return `${n} counted`;
			},
			fail: () => {
				throw new Error('the index could not be loaded (HTTP 500)');
			},
			slow: (q, call) => slow(q).then((answer) => (call.cancelled ? 'thrown away' : answer))
		},
		(message: FromWorker, transfer) => {
			moved.push(transfer);
			setTimeout(() => page!.receive(structuredClone(message)));
		}
	);
	page = new Caller<Api>((message, transfer) => {
		toWorker.push(message);
		moved.push(transfer);
		setTimeout(() => worker.receive(structuredClone(message)));
	});
	return { page, worker, toWorker, moved };
}

describe('the page and a worker, one protocol', () => {
	it('answers each call, by its id, whatever order they are answered in', async () => {
		const { page } = joined();
		const [a, b] = await Promise.all([page.call('double', 2), page.call('double', 21)]);
		expect([a, b]).toEqual([4, 42]);
	});

	it('tells events on the way, then answers', async () => {
		const { page } = joined();
		const seen: number[] = [];
		expect(await page.call('count', 3, { onevent: (k) => seen.push(k) })).toBe('3 counted');
		expect(seen).toEqual([1, 2, 3]);
	});

	it('fails a call with the worker’s own message', async () => {
		const { page } = joined();
		await expect(page.call('fail', null)).rejects.toThrow('the index could not be loaded (HTTP 500)');
	});

	it('answers an older call in a lane null at once when a newer one comes, and tells the worker to drop it', async () => {
		let release: () => void = () => {};
		const held = new Promise<void>((r) => (release = r));
		const { page, toWorker } = joined((q) => (q === 'ira' ? held.then(() => q) : Promise.resolve(q)));
		const older = page.call('slow', 'ira', { lane: 'typed' });
		const newer = page.call('slow', 'iran', { lane: 'typed' });
		const other = page.call('slow', 'oil', { lane: 'compared' });
		expect(await older).toBeNull();
		expect(await newer).toBe('iran');
		expect(await other).toBe('oil');
		expect(toWorker.filter((m) => m.kind === 'cancel')).toHaveLength(1);
		release();
	});

	it('moves the arrays named as transfers', async () => {
		const { page, moved } = joined();
		const ask = Int32Array.of(1, 2, 3);
		expect([...(await page.call('sum', ask, { transfer: [ask.buffer] }))!]).toEqual([6]);
		expect(moved.some((t) => t.includes(ask.buffer))).toBe(true);
	});

	it('tells the worker what no one waits for, its failure going nowhere', async () => {
		const { page, toWorker } = joined();
		page.tell('fail', null);
		await new Promise((r) => setTimeout(r, 10));
		expect(toWorker).toContainEqual(expect.objectContaining({ kind: 'call', method: 'fail' }));
	});

	it('fails every open call when the worker is gone', async () => {
		const { page } = joined(() => new Promise(() => {}));
		const open = page.call('slow', 'never');
		page.failAll(new Error('the search worker failed'));
		await expect(open).rejects.toThrow('the search worker failed');
	});
});
