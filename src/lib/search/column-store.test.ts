import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toArticleMeta } from '../corpus/bundle';
import { synthCorpus } from '../corpus/synth-corpus';
import { provenanceColumns } from '../provenance/columns';
import { codeSequences } from '../provenance/news-codes';
import { buildColumns, hasMentions, packColumns, packMentions } from './article-columns';
import { countCountriesAt } from '../corpus/aggregate';
import { buildCodeColumns, packCodeColumns } from './code-columns';
import { ColumnStore } from './column-store';
import { frame } from '../corpus/frame';

const articles = synthCorpus(300);
const bundle = articles.slice(0, 250);
const imported = articles.slice(250);
const files = new Map<string, Uint8Array>([
	['/columns.bin', frame('WCO2', 'b1', packColumns(buildColumns(bundle)))],
	['/mentions.bin', frame('WSCM', 'b1', packMentions(buildColumns(bundle)))],
	['/codes.bin', frame('WCC3', 'b1', packCodeColumns(buildCodeColumns(bundle)))]
]);
let down = new Set<string>();
let requested: string[] = [];

beforeEach(() => {
	down = new Set();
	requested = [];
	vi.stubGlobal('fetch', (url: string) => {
		requested.push(url);
		const body = files.get(url);
		return Promise.resolve(down.has(url) || !body ? new Response('gone', { status: 404 }) : new Response(body as Uint8Array<ArrayBuffer>));
	});
});
afterEach(() => vi.unstubAllGlobals());

const store = () => new ColumnStore({ columns: '/columns.bin', codes: '/codes.bin' }, () => 'b1');

describe('ColumnStore', () => {
	it('fetches the news code columns only when the views of provenance ask, and joins imported articles to both', async () => {
		const s = store();
		s.warm();
		expect((await s.articles()).size).toBe(250);
		expect(requested).toEqual(['/columns.bin']);
		s.setImports(imported);
		const got = await s.provenance();
		expect(requested).toEqual(['/columns.bin', '/codes.bin']);
		expect(got.columns.size).toBe(300);
		expect(got.codes.size).toBe(300);
		expect(got.sequences).toEqual(codeSequences(provenanceColumns(articles.map((a) => toArticleMeta(a)))));
	});

	it('fetches the mention counts only when countries are counted by mentions, and joins the imported articles', async () => {
		const s = store();
		const plain = await s.articles();
		expect(hasMentions(plain)).toBe(false);
		expect(requested).toEqual(['/columns.bin']);
		s.setImports(imported);
		const counted = await s.articles(true);
		expect(requested).toEqual(['/columns.bin', '/mentions.bin']);
		expect(counted.size).toBe(300);
		const every = Int32Array.from({ length: 300 }, (_, k) => k);
		expect(countCountriesAt(counted.countries, every, 'mentions')).toEqual(
			countCountriesAt(buildColumns(articles).countries, every, 'mentions')
		);
		expect(() => countCountriesAt(plain.countries, every, 'mentions')).toThrow(/mentions are not loaded/);
	});

	it('says which file failed, and asks for it again at the next call', async () => {
		down.add('/codes.bin');
		const s = store();
		await expect(s.provenance()).rejects.toThrow('the news code columns could not be loaded (HTTP 404)');
		down.clear();
		expect((await s.provenance()).codes.size).toBe(250);
	});

	it('refuses columns of another build', async () => {
		const s = new ColumnStore({ columns: '/columns.bin', codes: '/codes.bin' }, () => 'b2');
		await expect(s.articles()).rejects.toThrow(/updated|another|newer|build/i);
	});
});
