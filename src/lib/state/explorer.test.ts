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

describe('what is behind a period', () => {
	it("lists the period's results by relevance with every filter but the date range, against the results of any date", () => {
		const ex = new Explorer();
		ex.bundled = metas;
		expect(ex.behind).toBeNull();
		const dated = metas.flatMap((a, i) => (a.publishedAt ? [i] : []));
		const day = metas[dated[5]].publishedAt!.slice(0, 10);
		const month = { from: `${day.slice(0, 7)}-01`, to: `${day.slice(0, 7)}-31` };
		// Hits in an order of relevance that is not the corpus's; a date range the period lies outside.
		const hits = Int32Array.from(dated.slice(0, 120).reverse());
		ex.hits = hits;
		ex.view = { ...ex.view, from: '1990-01-01', to: '1990-12-31', behind: month };
		const inMonth = (i: number) => metas[i].publishedAt!.slice(0, 10) >= month.from && metas[i].publishedAt!.slice(0, 10) <= month.to;
		expect(Array.from(ex.behind!.rows)).toEqual(Array.from(hits).filter(inMonth));
		expect(ex.behind!.rows.length).toBeGreaterThan(0);
		// Set against every hit of any date (the range left out), in the view's order.
		expect([...ex.behind!.all!].sort((a, b) => a - b)).toEqual([...hits].sort((a, b) => a - b));
		expect(ex.behindKey).toContain(month.from);
		// With nothing searched or filtered, the period's articles are set against every article.
		ex.hits = null;
		ex.view = { ...ex.view, from: null, to: null };
		expect(ex.behind!.all).toBeNull();
		expect(ex.behind!.rows.length).toBe(metas.filter((a) => a.publishedAt && inMonth(metas.indexOf(a))).length);
	});

	it('waits, while the worker counts over the columns, for its answer to this very query, filters and period', () => {
		const ex = new Explorer();
		ex.onDemand = true;
		ex.bundled = metas.slice(0, 10);
		ex.bundledTotal = metas.length;
		ex.view = { ...ex.view, behind: { from: '2019-01-01', to: '2019-01-31' } };
		expect(ex.byColumns).toBe(true);
		expect(ex.behind).toBeNull();
		ex.behindAnswer = { key: 'another', rows: Int32Array.of(1), all: Int32Array.of(1, 2), error: null };
		expect(ex.behind).toBeNull();
		ex.behindAnswer = { key: ex.behindKey, rows: Int32Array.of(1), all: Int32Array.of(1, 2), error: null };
		expect(Array.from(ex.behind!.rows)).toEqual([1]);
		expect(Array.from(ex.behind!.all!)).toEqual([1, 2]);
	});
});
