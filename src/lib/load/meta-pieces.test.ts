import { afterEach, describe, expect, it, vi } from 'vitest';
import { BundleChanged, type MetaFile, type MetaPiece } from '../corpus/bundle';
import { metaPieceText, toMetaPieces } from '../corpus/bundle-write';
import * as tasks from '../next-task';
import { synthCorpus } from '../corpus/synth-corpus';
import { loadMetaPieces, type MetaPieceLoad } from './meta-pieces';

/** Serves a bundle's metadata pieces as `meta/<n>.json` (as the build writes them, or as plain JSON), recording the order of requests. */
function serve(pieces: (MetaFile | MetaPiece)[], write: (piece: MetaFile | MetaPiece) => string = metaPieceText): string[] {
	const requested: string[] = [];
	vi.stubGlobal('fetch', async (url: string) => {
		requested.push(url);
		const n = Number(/meta\/(\d+)\.json$/.exec(url)?.[1]);
		return n < pieces.length ? new Response(write(pieces[n])) : new Response('', { status: 404 });
	});
	return requested;
}
const url = (n: number) => `/corpus/meta/${n}.json`;

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('loadMetaPieces', () => {
	const articles = synthCorpus(60);
	const pieces = toMetaPieces(articles, [], 20);

	it('hands over every piece in order, the articles as the bundle lists them', async () => {
		serve(pieces);
		const seen: MetaPieceLoad[] = [];
		const head = await loadMetaPieces(url, (load) => {
			seen.push(load);
		});
		expect(head.articleCount).toBe(60);
		expect(seen.map((s) => s.n)).toEqual([0, 1, 2]);
		expect(seen.flatMap((s) => s.articles.map((a) => a.id))).toEqual(articles.map((a) => a.id));
	});

	it('stops at a piece of another build, deployed since the first piece came, and hands none of its articles over', async () => {
		const newer = toMetaPieces(synthCorpus(61), [], 20);
		expect(newer[1].build).not.toBe(pieces[1].build);
		serve([pieces[0], newer[1], pieces[2]]);
		const seen: number[] = [];
		await expect(loadMetaPieces(url, ({ n }) => void seen.push(n))).rejects.toBeInstanceOf(BundleChanged);
		expect(seen).toEqual([0]);
	});

	it('asks again for a later piece that failed to arrive, after a pause, and gives up after the last', async () => {
		serve(pieces);
		let failures = 2;
		const flaky = (u: string) =>
			failures-- > 0 ? Promise.reject(new Error('HTTP 503')) : fetch(u).then(async (r) => new Uint8Array(await r.arrayBuffer()));
		const seen: number[] = [];
		await loadMetaPieces(url, ({ n }) => void seen.push(n), undefined, flaky, [1, 1, 1]);
		expect(seen).toEqual([0, 1, 2]);
		const down = () => Promise.reject(new Error('HTTP 503'));
		await expect(loadMetaPieces(url, () => {}, undefined, down, [1, 1])).rejects.toThrow('HTTP 503');
	});

	it('waits for a promise returned for a piece before fetching the next', async () => {
		const requested = serve(pieces);
		const seen: number[] = [];
		let release = () => {};
		const loading = loadMetaPieces(url, ({ n }) => {
			seen.push(n);
			if (n === 0) return new Promise<void>((resolve) => (release = resolve));
		});
		await vi.waitFor(() => expect(seen).toEqual([0]));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(requested).toEqual([url(0)]);
		release();
		await loading;
		expect(seen).toEqual([0, 1, 2]);
	});

	it('reads a large piece a few articles per task, letting the page run in between', async () => {
		const many = synthCorpus(600);
		serve(toMetaPieces(many, [], 500));
		// Every look at the clock finds 5 ms gone: the reader must yield every couple of slices.
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
		const yields = vi.spyOn(tasks, 'nextTask');
		const seen: string[] = [];
		await loadMetaPieces(url, ({ articles }) => {
			for (const a of articles) seen.push(a.id);
		});
		expect(seen).toEqual(many.map((a) => a.id));
		// 600 articles in slices of a few: many tasks.
		expect(yields.mock.calls.length).toBeGreaterThanOrEqual(10);
	});

	it('reads pieces written as plain JSON too (one document, no line layout)', async () => {
		serve(pieces, (piece) => JSON.stringify(piece));
		const seen: string[] = [];
		await loadMetaPieces(url, ({ articles }) => {
			for (const a of articles) seen.push(a.id);
		});
		expect(seen).toEqual(articles.map((a) => a.id));
	});

	it('refuses a first piece that is not a wirescope bundle, saying so', async () => {
		vi.stubGlobal('fetch', async () => new Response('{"articles":[]}'));
		await expect(loadMetaPieces(url, () => {})).rejects.toThrow(/not in a format this version understands/);
	});

	it('fetches the pieces after the first with the fetcher it is given', async () => {
		serve(pieces);
		const later: string[] = [];
		const fetchLater = async (u: string) => {
			later.push(u);
			return new Uint8Array(await (await fetch(u)).arrayBuffer());
		};
		const seen: string[] = [];
		await loadMetaPieces(url, ({ articles }) => void seen.push(...articles.map((a) => a.id)), undefined, fetchLater);
		expect(later).toEqual([url(1), url(2)]);
		expect(seen).toEqual(articles.map((a) => a.id));
	});

	it('fails with the piece that could not be fetched', async () => {
		serve(pieces.slice(0, 2));
		await expect(loadMetaPieces(url, () => {})).rejects.toThrow(/HTTP 404/);
	});
});
