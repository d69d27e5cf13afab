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
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { SKIP_WAITING, VERSION } from '$lib/pwa/messages';
import { appFiles, cacheRequest, storable } from '$lib/pwa/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'wirescope-';
const CACHE = `${PREFIX}${version}`;
const ASSETS = new Set(appFiles(base, build, files, prerendered));

async function store(cache: Cache, path: string): Promise<void> {
	const res = await fetch(cacheRequest(path));
	if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
	await cache.put(path, storable(res));
}

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => Promise.all([...ASSETS].map((path) => store(cache, path)))));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

async function fromCache(request: Request, options?: CacheQueryOptions): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(request, options)) ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	if (request.mode === 'navigate' && url.pathname.startsWith(`${base}/`)) {
		// `?q=…` and `?article=…` are read by the page itself: every view is the same document.
		event.respondWith(fromCache(request, { ignoreSearch: true }));
	} else if (ASSETS.has(url.pathname)) {
		event.respondWith(fromCache(request));
	}
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === SKIP_WAITING) void sw.skipWaiting();
	if (event.data?.type === VERSION) event.ports[0]?.postMessage({ version });
});
