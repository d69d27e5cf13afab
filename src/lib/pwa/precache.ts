/**
 * What the service worker caches of a build, and how it fetches it. It caches every file the
 * app uses when it installs, corpus body chunks included: filling them in later could fetch a
 * newer build's chunks into an older build's cache once the host has moved on.
 */

/**
 * The site's pages and their data besides the corpus, under `base` (every prerendered route but
 * the corpus's files and `articles/`, the copy for other tools: precache.test.ts checks this
 * against src/routes).
 */
export const PAGES = ['/', '/embed', '/compare', '/geo.json'];

/** The files the app needs offline besides the corpus: the build's code, the static files and the pages, once each. */
export function appFiles(base: string, ...lists: string[][]): string[] {
	return [...new Set([...lists.flat(), ...PAGES.map((page) => `${base}${page}`)])];
}

/** Files named by content hash never change, so the HTTP cache may answer for them. */
const IMMUTABLE = /\/_app\/immutable\//;

/**
 * Anything not content-hashed is revalidated, so a new version never caches a stale copy of
 * the corpus or a page from the browser's HTTP cache.
 */
export function cacheRequest(path: string): Request {
	return new Request(path, { cache: IMMUTABLE.test(path) ? 'default' : 'no-cache' });
}

/** A redirected response cannot answer a navigation, so keep only its body and headers. */
export function storable(res: Response): Response {
	return res.redirected ? new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers }) : res;
}
