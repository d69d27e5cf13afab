import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toArticleMeta } from '../corpus/bundle';
import { toBodyChunks } from '../corpus/bundle-write';
import { synthCorpus } from '../corpus/synth-corpus';
import { BodyLoader } from './bodies';
import { Explorer } from './explorer.svelte';

// Two chunks of bodies (CHUNK_SIZE articles each), served from memory; a test may make the host fail.
const articles = synthCorpus(300);
const chunks = toBodyChunks(articles);
let down = false;
let requested: string[] = [];

beforeEach(() => {
	down = false;
	requested = [];
	vi.useFakeTimers();
	// What the browser's window does: the loader listens for the network coming back.
	const online = new EventTarget();
	vi.stubGlobal('addEventListener', online.addEventListener.bind(online));
	vi.stubGlobal('removeEventListener', online.removeEventListener.bind(online));
	vi.stubGlobal('fetch', (url: string) => {
		requested.push(url);
		const n = Number(/(\d+)\.json$/.exec(url)![1]);
		return Promise.resolve(down ? new Response('down', { status: 503 }) : new Response(JSON.stringify(chunks[n])));
	});
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** The explorer with the corpus listed and article `i` open in the reader. */
function reading(i: number) {
	const ex = new Explorer();
	ex.bundled = articles.map((a) => toArticleMeta(a));
	ex.bundledTotal = articles.length;
	ex.view = { ...ex.view, article: articles[i].id };
	const bodies = new BodyLoader(ex, (n) => `/bodies/${n}.json`);
	bodies.reset(chunks.length);
	return { ex, bodies };
}

describe('BodyLoader', () => {
	it("fetches the open article's chunk once, however often it is asked for", async () => {
		const { ex, bodies } = reading(250);
		await Promise.all([bodies.loadChunk(1), bodies.loadChunk(1)]);
		expect(ex.openArticle?.paragraphs).toEqual(articles[250].paragraphs);
		// A corpus this small has both its chunks fetched at once, for snippets; each once.
		expect(requested).toEqual(['/bodies/0.json', '/bodies/1.json']);
	});

	it('says why a chunk the reader waits for did not come, and brings it once the host is back', async () => {
		down = true;
		const { ex, bodies } = reading(250);
		await vi.waitFor(() => expect(ex.chunkError).toBe('HTTP 503'));
		down = false;
		await vi.advanceTimersByTimeAsync(1000);
		await vi.waitFor(() => expect(ex.openArticle?.paragraphs).toEqual(articles[250].paragraphs));
		expect(ex.chunkError).toBeNull();
		bodies.stop();
	});

	it('does not keep asking for a chunk nobody waits for', async () => {
		down = true;
		const { ex, bodies } = reading(250);
		await vi.waitFor(() => expect(ex.chunkError).toBe('HTTP 503'));
		ex.view = { ...ex.view, article: null };
		const asked = requested.length;
		await vi.advanceTimersByTimeAsync(60_000);
		expect(requested.length).toBe(asked);
		bodies.stop();
	});
});
