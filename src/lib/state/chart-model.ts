/**
 * The charts' model and what each figure draws of it. The explorer derives one model
 * (`Explorer.charted`): the timeline's input, the country charts' and the views of provenance's
 * columns. The page hands it to its figures one per painted frame (components/paced-figures),
 * and each figure works out its values from the model it was handed with the pure functions
 * here, each kept per model (a figure handed the same part again draws what it drew).
 */
import { countCountriesAt, type CountryMeasure, type CountryValue } from '../corpus/aggregate';
import { countDays, type DayCounts } from '../corpus/day';
import { agencyFacet, type AgencyFacet } from '../provenance/agencies';
import { bylineFacet, type BylineFacet } from '../provenance/bylines';
import { filedMatrix, type FiledMatrix } from '../provenance/filed';
import { codeReport, type CodeReport, type CodeSequence } from '../provenance/news-codes';
import type { ArticleMeta } from '../corpus/bundle';
import type { ColumnAnswer } from '../search/column-filter';
import type { Rows } from '../search/filter';
import { allDaysOf, columnsOf, countedCountries, dayIndexOf, daysOf, everyCountryOf, keptPer, type CorpusTotals } from './chart-counts';
import type { Provenance } from './provenance-build';

/** One of the compared queries, as a chart draws it: its results (every filter but those the chart leaves out). */
export interface Series {
	query: string;
	rows: Rows;
	/** The query is not answered yet: `rows` is empty for now. */
	pending: boolean;
	/** Its counts over every article, when the page has not their metadata (see Explorer.byColumns). */
	counted?: ColumnAnswer | null;
}

/** A chart's input: a corpus and results in it (indices into those articles). */
export interface Charted {
	articles: readonly ArticleMeta[];
	rows: Rows;
	/** Each compared query's results, in the view's order; empty when a single query is searched. */
	series: readonly Series[];
	/** The imported collections' articles among `articles` (they follow the bundle's). */
	imported: readonly ArticleMeta[];
	/**
	 * Every article of the corpus passes, loaded or not: no answered query and no country filter
	 * (and, for the country charts, no date range).
	 */
	everything?: boolean;
	/** The rows' counts over every article, when the page has not their metadata (see Explorer.byColumns). */
	counted?: ColumnAnswer | null;
}

/** What the charts draw, as the explorer's state stands. */
export interface ChartModel {
	/** The timeline's results: every filter but the date range. */
	timeline: Charted;
	/** The country charts' and the views of provenance's results: every filter. */
	countries: Charted;
	/** The views of provenance's columns, once built (for `countries.articles`, or an earlier list). */
	provenance: Provenance | null;
}

const NOTHING: Charted = { articles: [], rows: new Int32Array(), series: [], imported: [] };
/** The model before anything is loaded: no figure has anything to draw. */
export const NO_CHARTS: ChartModel = { timeline: NOTHING, countries: NOTHING, provenance: null };

/**
 * What a figure draws is kept per part of the model (keptPer): the country bars and the map are
 * handed the same part a frame apart, and a figure handed a model whose part did not change
 * draws what it drew.
 */
const perPart = keptPer;

/** The day counts of `rows` of `articles` (or the worker's, when it counted them). */
function daysOfRows(articles: readonly ArticleMeta[], rows: Rows, counted?: ColumnAnswer | null): DayCounts {
	if (counted) return new Map(counted.days);
	const { keys, index } = dayIndexOf(articles);
	const counts = new Uint32Array(keys.length);
	for (let r = 0; r < rows.length; r++) {
		const day = index[rows[r]] ?? -1;
		if (day >= 0) counts[day]++;
	}
	const out = new Map<string, number>();
	for (let i = 0; i < keys.length; i++) if (counts[i]) out.set(keys[i], counts[i]);
	return out;
}

export interface TimelineValues {
	/**
	 * How many articles of the whole corpus were published on each day: from the bundle's totals
	 * (known from its first piece, so the whole corpus shows while its pieces load) with the
	 * imported articles', or counted from the articles loaded for a bundle written without them.
	 */
	allDays: DayCounts;
	/** The day counts of the results the timeline draws strong; 'all' when every article passes. */
	matchDays: DayCounts | 'all';
	/** Each compared query's day counts, for its line. */
	compared: { query: string; days: DayCounts }[];
}

/** What the timeline draws of `t`. */
export const timelineValues = perPart((t: Charted, totals: CorpusTotals | null): TimelineValues => {
	const allDays = totals ? allDaysOf(t.imported, totals) : countDays(daysOf(t.articles));
	return {
		allDays,
		matchDays: t.everything && totals ? 'all' : daysOfRows(t.articles, t.rows, t.counted),
		compared: t.series.map((s) => ({ query: s.query, days: daysOfRows(t.articles, s.rows, s.counted) }))
	};
});

/** The countries the results of `c` name, by `measure`: what the country bars and the map draw. */
export const countryValues = perPart((c: Charted, totals: CorpusTotals | null, measure: CountryMeasure): CountryValue[] =>
	c.everything && totals
		? everyCountryOf(c.imported, totals, measure)
		: c.counted
			? countedCountries(c.counted, measure)
			: countCountriesAt(columnsOf(c.articles), c.rows, measure)
);

/** Each compared query's country values and how many results it has, for its bars beside the others'. */
export const comparedCountries = perPart((c: Charted, measure: CountryMeasure) =>
	c.series.map((s) => ({
		query: s.query,
		total: s.rows.length,
		values: s.counted ? countedCountries(s.counted, measure) : countCountriesAt(columnsOf(c.articles), s.rows, measure)
	}))
);

/** The model's provenance columns when they are of its articles (a list still being built for new ones is not). */
const provenanceOf = (m: ChartModel) => (m.provenance?.articles === m.countries.articles ? m.provenance : null);

/** Where the results were filed from against the countries they name; null until the columns are built. */
export const filedOf = (m: ChartModel): FiledMatrix | null => {
	const p = provenanceOf(m);
	return p && filed(m.countries, p);
};
const filed = perPart((c: Charted, p: Provenance) => filedMatrix(p.columns, c.rows));

/** Who wrote the results, and the agencies they credit; null until the columns are built. */
export const creditsOf = (m: ChartModel): { bylines: BylineFacet; agencies: AgencyFacet } | null => {
	const p = provenanceOf(m);
	return p && credits(m.countries, p);
};
const credits = perPart((c: Charted, p: Provenance) => ({
	bylines: bylineFacet(p.columns, c.rows),
	agencies: agencyFacet(p.columns, c.rows)
}));

/**
 * The news codes of every article published in the date range, whatever the search: a
 * capture's gaps and re-dated stories are facts of the corpus, not of a query.
 */
export const codesOf = (m: ChartModel, from: string | null, to: string | null): { seq: CodeSequence; report: CodeReport }[] | null => {
	const p = provenanceOf(m);
	return p && codes(p, from, to);
};
const codes = perPart((p: Provenance, from: string | null, to: string | null) =>
	p.sequences.flatMap((seq) => {
		const report = codeReport(seq, from, to);
		return report ? [{ seq, report }] : [];
	})
);
