import { describe, expect, it } from 'vitest';
import { countDays } from '../corpus/day';
import { readMetaPieces, type ArticleMeta } from '../corpus/bundle';
import { toMetaPieces } from '../corpus/bundle-write';
import { dayOf } from '../search/filter';
import { synthCorpus } from '../corpus/synth-corpus';
import type { CorpusTotals } from './chart-counts';
import { Explorer } from './explorer.svelte';

const corpus = synthCorpus(300).map((a, k) => (k % 50 === 3 ? { ...a, publishedAt: null } : a));
const metas: ArticleMeta[] = readMetaPieces(toMetaPieces(corpus, []));
const head = toMetaPieces(corpus, [])[0];
const totals: CorpusTotals = { days: new Map(head.days), countries: head.countryTotals!, names: head.countryNames };
const everyRow = Int32Array.from(metas.keys());

describe("the timeline's day counts", () => {
	it('come from the corpus totals and draw every article as matched when every article passes', () => {
		const ex = new Explorer();
		ex.corpusTotals = totals;
		ex.timelineInput = { articles: metas.slice(0, 200), rows: everyRow.slice(0, 200), series: [], imported: [], everything: true };
		// The whole corpus, although only its first 200 articles are loaded; undated ones on no day.
		expect(ex.allDays).toEqual(countDays(metas.map(dayOf)));
		expect([...ex.allDays.values()].reduce((a, b) => a + b)).toBe(metas.filter((a) => a.publishedAt).length);
		expect(ex.matchDays).toBe('all');
	});

	it('add imported articles to the totals, and count only the results when a query or filter is applied', () => {
		const ex = new Explorer();
		ex.corpusTotals = totals;
		const imported = metas.slice(0, 10).map((a) => ({ ...a, id: `imported-${a.id}` }));
		const articles = [...metas, ...imported];
		const rows = Int32Array.from([0, 1, 2, 3, 300, 301]);
		ex.timelineInput = { articles, rows, series: [], imported, everything: false };
		expect(ex.allDays).toEqual(countDays(articles.map(dayOf)));
		expect(ex.matchDays).toEqual(countDays(Array.from(rows, (i) => dayOf(articles[i]))));
	});

	it('are counted from the loaded articles for a bundle written without totals', () => {
		const ex = new Explorer();
		ex.timelineInput = { articles: metas, rows: everyRow, series: [], imported: [], everything: true };
		expect(ex.allDays).toEqual(countDays(metas.map(dayOf)));
		expect(ex.matchDays).toEqual(ex.allDays);
	});
});

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
