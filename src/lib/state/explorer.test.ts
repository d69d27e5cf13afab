import { describe, expect, it } from 'vitest';
import { readMetaPieces, type ArticleMeta } from '../corpus/bundle';
import { toMetaPieces } from '../corpus/bundle-write';
import { synthCorpus } from '../corpus/synth-corpus';
import { Explorer } from './explorer.svelte';

const corpus = synthCorpus(300).map((a, k) => (k % 50 === 3 ? { ...a, publishedAt: null } : a));
const metas: ArticleMeta[] = readMetaPieces(toMetaPieces(corpus, []));

describe('compared queries', () => {
	it('give each query its results with the filters, every article for an empty one, once every one is answered', () => {
		const ex = new Explorer();
		ex.bundled = metas;
		const code = metas[0].countries[0].code;
		ex.view = { ...ex.view, queries: ['oil', '', 'gas'], countries: [code] };
		ex.answers = new Map([['oil', Int32Array.from([0, 1, 2, 3])]]);
		const named = (i: number) => metas[i].countries.some((c) => c.code === code);
		const filters = { countries: [code], filed: [], bylines: [], agencies: [], from: null, to: null };
		expect(ex.seriesRows(filters).map((s) => [s.pending, s.rows.length])).toEqual([
			[false, 0],
			[false, 0],
			[true, 0]
		]);
		ex.answers = new Map([...ex.answers, ['gas', Int32Array.from([5])]]);
		const [oil, every, gas] = ex.seriesRows(filters);
		expect(Array.from(oil.rows)).toEqual([0, 1, 2, 3].filter(named));
		expect(every.rows.length).toBe(metas.filter((_, i) => named(i)).length);
		expect(Array.from(gas.rows)).toEqual([5].filter(named));
		expect([oil.pending, every.pending, gas.pending]).toEqual([false, false, false]);
		expect(ex.q).toBe('oil');
	});

	it('are none while a single query is searched', () => {
		const ex = new Explorer();
		ex.bundled = metas;
		ex.view = { ...ex.view, queries: ['oil'] };
		expect(ex.seriesRows({ countries: [], filed: [], bylines: [], agencies: [], from: null, to: null })).toEqual([]);
	});
});

describe("the charts' model", () => {
	it('draws every article while nothing is searched or filtered, then the results with every filter', () => {
		const ex = new Explorer();
		ex.bundled = metas;
		expect(ex.charted.countries.everything).toBe(true);
		expect(ex.charted.countries.rows.length).toBe(metas.length);
		const code = metas[0].countries[0].code;
		ex.view = { ...ex.view, countries: [code], from: '2000-01-01' };
		const { timeline, countries } = ex.charted;
		expect(countries.everything).toBe(false);
		expect(timeline.everything).toBe(false);
		expect(Array.from(countries.rows).every((i) => metas[i].countries.some((c) => c.code === code))).toBe(true);
		expect(countries.rows.length).toBeLessThan(metas.length);
	});
});
