import { describe, expect, it } from 'vitest';
import { appFiles, cacheRequest, storable } from './precache';

describe('appFiles', () => {
	it('lists the app, static files, pages and corpus pieces once each, but not the corpus for tools', () => {
		const build = ['/a/_app/immutable/entry/app.js', '/a/_app/immutable/workers/search.worker.js'];
		const files = ['/a/favicon.svg', '/a/manifest.webmanifest'];
		const prerendered = [
			'/a/',
			'/a/embed',
			'/a/articles/0.jsonl',
			'/a/articles/rejected.json',
			'/a/corpus/meta/0.json',
			'/a/corpus/index/head.bin',
			'/a/corpus/bodies/0.json',
			'/a/favicon.svg'
		];
		expect(appFiles('/a', build, files, prerendered)).toEqual([
			...build,
			...files,
			'/a/',
			'/a/embed',
			'/a/corpus/meta/0.json',
			'/a/corpus/index/head.bin',
			'/a/corpus/bodies/0.json'
		]);
	});

	it('keeps an articles folder that is not the one at the root of the site', () => {
		expect(appFiles('', ['/corpus/articles/0.jsonl', '/articles/0.jsonl'])).toEqual(['/corpus/articles/0.jsonl']);
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
