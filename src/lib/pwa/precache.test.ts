import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { PAGES, appFiles, cacheRequest, storable } from './precache';

describe('appFiles', () => {
	it('lists the app, static files and pages once each, under the base path', () => {
		const build = ['/a/_app/immutable/entry/app.js', '/a/_app/immutable/workers/search.worker.js'];
		const files = ['/a/favicon.svg', '/a/manifest.webmanifest'];
		expect(appFiles('/a', build, files, ['/a/favicon.svg'])).toEqual([...build, ...files, '/a/', '/a/embed', '/a/compare', '/a/geo.json']);
	});

	it('names every prerendered route but the corpus and the copy for tools', () => {
		const routes = new URL('../../routes/', import.meta.url);
		const found: string[] = [];
		const walk = (dir: URL, path: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir), `${path}/${entry.name}`);
				else if (/^\+(page\.svelte|server\.ts)$/.test(entry.name)) found.push(path || '/');
			}
		};
		walk(routes, '');
		const pages = found.filter((route) => !/^\/(corpus|articles)\//.test(route)).sort();
		expect(pages).toEqual([...PAGES].sort());
	});
});

describe('cacheRequest', () => {
	it('revalidates files that a new build may change and trusts content-hashed ones', () => {
		expect(cacheRequest('http://x.test/articles/0.jsonl').cache).toBe('no-cache');
		expect(cacheRequest('http://x.test/a/').cache).toBe('no-cache');
		expect(cacheRequest('http://x.test/a/corpus/bodies/0.json').cache).toBe('no-cache');
		expect(cacheRequest('http://x.test/a/_app/immutable/chunks/a1.js').cache).toBe('default');
	});
});

describe('storable', () => {
	it('keeps the body, status and headers of a redirected response but not the redirect', async () => {
		const redirected = new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } });
		Object.defineProperty(redirected, 'redirected', { value: true });
		const kept = storable(redirected);
		expect(kept.redirected).toBe(false);
		expect(kept.headers.get('content-type')).toBe('text/html');
		expect(await kept.text()).toBe('<!doctype html>');
	});

	it('passes a direct response through unchanged', () => {
		const res = new Response('x');
		expect(storable(res)).toBe(res);
	});
});
