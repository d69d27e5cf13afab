import { describe, expect, it } from 'vitest';
import type { Collection } from '../collections/types';
import { toMetaPieces } from '../corpus/bundle-write';
import { synthCorpus } from '../corpus/synth-corpus';
import type { CompareCalls } from '../terms/compare.worker';
import type { ToWorker } from '../worker-calls';
import { BUNDLED, CompareState, daysOf, type CompareSources } from './compare.svelte';

const articles = synthCorpus(120);
const [head] = toMetaPieces(articles, [], 40);
const collection = { id: 'c1', name: 'Imported', articles: articles.slice(0, 30) } as unknown as Collection;

/** A worker that records the calls made of it and answers (with an error naming the call) when told to. */
function fakeWorker() {
	const asked: Extract<ToWorker<CompareCalls>, { kind: 'call' }>[] = [];
	const worker = {
		onmessage: null as ((e: MessageEvent) => void) | null,
		onerror: null,
		postMessage: (message: ToWorker<CompareCalls>) => message.kind === 'call' && asked.push(message),
		terminate: () => {}
	};
	const answer = async (k: number) => {
		worker.onmessage?.({ data: { kind: 'error', id: asked[k - 1].id, message: `answer ${k}` } } as MessageEvent);
		await Promise.resolve();
	};
	return { worker: worker as unknown as Worker, asked, answer };
}

function sources(overrides: Partial<CompareSources> = {}): CompareSources {
	const { worker } = fakeWorker();
	return {
		metaUrl: '/corpus/meta/0.json',
		termsUrl: '/corpus/terms.bin',
		fetchHead: async () => JSON.parse(JSON.stringify(head)),
		readCollections: async () => [collection],
		startWorker: () => worker,
		...overrides
	};
}

describe('the compare page’s state', () => {
	it('offers the bundled corpus from its first piece alone, and each collection, the first collection chosen second', async () => {
		const asked: string[] = [];
		const state = new CompareState(sources({ fetchHead: async (url) => (asked.push(url), JSON.parse(JSON.stringify(head))) }));
		await state.load();
		expect(asked).toEqual(['/corpus/meta/0.json']);
		expect(state.choices.map((c) => [c.id, c.side.size])).toEqual([
			[BUNDLED, articles.length],
			['c1', 30]
		]);
		expect([state.a?.id, state.b?.id]).toEqual([BUNDLED, 'c1']);
		expect(daysOf(state.choices[0].side)).toHaveLength(articles.filter((a) => a.publishedAt).length);
		expect(state.differences.length).toBeGreaterThan(0);
	});

	it('says why when the first piece is not a wirescope file', async () => {
		const state = new CompareState(sources({ fetchHead: async () => ({ html: '<html>sign in</html>' }) }));
		await state.load();
		expect(state.error).toMatch(/could not be loaded: .*not a wirescope file/);
		expect(state.choices).toEqual([]);
	});

	it('counts terms only for two different collections, and keeps the answer to the latest request', async () => {
		const fake = fakeWorker();
		const state = new CompareState(sources({ startWorker: () => fake.worker }));
		await state.load();
		state.pick('b', BUNDLED);
		state.countTerms();
		expect(fake.asked).toEqual([]);
		state.pick('b', 'c1');
		state.countTerms();
		state.countTerms();
		expect(fake.asked.map((r) => r.ask.sides)).toEqual([
			['bundled', { collection: 'c1' }],
			['bundled', { collection: 'c1' }]
		]);
		await fake.answer(1);
		expect(state.terms.error).toBeNull();
		await fake.answer(2);
		expect(state.terms.error).toBe('answer 2');
	});
});
