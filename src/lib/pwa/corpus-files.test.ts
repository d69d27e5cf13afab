import { describe, expect, it } from 'vitest';
import { FRAME_KINDS, frame } from '../corpus/frame';
import { coreCorpusFiles, isCorpusFile, unfitCorpusResponse, corpusFilesOf } from './corpus-files';

const json = (body: string, init: ResponseInit = {}) =>
	new Response(body, { status: 200, headers: { 'content-type': 'application/json' }, ...init });

describe('which corpus files the service worker keeps', () => {
	it('tells the corpus from the app under any sub-path', () => {
		expect(isCorpusFile('/a/b/corpus/index/c/3.bin', '/a/b')).toBe(true);
		expect(isCorpusFile('/a/b/_app/immutable/x.js', '/a/b')).toBe(false);
		expect(coreCorpusFiles('/a')).toEqual(['/a/corpus/meta/0.json', '/a/corpus/index/head.bin']);
	});

	it('keeps a piece of this build and an index shard of this build', async () => {
		expect(await unfitCorpusResponse('/corpus/meta/3.json', json('{"build":"b1","articles":[\n]}'), 'b1')).toBeNull();
		const shard = frame('WIC2', 'b1', new Uint8Array([1, 2, 3]));
		expect(await unfitCorpusResponse('/corpus/index/c/0.bin', new Response(shard as Uint8Array<ArrayBuffer>), 'b1')).toBeNull();
	});

	it('keeps every kind of framed file the build writes, of this build', async () => {
		for (const kind of FRAME_KINDS) {
			const file = new Response(frame(kind, 'b1', new Uint8Array([1, 2, 3])) as Uint8Array<ArrayBuffer>);
			expect(await unfitCorpusResponse('/corpus/some/file.bin', file, 'b1'), kind).toBeNull();
		}
	});

	it('refuses a sign-in page sent with status 200, an empty answer, an error and a redirect', async () => {
		const portal = new Response('<!doctype html><title>Sign in to Wi-Fi</title>', {
			status: 200,
			headers: { 'content-type': 'text/html' }
		});
		expect(await unfitCorpusResponse('/corpus/meta/0.json', portal.clone(), 'b1')).toBe('not JSON');
		expect(await unfitCorpusResponse('/corpus/index/head.bin', portal, 'b1')).toBe('not a wirescope file');
		expect(await unfitCorpusResponse('/corpus/bodies/2.json', json(''), 'b1')).toBe('empty');
		expect(await unfitCorpusResponse('/corpus/bodies/2.json', json('[]', { status: 500 }), 'b1')).toBe('HTTP 500');
	});

	it('refuses a file cut short or damaged on the way, which would otherwise be served offline as it came', async () => {
		const shard = frame('WIC2', 'b1', new TextEncoder().encode('postings of a common word '.repeat(400)));
		const answer = (bytes: Uint8Array) => new Response(bytes as Uint8Array<ArrayBuffer>);
		expect(await unfitCorpusResponse('/corpus/index/c/0.bin', answer(shard.subarray(0, shard.length - 10)), 'b1')).toBe('cut short');
		const flipped = shard.slice();
		flipped[flipped.length - 5] ^= 1;
		expect(await unfitCorpusResponse('/corpus/index/c/0.bin', answer(flipped), 'b1')).toBe('damaged');
		expect(await unfitCorpusResponse('/corpus/meta/1.json', json('{"build":"b1","articles":[{"id":"1"'), 'b1')).toBe(
			'not whole JSON (cut short or damaged)'
		);
	});

	it('refuses a file of another build', async () => {
		expect(
			await unfitCorpusResponse('/corpus/versions.json', json('{"format":"wirescope-versions/1","build":"b2","groups":[]}'), 'b1')
		).toBe('of another build');
		const shard = frame('WIP2', 'b2', new Uint8Array([1]));
		expect(await unfitCorpusResponse('/corpus/index/p/1.bin', new Response(shard as Uint8Array<ArrayBuffer>), 'b1')).toBe(
			'of another build'
		);
	});
});

describe('corpusFilesOf', () => {
	it('lists the corpus from its first piece, and only the core files without it', () => {
		const files = corpusFilesOf({ articleCount: 130, pieceCount: 2, idTables: 3, chunkSize: 200 }, '/a');
		expect(files.filter((f) => f.includes('/meta/'))).toEqual(['/a/corpus/meta/0.json', '/a/corpus/meta/1.json']);
		expect(files.filter((f) => f.includes('/cards/'))).toHaveLength(3);
		expect(files.filter((f) => f.includes('/index/c/'))).toHaveLength(3);
		expect(files).toContain('/a/corpus/terms.bin');
		expect(corpusFilesOf({}, '/a')).toEqual(['/a/corpus/meta/0.json', '/a/corpus/index/head.bin']);
	});
});
