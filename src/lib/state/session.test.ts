import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_SIZE, idTableOf, readMetaPieces, type MetaFile, type MetaPiece } from '../corpus/bundle';
import { metaPieceText, toMetaPieces } from '../corpus/bundle-write';
import { synthCorpus } from '../corpus/synth-corpus';
import { buildColumns } from '../search/article-columns';
import { buildCodeColumns, provenanceOf } from '../search/code-columns';
import { provenanceColumns } from '../provenance/columns';
import { filedMatrix } from '../provenance/filed';
import { bylineFacet } from '../provenance/bylines';
import { codeSequences } from '../provenance/news-codes';
import { answerOverColumns } from '../search/column-filter';
import { filterRows } from '../search/filter';
import { Explorer } from './explorer.svelte';
import { fetchBytes } from '../load/fetch-bytes';
import type { BundleUrls } from '../load/bundle-urls';
import { CorpusSession, type StartSearch } from './session';

// An archive of 700 articles in three pieces (200, 250, 250), its metadata loaded on demand.
const pieces = toMetaPieces(synthCorpus(700), [], 250) as [MetaFile, ...MetaPiece[]];
Object.assign(pieces[0], { onDemand: true, idTables: 4 });
const metas = readMetaPieces(pieces);
const build = pieces[0].build!;
const lines = pieces.flatMap((p) => p.articles);

const urls: BundleUrls = {
	meta: (n) => `/meta/${n}.json`,
	index: '/index/head.bin',
	terms: '/terms.bin',
	chunk: (n) => `/bodies/${n}.json`,
	versions: '/versions.json',
	columns: '/columns.bin',
	codes: '/codes.bin',
	card: (n) => `/cards/${n}.json`,
	ids: (n) => `/ids/${n}.json`
};

/** The site's files as a static host serves them; a test may replace one. */
let files: Map<string, string>;
let requested: string[];

function site(): Map<string, string> {
	const out = new Map<string, string>();
	pieces.forEach((piece, n) => out.set(urls.meta(n), metaPieceText(piece)));
	for (let n = 0; n * CARD_SIZE < lines.length; n++)
		out.set(urls.card(n), metaPieceText({ build, articles: lines.slice(n * CARD_SIZE, (n + 1) * CARD_SIZE) }));
	const tables = Array.from({ length: 4 }, () => ({ build, ids: [] as [string, number][] }));
	metas.forEach((a, i) => tables[idTableOf(a.id, 4)].ids.push([a.id, i]));
	tables.forEach((table, t) => out.set(urls.ids(t), JSON.stringify(table)));
	return out;
}

/** Articles whose title has the word: the query's hits, as the worker would give them. */
const hitsFor = (word: string) => Int32Array.from(metas.flatMap((a, i) => (a.title.toLowerCase().includes(word) ? [i] : [])));

/** A search worker without a worker: answers over the articles' columns, as the real one does. */
const columns = buildColumns(metas);
const codes = buildCodeColumns(metas);
const startSearch: StartSearch = () => ({
	ready: Promise.resolve(),
	addPiece: () => {},
	// As the worker's fetchBytes: a host's failure is an error, not a piece.
	fetchPiece: (url) => fetchBytes(url),
	setImports: () => {},
	search: (query, _lane, view) => {
		const hits = query.trim() ? hitsFor(query.trim()) : null;
		const result = hits && { hits, scores: new Uint32Array(hits.length), words: [query], partial: null, notes: [], suggestions: [] };
		return Promise.resolve({ result, counted: view ? answerOverColumns(columns, codes, hits, view.filters, view.sort) : null, ms: 1 });
	},
	terms: () => Promise.resolve(null),
	periodTerms: () => Promise.resolve(null),
	provenance: () =>
		columnsFail
			? Promise.resolve({ error: 'the article columns could not be loaded (HTTP 503)' })
			: Promise.resolve({ columns, codes, sequences: codeSequences(provenanceOf(columns, codes)) }),
	destroy: () => {}
});
/** Whether the fake worker fails to give the columns, as when the host refused them twice. */
let columnsFail = false;

beforeEach(() => {
	columnsFail = false;
	files = site();
	requested = [];
	vi.stubGlobal('fetch', (url: string) => {
		requested.push(url);
		const body = files.get(url);
		return Promise.resolve(body === undefined ? new Response('not here', { status: 404 }) : new Response(body));
	});
	vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
});
afterEach(() => vi.unstubAllGlobals());

/** A session on the archive, loaded up to its first screen. */
async function opened() {
	const ex = new Explorer();
	const session = new CorpusSession(ex, urls, startSearch);
	void session.load();
	await vi.waitFor(() => expect(ex.load.status).toBe('ready'));
	session.firstScreenDrawn();
	return { ex, session };
}

const pieceRequests = () => requested.filter((url) => url.startsWith('/meta/'));

describe('a corpus whose metadata loads on demand', () => {
	it('shows its first piece, answers a query over every article, and fetches only the cards of the results shown', async () => {
		const { ex, session } = await opened();
		expect(ex.bundled).toHaveLength(200);
		expect(ex.total).toBe(700);
		expect(ex.byColumns).toBe(true);

		ex.view = { ...ex.view, queries: ['railway'], countries: ['IR'] };
		session.answers.search('railway');
		await vi.waitFor(() => expect(ex.pending).toBe(false));
		const expected = filterRows(
			metas,
			hitsFor('railway'),
			{ from: null, to: null, countries: ['IR'], filed: [], bylines: [], agencies: [] },
			'relevance'
		);
		expect(expected.some((i) => i >= 200)).toBe(true);
		expect([...ex.rows]).toEqual([...expected]);

		const shown = ex.rows.subarray(0, 20);
		session.loadCards(shown);
		await vi.waitFor(() => expect([...shown].every((i) => ex.articleAt(i))).toBe(true));
		for (const i of shown) expect(ex.articleAt(i)).toEqual(metas[i]);
		expect(pieceRequests()).toEqual(['/meta/0.json']);
		// The first piece's articles need no card.
		const cards = new Set(
			Array.from(
				shown.filter((i) => i >= 200),
				(i) => urls.card(Math.floor(i / CARD_SIZE))
			)
		);
		expect(cards.size).toBeGreaterThan(0);
		expect(requested.filter((url) => url.startsWith('/cards/')).sort()).toEqual([...cards].sort());
	});

	it('works out what is behind a period over every article, as over the whole metadata, without a piece more', async () => {
		const { ex, session } = await opened();
		ex.view = { ...ex.view, queries: ['railway'], from: '1990-01-01', to: '1990-01-31' };
		session.answers.search('railway');
		await vi.waitFor(() => expect(ex.pending).toBe(false));
		const day = metas.find((a, i) => i >= 200 && a.publishedAt && hitsFor('railway').includes(i))!.publishedAt!.slice(0, 7);
		const period = { from: `${day}-01`, to: `${day}-28` };
		ex.view = { ...ex.view, behind: period };
		session.answers.behind();
		await vi.waitFor(() => expect(ex.behind).not.toBeNull());
		const anyDate = { from: null, to: null, countries: [], filed: [], bylines: [], agencies: [] };
		const expected = filterRows(metas, hitsFor('railway'), { ...anyDate, ...period }, 'relevance');
		expect(expected.length).toBeGreaterThan(0);
		expect([...ex.behind!.rows]).toEqual([...expected]);
		expect([...ex.behind!.all!]).toEqual([...filterRows(metas, hitsFor('railway'), anyDate, 'relevance')]);
		expect(pieceRequests()).toEqual(['/meta/0.json']);
		// Another period is another answer: the one before is not shown for it.
		ex.view = { ...ex.view, behind: { from: '1990-02-01', to: '1990-02-28' } };
		expect(ex.behind).toBeNull();
	});

	it('keeps showing a query cleared while the answer to the one before it was on its way', async () => {
		const { ex, session } = await opened();
		ex.view = { ...ex.view, queries: ['railway'] };
		session.answers.search('railway');
		// Cleared before the worker answers: every article passes, with no worker asked.
		ex.view = { ...ex.view, queries: [''] };
		session.answers.search('');
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(ex.searchedQuery).toBe('');
		expect(ex.pending).toBe(false);
		expect(ex.rows.length).toBe(700);
	});

	it('counts the views of provenance over every article without loading a piece more', async () => {
		const { ex, session } = await opened();
		const got = await session.provenance();
		const rows = Int32Array.from(metas.keys());
		const whole = provenanceColumns(metas);
		expect(filedMatrix(got!.columns, rows)).toEqual(filedMatrix(whole, rows));
		expect(bylineFacet(got!.columns, rows)).toEqual(bylineFacet(whole, rows));
		expect(got!.sequences).toEqual(codeSequences(whole));
		expect(pieceRequests()).toEqual(['/meta/0.json']);
		expect(ex.complete).toBe(false);
	});

	it('loads every piece for the views of provenance when the worker cannot give the columns', async () => {
		columnsFail = true;
		const { ex, session } = await opened();
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await session.provenance()).toBeNull();
		await vi.waitFor(() => expect(ex.complete).toBe(true));
		expect(ex.bundled).toHaveLength(700);
	});

	it('loads every piece when a view needs every article, and then lists them all', async () => {
		const { ex, session } = await opened();
		await session.loadAll();
		await vi.waitFor(() => expect(ex.complete).toBe(true));
		expect(ex.bundled).toEqual(metas);
		expect(ex.byColumns).toBe(false);
		expect(pieceRequests()).toEqual(['/meta/0.json', '/meta/1.json', '/meta/2.json']);
	});

	it('finds a linked article by its id table and its card alone, and an unknown id nowhere', async () => {
		const { ex, session } = await opened();
		const wanted = metas[650];
		session.findArticle(wanted.id);
		await vi.waitFor(() => expect(ex.indexById.get(wanted.id)).toBe(650));
		expect(ex.articleAt(650)).toEqual(wanted);
		session.findArticle('no-such-article');
		await vi.waitFor(() => expect(requested.filter((url) => url.startsWith('/ids/'))).toHaveLength(2));
		expect(pieceRequests()).toEqual(['/meta/0.json']);
	});

	it('never joins a card of another build: the page offers to reload instead', async () => {
		const { ex, session } = await opened();
		files.set(urls.card(5), metaPieceText({ build: 'another-build', articles: lines.slice(5 * CARD_SIZE, 6 * CARD_SIZE) }));
		session.loadCards([5 * CARD_SIZE + 1]);
		await vi.waitFor(() => expect(ex.bundleChanged).toBe(true));
		expect(ex.articleAt(5 * CARD_SIZE + 1)).toBeUndefined();
	});

	it('asks again for a card that failed when its result is shown again', async () => {
		const { ex, session } = await opened();
		const card = files.get(urls.card(7))!;
		files.delete(urls.card(7));
		session.loadCards([7 * CARD_SIZE]);
		await vi.waitFor(() => expect(requested).toContain(urls.card(7)));
		files.set(urls.card(7), card);
		await vi.waitFor(() => {
			session.loadCards([7 * CARD_SIZE]);
			expect(ex.articleAt(7 * CARD_SIZE)).toEqual(metas[7 * CARD_SIZE]);
		});
	});
});

describe('a corpus loaded whole, in pieces', () => {
	/** The same 700 articles as a corpus whose pieces all load (no `onDemand`). */
	const whole = toMetaPieces(synthCorpus(700), [], 250) as [MetaFile, ...MetaPiece[]];
	/** Piece n as served; `failsFirst`: the first answers for it are this status. */
	let failsFirst: { n: number; status: number; times: number } | null;

	beforeEach(() => {
		failsFirst = null;
		whole.forEach((piece, n) => files.set(urls.meta(n), metaPieceText(piece)));
		const served = globalThis.fetch;
		vi.stubGlobal('fetch', (url: string) => {
			const at = failsFirst && url === urls.meta(failsFirst.n) && failsFirst.times-- > 0;
			return at ? Promise.resolve(new Response('busy', { status: failsFirst!.status })) : served(url);
		});
	});

	it('lists every piece in order once the first screen is drawn, then says the corpus is complete', async () => {
		const { ex } = await opened();
		expect(ex.bundled).toHaveLength(200);
		await vi.waitFor(() => expect(ex.complete).toBe(true));
		expect(ex.bundled.map((a) => a.id)).toEqual(readMetaPieces(whole).map((a) => a.id));
		expect(ex.bundleChanged).toBe(false);
	});

	it('never joins a piece of a build deployed while it loaded: what is listed stays, and the page offers to reload', async () => {
		files.set(urls.meta(2), metaPieceText({ ...whole[2], build: 'a-newer-build' }));
		const { ex } = await opened();
		await vi.waitFor(() => expect(ex.bundleChanged).toBe(true));
		expect(ex.bundled).toHaveLength(450);
		expect(ex.complete).toBe(false);
		expect(ex.load.status).toBe('ready');
	});

	it('fetches a piece again while the host fails for a moment, and says why when the host refuses it', async () => {
		failsFirst = { n: 1, status: 503, times: 1 };
		const first = await opened();
		await vi.waitFor(() => expect(first.ex.complete).toBe(true), { timeout: 5000 });
		expect(first.ex.bundled).toHaveLength(700);

		failsFirst = { n: 2, status: 404, times: 1 };
		const second = await opened();
		await vi.waitFor(() => expect(second.ex.load.status).toBe('error'));
		expect(second.ex.load.status === 'error' && second.ex.load.message).toMatch(/404/);
	});
});
