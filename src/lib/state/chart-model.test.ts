import { describe, expect, it } from 'vitest';
import { readMetaPieces, type ArticleMeta } from '../corpus/bundle';
import { toMetaPieces } from '../corpus/bundle-write';
import { countDays } from '../corpus/day';
import { synthCorpus } from '../corpus/synth-corpus';
import { dayOf } from '../search/filter';
import type { CorpusTotals } from './chart-counts';
import { NO_CHARTS, codesOf, countryValues, creditsOf, filedOf, timelineValues, type Charted, type ChartModel } from './chart-model';
import type { Provenance } from './provenance-build';

const corpus = synthCorpus(300).map((a, k) => (k % 50 === 3 ? { ...a, publishedAt: null } : a));
const metas: ArticleMeta[] = readMetaPieces(toMetaPieces(corpus, []));
const head = toMetaPieces(corpus, [])[0];
const totals: CorpusTotals = { days: new Map(head.days), countries: head.countryTotals!, names: head.countryNames };
const everyRow = Int32Array.from(metas.keys());

describe("the timeline's day counts", () => {
	it('come from the corpus totals and draw every article as matched when every article passes', () => {
		const input: Charted = { articles: metas.slice(0, 200), rows: everyRow.slice(0, 200), series: [], imported: [], everything: true };
		const v = timelineValues(input, totals);
		// The whole corpus, although only its first 200 articles are loaded; undated ones on no day.
		expect(v.allDays).toEqual(countDays(metas.map(dayOf)));
		expect([...v.allDays.values()].reduce((a, b) => a + b)).toBe(metas.filter((a) => a.publishedAt).length);
		expect(v.matchDays).toBe('all');
	});

	it('add imported articles to the totals, and count only the results when a query or filter is applied', () => {
		const imported = metas.slice(0, 10).map((a) => ({ ...a, id: `imported-${a.id}` }));
		const articles = [...metas, ...imported];
		const rows = Int32Array.from([0, 1, 2, 3, 300, 301]);
		const input: Charted = { articles, rows, series: [], imported, everything: false };
		const v = timelineValues(input, totals);
		expect(v.allDays).toEqual(countDays(articles.map(dayOf)));
		expect(v.matchDays).toEqual(countDays(Array.from(rows, (i) => dayOf(articles[i]))));
	});

	it('are counted from the loaded articles for a bundle written without totals', () => {
		const input: Charted = { articles: metas, rows: everyRow, series: [], imported: [], everything: true };
		const v = timelineValues(input, null);
		expect(v.allDays).toEqual(countDays(metas.map(dayOf)));
		expect(v.matchDays).toEqual(v.allDays);
	});
});

describe('what a figure draws of the model', () => {
	const charted = (rows: Int32Array): Charted => ({ articles: metas, rows, series: [], imported: [] });

	it('is worked out once per part: the bars and the map, handed the same part, draw the same values', () => {
		const part = charted(Int32Array.from([0, 1, 2]));
		const bars = countryValues(part, null, 'articles');
		expect(countryValues(part, null, 'articles')).toBe(bars);
		expect(countryValues(part, null, 'mentions')).not.toBe(bars);
		expect(countryValues(charted(Int32Array.from([0, 1, 2])), null, 'articles')).toEqual(bars);
	});

	it('counts the named countries of the results only', () => {
		const values = countryValues(charted(Int32Array.from([0])), null, 'articles');
		expect(values.map((c) => c.code).sort()).toEqual([...new Set(metas[0].countries.map((c) => c.code))].sort());
	});

	it('has no views of provenance until their columns are of the model’s articles', () => {
		const model: ChartModel = { ...NO_CHARTS, countries: charted(everyRow) };
		expect(filedOf(model)).toBeNull();
		expect(creditsOf(model)).toBeNull();
		expect(codesOf(model, null, null)).toBeNull();
		const older: Provenance = { articles: metas.slice(0, 10), columns: null as never, sequences: [] };
		expect(filedOf({ ...model, provenance: older })).toBeNull();
		expect(codesOf({ ...model, provenance: { ...older, articles: metas } }, null, null)).toEqual([]);
	});
});
