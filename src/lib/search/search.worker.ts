/// <reference lib="webworker" />
/**
 * Runs search off the main thread, so typing never waits for a query. It parses the first
 * metadata piece the page hands over, fetches the other pieces for the page (see fetchPiece)
 * and the search index's head for itself, then the index's shards each query needs, and
 * answers only the newest query waiting in each lane: a burst of keystrokes costs one search,
 * not one each, and compared queries wait their turn.
 */
import { BundleChanged, checkBuild, type MetaFile } from '../corpus/bundle';
import { QUERY_REFUSED, QuerySyntaxError, SearchEngine } from './engine';
import { ImportedSearch } from './imported-search';
import { ShardedIndex, type ShardNeed } from './sharded-index';
import { fetchBytes } from '../load/fetch-bytes';
import { fetchChecked } from '../load/retry';
import { TermStore } from '../terms/term-store';
import { ColumnStore } from './column-store';
import { unloaded } from '../load/failures';
import { answerOverColumns, filtersByCodes, type ColumnAnswer } from './column-filter';
import { unframeAsync } from '../corpus/frame';
import type { QueryAnswer, QueryView, SearchCalls } from './worker-messages';
import { Moved, answerCalls, type CallContext, type ToWorker } from '../worker-calls';
import { RecentAnswers } from './answer-cache';

let engine: SearchEngine | null = null;
/** Imported articles, indexed here and searched beside the bundle. */
const imports = new ImportedSearch((offset, articles) => {
	columns?.setImports(articles);
	terms?.setImports(offset, articles);
});
/** A query waiting, with what settles its call: its answer (moved), or null when a newer one in its lane replaced it. */
interface Waiting {
	query: string;
	view?: QueryView;
	settle: (answer: QueryAnswer | null | Moved<QueryAnswer>) => void;
	fail: (err: Error) => void;
}
/** Queries waiting, the newest of each lane; the typed one goes first. */
const pending = new Map<string, Waiting>();
const TYPED = 'typed';

/** Settles the init call: once the engine is ready, or with why it cannot be. */
let readiness: { ready: (answer: { ms: number }) => void; failed: (err: Error) => void } = { ready: () => {}, failed: () => {} };
const failed = (message: string) => readiness.failed(new Error(message));

/** The metadata pieces still to come (search answers index into the page's list of them all), and the build the first names. */
const pieces: { expected: number; build?: string } = { expected: 0 };
/** The index, read from its head; the engine is built on it once every piece is in. */
let index: ShardedIndex | null = null;
let indexUrl = '';
let started = 0;
let terms: TermStore | null = null;
/** Recent answers: a query asked again is neither searched nor counted again. */
const recent = new RecentAnswers();
/** Shards being fetched, by URL: two queries needing one shard fetch it once. */
const fetching = new Map<string, Promise<void>>();
/** Fetch-and-search rounds a query may take: the first finds which shards it needs, the second has them. */
const MAX_ROUNDS = 4;

/** The article and news code columns, when the page loads its metadata on demand (see MetaFile.onDemand); null otherwise. */
let columns: ColumnStore | null = null;

async function init(
	headUrl: string,
	termsUrl: string,
	pieceCount: number,
	columnsAt: string | null,
	codesAt: string | null
): Promise<void> {
	started = performance.now();
	indexUrl = headUrl;
	terms = new TermStore(termsUrl, () => pieces.build);
	pieces.expected = pieceCount;
	columns = columnsAt && codesAt ? new ColumnStore({ columns: columnsAt, codes: codesAt }, () => pieces.build) : null;
	// Fetched beside the index's head: the first query's answer waits for both.
	columns?.warm();
	try {
		index = await fetchChecked(headUrl, async (bytes) => new ShardedIndex(await unframeAsync('WIH3', bytes))).catch((err: Error) => {
			throw indexUnloaded(err);
		});
		startWhenComplete();
	} catch (err) {
		failed((err as Error).message);
	}
}

const indexUnloaded = (err: Error) => unloaded('the search index', err);

/** Where each kind of the index's files lies beside its head. */
const FOLDERS = { count: 'c', pos: 'p', num: 'n', pair: 'q', pairPos: 'r' } as const;

/** Fetches the shards a query needs (each once, however many queries wait for it) into the index. */
async function fetchShards(needs: ShardNeed[]): Promise<void> {
	await Promise.all(
		needs.map(async (need) => {
			const url = new URL(`${FOLDERS[need.kind]}/${need.shard}.bin`, indexUrl).href;
			let load = fetching.get(url);
			if (!load) {
				load = fetchChecked(url, (bytes) => index!.add(need, bytes))
					.catch((err: Error) => {
						throw indexUnloaded(err);
					})
					.finally(() => fetching.delete(url));
				fetching.set(url, load);
			}
			await load;
		})
	);
}

/**
 * Notes a metadata piece in; the first one's bytes name the build that the index's files must
 * carry. The page reads the pieces' articles (and refuses a piece of another build) itself.
 */
function pieceIn(first?: Uint8Array) {
	try {
		if (first) pieces.build = (JSON.parse(new TextDecoder().decode(first)) as MetaFile).build;
		pieces.expected--;
		startWhenComplete();
	} catch (err) {
		failed(`the corpus metadata could not be read: ${(err as Error).message}`);
	}
}

/**
 * Fetches a metadata piece for the page: receiving a download of megabytes costs the thread
 * that asked for it (and more under the browser's developer tools), so it is this one. Its
 * bytes move to the page, and the piece is added here from a decoded copy.
 */
async function fetchPiece(url: string): Promise<Moved<ArrayBuffer>> {
	const bytes = await fetchBytes(url);
	pieceIn();
	// The page gets the bytes, moved: it reads them.
	const buffer = bytes.buffer as ArrayBuffer;
	return new Moved(buffer, [buffer]);
}

/** Builds the engine once the index's head and every piece are in. */
function startWhenComplete() {
	if (!index || pieces.expected > 0 || engine) return;
	try {
		checkBuild(pieces.build, index.build);
		engine = new SearchEngine(index);
	} catch (err) {
		failed((err as Error).message);
		return;
	}
	readiness.ready({ ms: performance.now() - started });
	if (pending.size) void runPending();
	warmUp(engine.warmUpQueries());
}

/**
 * Runs the engine's warm-up queries one per task, a real query waiting first. They fetch
 * nothing: what they warm is the query's reading and the choice of words, not the shards.
 */
function warmUp(queries: string[]) {
	if (!engine || !queries.length) return;
	if (!pending.size && !running) {
		engine.search(queries.shift()!);
		index?.needed();
	}
	setTimeout(() => warmUp(queries), pending.size || running ? 50 : 0);
}

/** Set while a query is answered (between its rounds it may wait for shards). */
let running = false;

async function runPending() {
	if (running || !engine) return;
	running = true;
	try {
		for (;;) {
			if (imports.loading) await imports.loading;
			const lane = pending.has(TYPED) ? TYPED : pending.keys().next().value;
			if (lane === undefined) return;
			const msg = pending.get(lane)!;
			pending.delete(lane);
			await answer(engine, msg, lane);
			// One query per task: a keystroke arriving meanwhile goes before the compared queries left.
			await new Promise((resume) => setTimeout(resume, 0));
		}
	} finally {
		running = false;
	}
}

/**
 * Answers one query: searches, fetches the shards it found missing, and searches again with
 * them. A newer query in the same lane arriving meanwhile replaces it: its answer is dropped,
 * but the shards fetched stay for the next one.
 */
async function answer(engine: SearchEngine, msg: Waiting, lane: string): Promise<void> {
	const t0 = performance.now();
	const since = recent.generation;
	try {
		let result = recent.result(msg.query);
		if (result === undefined) {
			result = imports.searchAll(engine, msg.query);
			for (let round = 1; ; round++) {
				const needs = index!.needed();
				if (!needs.length) break;
				if (round >= MAX_ROUNDS) throw new Error('the search index did not hold what it lists (rebuild the site)');
				await fetchShards(needs);
				if (pending.has(lane)) return msg.settle(null);
				result = imports.searchAll(engine, msg.query);
			}
			recent.keepResult(msg.query, result, since);
		}
		let counted: ColumnAnswer | null = null;
		if (msg.view && columns) counted = recent.counted(msg.query, msg.view) ?? null;
		if (msg.view && columns && !counted) {
			const { filters, sort, measure } = msg.view;
			const [all, codes] = await Promise.all([
				columns.articles(measure === 'mentions'),
				filtersByCodes(filters) ? columns.codeColumns() : null
			]);
			if (pending.has(lane)) return msg.settle(null);
			counted = answerOverColumns(all, codes, result?.hits ?? null, filters, sort);
			recent.keepCounted(msg.query, msg.view, counted, since);
		}
		// The hit arrays move to the page instead of being copied.
		const moved: Transferable[] = result ? [result.hits.buffer, result.scores.buffer] : [];
		if (counted) moved.push(counted.rows.buffer);
		msg.settle(new Moved({ result, counted, ms: performance.now() - t0 }, moved));
	} catch (err) {
		index?.needed();
		const message =
			err instanceof QuerySyntaxError
				? `${QUERY_REFUSED}: ${err.message}`
				: err instanceof BundleChanged
					? err.message
					: `Search could not run: ${(err as Error).message}`;
		msg.fail(new Error(message));
	}
}

/** Answers a request for top terms, once any imported articles it may count are read; null once a newer one replaced it. */
async function listTerms(rows: Int32Array | null, call: CallContext<SearchCalls['terms']>): Promise<SearchCalls['terms']['answer']> {
	if (imports.loading) await imports.loading;
	const t0 = performance.now();
	const lists = await terms!.lists(rows, () => !call.cancelled);
	return lists && { lists, ms: performance.now() - t0 };
}

/** Answers a request for a period's terms against the other results; null once a newer one replaced it. */
async function listPeriodTerms(
	{ inside, all }: SearchCalls['periodTerms']['ask'],
	call: CallContext<SearchCalls['periodTerms']>
): Promise<SearchCalls['periodTerms']['answer']> {
	if (imports.loading) await imports.loading;
	const t0 = performance.now();
	const lists = await terms!.against(inside, all, () => !call.cancelled);
	return lists && { lists, ms: performance.now() - t0 };
}

/** Answers the views of provenance: every article's columns and code columns (the bundle's, then imported ones) and their code sequences. */
async function provenance(): Promise<SearchCalls['provenance']['answer']> {
	if (imports.loading) await imports.loading;
	if (!columns) throw new Error('this corpus has no article columns');
	return columns.provenance();
}

const calls = answerCalls<SearchCalls>(
	{
		init: (ask) =>
			new Promise((ready, failed) => {
				readiness = { ready, failed };
				void init(ask.indexUrl, ask.termsUrl, ask.pieceCount, ask.columnsUrl, ask.codesUrl);
			}),
		// The page hands over the first piece only (see SearchClient.addPiece).
		piece: (bytes) => pieceIn(new Uint8Array(bytes)),
		fetchPiece,
		imports: ({ offset, collections }) => {
			// Other articles are searched from now on: no answer kept holds for them.
			recent.clear();
			imports.set(offset, collections);
		},
		query: ({ query, lane, view }) =>
			new Promise((settle, fail) => {
				// The one it replaces was answered null on the page already.
				pending.get(lane)?.settle(null);
				if (!pending.size) setTimeout(() => void runPending(), 0);
				pending.set(lane, { query, view, settle, fail });
			}),
		terms: listTerms,
		periodTerms: listPeriodTerms,
		provenance
	},
	(message, transfer) => self.postMessage(message, transfer)
);
self.onmessage = (event: MessageEvent<ToWorker<SearchCalls>>) => calls.receive(event.data);
