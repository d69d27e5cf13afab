/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps one build of the site (app, pages, corpus bundle) in one cache named for that build,
 * and answers from it. A new build's worker fills its own cache beside the old one and waits
 * until the page accepts the update, so a page never mixes one build's app with another's
 * corpus; once it takes over, the old caches go. Paths come from `$service-worker`, resolved
 * against wherever this file is served, so any host and any sub-path work.
 *
 * The app is cached whole. Of the corpus, a small one (the build says so) is cached whole too;
 * a large one keeps what every visit needs first and what visits fetch, and the rest only when
 * the reader asks to keep the corpus offline (a choice remembered for later builds). Nothing is
 * kept that fails unfitCorpusResponse, and a request made with `cache: 'reload'` (the search
 * worker's, for a file it found damaged) goes to the network and replaces what is kept.
 */
import { base, build, files, version } from '$service-worker';
import { KEEP_OFFLINE, KEEP_VISITED, OFFLINE_STATUS, REMOVE_OFFLINE, SKIP_WAITING, VERSION, type OfflineReport } from '$lib/pwa/messages';
import { appFiles, cacheRequest, storable } from '$lib/pwa/precache';
import { coreCorpusFiles, corpusFilesOf, isCorpusFile, unfitCorpusResponse } from '$lib/pwa/corpus-files';
import type { MetaHead } from '$lib/corpus/bundle';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'wirescope-';
const CACHE = `${PREFIX}${version}`;
/** Where the reader's choice to keep the corpus offline is remembered, across builds. */
const PREFS = 'wirescope-prefs';
const KEEP_KEY = `${base}/keep-offline`;
// The app's files; the corpus's are listed by its first piece (corpusFilesOf), so this script
// stays small however many files a large corpus has.
const APP = appFiles(base, build, files);
const ASSETS = new Set(APP);
const CORE = coreCorpusFiles(base);
/** Corpus files fetched at once while keeping the corpus offline. */
const PARALLEL = 4;

/** Fetches `path` and keeps it, if fit; throws when it cannot be kept. */
async function store(cache: Cache, path: string, corpusBuild?: string): Promise<void> {
	const res = await fetch(cacheRequest(path));
	const unfit = isCorpusFile(path, base) ? await unfitCorpusResponse(path, res, corpusBuild) : res.ok ? null : `HTTP ${res.status}`;
	if (unfit) throw new Error(`${path}: ${unfit}`);
	await cache.put(path, storable(res));
}

/** What this build's first metadata piece says of the corpus (from the cache), once read. */
let corpusHead: Promise<Partial<MetaHead>> | null = null;
function headOf(cache: Cache): Promise<Partial<MetaHead>> {
	corpusHead ??= (async () => {
		const res = await cache.match(`${base}/corpus/meta/0.json`);
		if (!res) return {};
		// The head's fields come before its articles: the first line is enough.
		const text = await res.text();
		const first = text.slice(0, text.indexOf('\n') + 1 || text.length).replace(/,"articles":\[\s*$/, '}');
		try {
			return JSON.parse(first) as Partial<MetaHead>;
		} catch {
			return {};
		}
	})();
	return corpusHead;
}

async function keptByChoice(): Promise<boolean> {
	return !!(await (await caches.open(PREFS)).match(KEEP_KEY));
}

/** Every corpus file of this build, as its first piece (in the cache) lists them. */
async function corpusOf(cache: Cache): Promise<string[]> {
	return corpusFilesOf(await headOf(cache), base);
}

/** Keeps every corpus file not kept yet, `report`ing as they arrive; returns why not all could be, or null. */
async function keepCorpus(cache: Cache, report?: (kept: number) => void): Promise<string | null> {
	const head = await headOf(cache);
	const corpus = await corpusOf(cache);
	const held = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
	const missing = corpus.filter((path) => !held.has(path));
	let kept = corpus.length - missing.length;
	let failure: string | null = null;
	const next = async (): Promise<void> => {
		for (let path = missing.pop(); path !== undefined && !failure; path = missing.pop()) {
			try {
				await store(cache, path, head.build);
				report?.(++kept);
			} catch (err) {
				failure = (err as Error).message;
			}
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, next));
	return failure;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await Promise.all([...APP, ...CORE].map((path) => store(cache, path)));
			const head = await headOf(cache);
			// A small corpus (or one the reader chose to keep) is kept whole, as the app is: a failure fails the install.
			if (head.keepOffline !== 'ask' || (await keptByChoice())) {
				const failure = await keepCorpus(cache);
				if (failure) throw new Error(failure);
			}
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE && key !== PREFS) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

async function fromCache(request: Request, options?: CacheQueryOptions): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(request, options)) ?? fetch(request);
}

/**
 * A corpus file: from the cache, else from the network (a reload request always goes to the
 * network). The page has its answer at once; checking it (a whole JSON parse, a shard's CRC-32)
 * and keeping it if fit happen after, while the event is kept alive.
 */
async function corpusFile(event: FetchEvent, path: string): Promise<Response> {
	const { request } = event;
	const cache = await caches.open(CACHE);
	if (request.cache !== 'reload') {
		const hit = await cache.match(request);
		if (hit) return hit;
	}
	const res = await fetch(request);
	const copy = res.clone();
	event.waitUntil(
		(async () => {
			const head = await headOf(cache);
			if (!(await unfitCorpusResponse(path, copy, head.build))) await cache.put(path, storable(copy));
		})()
	);
	return res;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	if (request.mode === 'navigate' && url.pathname.startsWith(`${base}/`)) {
		// `?q=…` and `?article=…` are read by the page itself: every view is the same document.
		event.respondWith(fromCache(request, { ignoreSearch: true }));
	} else if (isCorpusFile(url.pathname, base)) {
		event.respondWith(corpusFile(event, url.pathname));
	} else if (ASSETS.has(url.pathname)) {
		event.respondWith(fromCache(request));
	}
});

/** How much of the corpus this worker holds, and why. */
async function offlineReport(cache: Cache): Promise<OfflineReport> {
	const held = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
	const head = await headOf(cache);
	const corpus = await corpusOf(cache);
	const mode = head.keepOffline !== 'ask' ? 'auto' : (await keptByChoice()) ? 'asked' : 'visited';
	return { files: corpus.length, kept: corpus.filter((path) => held.has(path)).length, bytes: head.corpusBytes ?? 0, mode };
}

sw.addEventListener('message', (event) => {
	const type = event.data?.type;
	const port = event.ports[0];
	if (type === SKIP_WAITING) void sw.skipWaiting();
	if (type === VERSION) port?.postMessage({ version });
	if (type === OFFLINE_STATUS)
		event.waitUntil(
			caches
				.open(CACHE)
				.then(offlineReport)
				.then((r) => port?.postMessage(r))
		);
	if (type === KEEP_OFFLINE) {
		event.waitUntil(
			(async () => {
				await (await caches.open(PREFS)).put(KEEP_KEY, new Response('1'));
				const cache = await caches.open(CACHE);
				const report = await offlineReport(cache);
				let last = 0;
				const failure = await keepCorpus(cache, (kept) => {
					// A report per 1% is plenty for a progress bar.
					if (kept - last >= Math.max(1, report.files / 100)) port?.postMessage({ ...report, kept: (last = kept) });
				});
				port?.postMessage({ ...(await offlineReport(cache)), done: failure });
			})()
		);
	}
	if (type === KEEP_VISITED && Array.isArray(event.data.paths)) {
		event.waitUntil(
			(async () => {
				const cache = await caches.open(CACHE);
				const head = await headOf(cache);
				const wanted = new Set(await corpusOf(cache));
				for (const path of event.data.paths as unknown[]) {
					if (typeof path !== 'string' || !wanted.has(path) || (await cache.match(path))) continue;
					// A file that cannot be had now is fetched again when it is next used.
					await store(cache, path, head.build).catch(() => {});
				}
			})()
		);
	}
	if (type === REMOVE_OFFLINE) {
		event.waitUntil(
			(async () => {
				await (await caches.open(PREFS)).delete(KEEP_KEY);
				const cache = await caches.open(CACHE);
				const core = new Set(CORE);
				for (const request of await cache.keys()) {
					const path = new URL(request.url).pathname;
					if (isCorpusFile(path, base) && !core.has(path)) await cache.delete(request);
				}
				port?.postMessage(await offlineReport(cache));
			})()
		);
	}
});
