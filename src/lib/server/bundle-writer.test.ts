import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_SIZE, VERSIONS_FORMAT } from '../corpus/bundle';
import { metaPieceText, toBodyChunks, toMetaPieces } from '../corpus/bundle-write';
import { parseCorpus } from '../corpus/corpus';
import type { SourceFile } from '../corpus/types';
import { signature, versionGroups } from '../provenance/versions';
import { buildColumns, packColumns, packMentions } from '../search/article-columns';
import { buildCodeColumns, packCodeColumns } from '../search/code-columns';
import { toIndexedText } from '../search/documents';
import { frame } from '../corpus/frame';
import { shardCount, shardIndex } from '../search/index-shards';
import { synthArticle } from '../synth/generate';
import { buildTermTable, writeTermTable } from '../terms/term-table';
import { corpusFilesOf } from '../pwa/corpus-files';
import { ARTICLES_PER_PART, writeBundle } from './bundle-writer';
import { Spill } from './spill';
import { StreamedCorpus } from './streamed-corpus';

const scratch = mkdtempSync(join(tmpdir(), 'wirescope-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const enc = new TextEncoder();
const generated: SourceFile[] = Array.from({ length: 640 }, (_, i) => {
	const { name, text } = synthArticle(i, 3);
	return { file: name, bytes: enc.encode(text) };
});
// A second capture of a story (merged), a file that is no article (rejected), folders' files listed as the build lists them.
const sources: SourceFile[] = [
	...generated,
	{ file: `copy/${generated[5].file}`, bytes: generated[5].bytes },
	{ file: 'empty.txt', bytes: new Uint8Array(0) }
];

describe('the bundle written from a corpus kept on disk', () => {
	const reference = parseCorpus(sources);
	const { articles, rejected } = reference.corpus;
	const streamed = new StreamedCorpus(new Spill(join(scratch, 'articles')));
	for (const s of sources) streamed.add(s);
	const out = join(scratch, 'site');
	const files = sources.length + 400;
	const shards = shardCount(files);
	const pieceSize = 150;
	const report = writeBundle(streamed.ordered(), streamed.rejections(), out, {
		files,
		pieceSize,
		shards,
		onDemandAt: 300,
		offlineAutoBytes: 2 ** 30,
		scratch,
		segmentArticles: 97
	});
	const read = (path: string) => readFileSync(join(out, path));
	const text = (path: string) => read(path).toString('utf8');
	const build = JSON.parse(text('corpus/meta/0.json')).build as string;

	it('accounts for every file as the in-memory corpus does', () => {
		expect(streamed.summary()).toEqual(reference.summary);
		expect(streamed.summary().duplicatesMerged).toBe(1);
		expect(streamed.rejections()).toEqual(rejected);
		expect([...streamed.ordered().articles()]).toEqual(articles);
		expect(report.articles).toBe(articles.length);
	});

	it('writes the metadata pieces, cards and body chunks of the whole corpus, and empty ones up to the file count', () => {
		const [head, ...pieces] = toMetaPieces(articles, rejected, pieceSize);
		const first = JSON.parse(text('corpus/meta/0.json'));
		expect(first).toMatchObject({ ...head, onDemand: true, keepOffline: 'auto', idTables: shards });
		expect(first.corpusBytes).toBeGreaterThan(read('corpus/index/head.bin').length);
		pieces.forEach((piece, n) => expect(text(`corpus/meta/${n + 1}.json`)).toBe(metaPieceText(piece)));
		const written = readdirSync(join(out, 'corpus/meta')).length;
		expect(written).toBeGreaterThan(pieces.length + 1);
		expect(text(`corpus/meta/${written - 1}.json`)).toBe(metaPieceText({ articles: [] }));
		const chunks = toBodyChunks(articles);
		chunks.forEach((chunk, n) => expect(text(`corpus/bodies/${n}.json`)).toBe(JSON.stringify(chunk)));
		expect(text(`corpus/bodies/${chunks.length}.json`)).toBe('[]');
		const card = JSON.parse(text('corpus/cards/2.json'));
		expect(card.articles.map((a: { id: string }) => a.id)).toEqual(articles.slice(2 * CARD_SIZE, 3 * CARD_SIZE).map((a) => a.id));
		expect(readdirSync(join(out, 'corpus/cards')).length).toBe(Math.ceil(files / CARD_SIZE));
	});

	it('writes the search index merged from segments as the whole index would be written', () => {
		const whole = shardIndex(articles.map(toIndexedText), shards, build);
		expect(read('corpus/index/head.bin')).toEqual(Buffer.from(whole.head));
		for (let s = 0; s < shards; s++) {
			expect(read(`corpus/index/c/${s}.bin`)).toEqual(Buffer.from(whole.counts[s]));
			expect(read(`corpus/index/p/${s}.bin`)).toEqual(Buffer.from(whole.positions[s]));
			expect(read(`corpus/index/n/${s}.bin`)).toEqual(Buffer.from(whole.numbers[s]));
		}
	});

	it('writes the term table, columns and versions of the whole corpus', () => {
		expect(read('corpus/terms.bin')).toEqual(Buffer.from(writeTermTable(buildTermTable(articles), build)));
		expect(read('corpus/columns.bin')).toEqual(Buffer.from(frame('WCO2', build, packColumns(buildColumns(articles)))));
		expect(read('corpus/mentions.bin')).toEqual(Buffer.from(frame('WSCM', build, packMentions(buildColumns(articles)))));
		expect(read('corpus/codes.bin')).toEqual(Buffer.from(frame('WCC3', build, packCodeColumns(buildCodeColumns(articles)))));
		expect(JSON.parse(text('corpus/versions.json'))).toEqual({
			format: VERSIONS_FORMAT,
			build,
			groups: versionGroups(articles.map((a) => signature(a.paragraphs)))
		});
	});

	it('lists every article in one id table with its index', () => {
		const listed = new Map<string, number>();
		for (let t = 0; t < shards; t++) for (const [id, index] of JSON.parse(text(`corpus/ids/${t}.json`)).ids) listed.set(id, index);
		expect(listed).toEqual(new Map(articles.map((a, i) => [a.id, i])));
	});

	it('writes the corpus for tools as JSON Lines, with the rejected files beside it', () => {
		const lines = text('articles/0.jsonl').trimEnd().split('\n');
		expect(lines.map((l) => JSON.parse(l))).toEqual(articles.slice(0, ARTICLES_PER_PART));
		expect(JSON.parse(text('articles/rejected.json'))).toEqual(rejected);
		expect(rejected[0].file).toBe('empty.txt');
	});

	it('lists for the service worker every file the app reads, and leaves out only empty ones', () => {
		const head = JSON.parse(text('corpus/meta/0.json'));
		const listed = new Set(corpusFilesOf(head, '').map((path) => path.slice(1)));
		const written: string[] = [];
		const walk = (folder: string) => {
			for (const entry of readdirSync(join(out, folder), { withFileTypes: true }))
				if (entry.isDirectory()) walk(`${folder}/${entry.name}`);
				else written.push(`${folder}/${entry.name}`);
		};
		walk('corpus');
		for (const path of listed) expect(written).toContain(path);
		const empty = (path: string) => ['[]', metaPieceText({ articles: [] }), metaPieceText({ build, articles: [] })].includes(text(path));
		expect(written.filter((path) => !listed.has(path) && !empty(path))).toEqual([]);
	});
});
