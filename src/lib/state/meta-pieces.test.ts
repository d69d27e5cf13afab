import { afterEach, describe, expect, it, vi } from 'vitest';
import { toMetaPieces } from '../corpus/bundle';
import { synthCorpus } from '../search/test-corpus';
import { loadMetaPieces, type MetaPieceLoad } from './meta-pieces';

/** Serves a bundle's metadata pieces as `meta/<n>.json`, recording the order of requests. */
function serve(pieces: unknown[]): string[] {
	const requested: string[] = [];
	vi.stubGlobal('fetch', async (url: string) => {
		requested.push(url);
		const n = Number(/meta\/(\d+)\.json$/.exec(url)?.[1]);
		return n < pieces.length ? new Response(JSON.stringify(pieces[n])) : new Response('', { status: 404 });
	});
	return requested;
}
const url = (n: number) => `/corpus/meta/${n}.json`;

afterEach(() => vi.unstubAllGlobals());

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

	it('fails with the piece that could not be fetched', async () => {
		serve(pieces.slice(0, 2));
		await expect(loadMetaPieces(url, () => {})).rejects.toThrow(/HTTP 404/);
	});
});
