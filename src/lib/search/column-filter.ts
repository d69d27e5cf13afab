/**
 * A query's whole answer worked out over the article columns (article-columns.ts), in the
 * search worker: its results with the view's filters, in the order shown, and what the charts
 * count of them (results per day, countries named). A filter by where an article was filed
 * from, by whom or by the agency credited reads the code columns (code-columns.ts) too. The same rules as filter.ts and
 * corpus/aggregate.ts apply, which the page uses when it holds every article's metadata.
 */
import { countCountriesAt, type CountryValue } from '../corpus/aggregate';
import { NO_DATELINE, UNPLACED, placeKey } from '../provenance/filed';
import { hasMentions, type ArticleColumns } from './article-columns';
import type { CodeColumns } from './code-columns';
import type { Filters, Rows, SortOrder } from './filter';

/** What the page shows of a query's answer before (or without) every article's metadata. */
export interface ColumnAnswer {
	/** The results with every filter, in the order shown (article indices). */
	rows: Rows;
	/** Results per day with every filter but the date range: what the timeline draws strong. */
	days: [day: string, count: number][];
	/** The countries the results name, by articles, and by mentions when the columns hold them (null otherwise: see hasMentions). */
	countries: { articles: CountryValue[]; mentions: CountryValue[] | null };
}

const CODE = /^[A-Z]{2}$/;

/** Whether the filters read the code columns: by where articles were filed from, by whom, or by the agency credited. */
export function filtersByCodes(f: Filters): boolean {
	return f.filed.length > 0 || f.bylines.length > 0 || f.agencies.length > 0;
}

/** The test of one set of filters over the columns, or null when none applies. */
function passing(c: ArticleColumns, codes: CodeColumns | null, f: Filters): ((k: number) => boolean) | null {
	const tests: ((k: number) => boolean)[] = [];
	if (f.from || f.to) {
		let lo = 0;
		while (lo < c.days.length && f.from && c.days[lo] < f.from) lo++;
		let hi = c.days.length - 1;
		while (hi >= 0 && f.to && c.days[hi] > f.to) hi--;
		tests.push((k) => c.dayAt[k] >= lo && c.dayAt[k] <= hi);
	}
	if (f.countries.length) {
		const ids = f.countries.map((code) => c.countries.codes.indexOf(code));
		if (ids.includes(-1)) return () => false;
		const { start, country } = c.countries;
		tests.push((k) =>
			ids.every((id) => {
				for (let j = start[k]; j < start[k + 1]; j++) if (country[j] === id) return true;
				return false;
			})
		);
	}
	if (filtersByCodes(f) && !codes) throw new Error('the filter by filed-from, byline or agency needs the news code columns');
	if (f.filed.length && codes) {
		const c = codes;
		const rowNames = new Set(f.filed.filter((v) => CODE.test(v) || v === NO_DATELINE || v === UNPLACED));
		const placeNames = new Set(f.filed.filter((v) => !CODE.test(v)).map(placeKey));
		const rows = new Set(c.rows.flatMap((name, id) => (rowNames.has(name) ? [id] : [])));
		const places = new Set(c.places.flatMap((name, id) => (placeNames.has(name) ? [id] : [])));
		tests.push((k) => rows.has(c.rowAt[k]) || (c.placeAt[k] >= 0 && places.has(c.placeAt[k])));
	}
	if (f.bylines.length && codes) {
		const c = codes;
		const keys = new Set(f.bylines);
		const ids = new Set(c.bylines.flatMap((key, id) => (keys.has(key) ? [id] : [])));
		tests.push((k) => ids.has(c.bylineAt[k]));
	}
	if (f.agencies.length && codes) {
		const c = codes;
		const names = new Set(f.agencies);
		const ids = new Set(c.agencies.flatMap((name, id) => (names.has(name) ? [id] : [])));
		tests.push((k) => ids.has(c.agencyAt[k]));
	}
	if (!tests.length) return null;
	return (k) => tests.every((test) => test(k));
}

/** The articles among `hits` (null: every article) that pass `test`, or all of them when it is null. */
function keep(size: number, hits: Int32Array | null, test: ((k: number) => boolean) | null): Rows {
	const n = hits ? hits.length : size;
	const out = new Int32Array(n);
	let kept = 0;
	for (let j = 0; j < n; j++) {
		const k = hits ? hits[j] : j;
		if (k >= size || (test && !test(k))) continue;
		out[kept++] = k;
	}
	return kept === n ? out : out.slice(0, kept);
}

/** Results per day of `rows`, in date order. */
export function dayCountsAt(c: ArticleColumns, rows: Rows): [string, number][] {
	const counts = new Uint32Array(c.days.length);
	for (let r = 0; r < rows.length; r++) {
		const day = c.dayAt[rows[r]];
		if (day >= 0) counts[day]++;
	}
	const out: [string, number][] = [];
	counts.forEach((n, day) => n && out.push([c.days[day], n]));
	return out;
}

/**
 * The answer to `hits` (null: no query, every article) with `filters`, sorted by `sort`;
 * `codes`, the same articles' code columns, are needed only when filtersByCodes.
 */
export function answerOverColumns(
	c: ArticleColumns,
	codes: CodeColumns | null,
	hits: Int32Array | null,
	filters: Filters,
	sort: SortOrder
): ColumnAnswer {
	const anyDate = keep(c.size, hits, passing(c, codes, { ...filters, from: null, to: null }));
	const rows =
		filters.from || filters.to
			? keep(c.size, anyDate, passing(c, codes, { ...filters, countries: [], filed: [], bylines: [], agencies: [] }))
			: anyDate;
	// Articles come newest first: a query's results by date are its indices in order.
	if (hits && sort === 'date') rows.sort();
	return {
		rows,
		days: dayCountsAt(c, anyDate),
		countries: {
			articles: countCountriesAt(c.countries, rows, 'articles'),
			mentions: hasMentions(c) ? countCountriesAt(c.countries, rows, 'mentions') : null
		}
	};
}
