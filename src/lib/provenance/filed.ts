/**
 * Where stories were filed from (their dateline's place, grouped by its country) against the
 * countries they name: the "Filed from × countries named" matrix, and the `filed` filter.
 */
import type { Dateline } from '../corpus/types';

/** What this needs of an article: its dateline and the countries it names. */
export interface FiledArticle {
	dateline: (Pick<Dateline, 'place'> & { country?: string | null }) | null;
	countries: readonly { code: string }[];
}

/** The `filed` value of articles without a dateline. */
export const NO_DATELINE = 'none';
/** The row of places whose country is not known. */
export const UNPLACED = 'unplaced';
const CODE = /^[A-Z]{2}$/;

/** The matrix's row of an article: its filed country's code, UNPLACED or NO_DATELINE. */
export function filedRow(a: FiledArticle): string {
	if (!a.dateline) return NO_DATELINE;
	return a.dateline.country ?? UNPLACED;
}

/** Places are compared as people read them: "TEHRAN" is Tehran. */
export function placeKey(place: string): string {
	return place.trim().toLowerCase();
}

/**
 * A test of whether an article was filed from any of `values`: a country code ("IR"),
 * NO_DATELINE, UNPLACED, or a place as printed ("Mashhad", in any case). Made once per filter,
 * then run per article: the values are sorted out here, not for each of 100,000 articles.
 */
export function filedFrom(values: readonly string[]): (a: FiledArticle) => boolean {
	const rows = new Set(values.filter((v) => CODE.test(v) || v === NO_DATELINE || v === UNPLACED));
	const places = new Set(values.filter((v) => !CODE.test(v)).map(placeKey));
	return (a) => rows.has(filedRow(a)) || (places.size > 0 && a.dateline !== null && places.has(placeKey(a.dateline.place)));
}

export interface FiledRowCounts {
	/** A country code, UNPLACED or NO_DATELINE. */
	key: string;
	/** Articles filed from there. */
	total: number;
	/** The places printed, most articles first (empty for NO_DATELINE). */
	places: { place: string; count: number }[];
	/** Articles that name each column's country, in the columns' order. */
	cells: number[];
}

export interface FiledMatrix {
	/** Filed-from countries, most articles first; then UNPLACED and NO_DATELINE if any. */
	rows: FiledRowCounts[];
	/** The countries named, most articles first, at most `maxColumns`. */
	columns: { code: string; total: number }[];
	/** Articles counted. */
	articles: number;
	/** Countries filed from that did not fit in `maxRows` (their articles are not in the rows). */
	rowsLeft: number;
	columnsLeft: number;
}

/** What the matrix is counted from: the articles' columns (see columns.ts). */
export interface FiledColumns {
	rows: { list: string[] };
	rowAt: Int32Array;
	places: { list: string[] };
	placeShown: string[];
	placeRow: number[];
	placeAt: Int32Array;
	countries: { list: string[] };
	countryStart: Int32Array;
	countryAt: Int32Array;
}

/**
 * Counts the articles `rows` (indices into the articles of `c`) by filed-from
 * country and country named: typed counters, one pass for the totals and one for the cells.
 */
export function filedMatrix(c: FiledColumns, rows: ArrayLike<number>, { maxRows = 12, maxColumns = 12 } = {}): FiledMatrix {
	const rowTotals = new Uint32Array(c.rows.list.length);
	const placeTotals = new Uint32Array(c.places.list.length);
	const codes = c.countries.list;
	const named = new Uint32Array(codes.length);
	for (let r = 0; r < rows.length; r++) {
		const i = rows[r];
		rowTotals[c.rowAt[i]]++;
		if (c.placeAt[i] >= 0) placeTotals[c.placeAt[i]]++;
		for (let k = c.countryStart[i]; k < c.countryStart[i + 1]; k++) named[c.countryAt[k]]++;
	}
	const ranked = (totals: Uint32Array, names: readonly string[]) =>
		[...totals.keys()].filter((k) => totals[k] > 0).sort((x, y) => totals[y] - totals[x] || names[x].localeCompare(names[y]));
	const keys = c.rows.list;
	const countryRows = ranked(rowTotals, keys).filter((k) => keys[k] !== UNPLACED && keys[k] !== NO_DATELINE);
	const shownRows = countryRows.slice(0, maxRows);
	for (const special of [UNPLACED, NO_DATELINE]) {
		const k = keys.indexOf(special);
		if (k >= 0 && rowTotals[k]) shownRows.push(k);
	}
	const columns = ranked(named, codes).slice(0, maxColumns);
	const rowOf = new Int32Array(keys.length).fill(-1);
	shownRows.forEach((k, at) => (rowOf[k] = at));
	const columnOf = new Int32Array(codes.length).fill(-1);
	columns.forEach((k, at) => (columnOf[k] = at));
	const cells = new Uint32Array(shownRows.length * columns.length);
	for (let r = 0; r < rows.length; r++) {
		const i = rows[r];
		const at = rowOf[c.rowAt[i]];
		if (at < 0) continue;
		for (let k = c.countryStart[i]; k < c.countryStart[i + 1]; k++) {
			const col = columnOf[c.countryAt[k]];
			if (col >= 0) cells[at * columns.length + col]++;
		}
	}
	const places = new Map<number, { place: string; count: number }[]>();
	for (let p = 0; p < placeTotals.length; p++) {
		if (!placeTotals[p]) continue;
		const list = places.get(c.placeRow[p]) ?? [];
		list.push({ place: c.placeShown[p], count: placeTotals[p] });
		places.set(c.placeRow[p], list);
	}
	return {
		rows: shownRows.map((k, at) => ({
			key: keys[k],
			total: rowTotals[k],
			places: (places.get(k) ?? []).sort((x, y) => y.count - x.count || x.place.localeCompare(y.place)),
			cells: Array.from(cells.subarray(at * columns.length, (at + 1) * columns.length))
		})),
		columns: columns.map((k) => ({ code: codes[k], total: named[k] })),
		articles: rows.length,
		rowsLeft: Math.max(0, countryRows.length - maxRows),
		columnsLeft: Math.max(0, ranked(named, codes).length - maxColumns)
	};
}

let regions: Intl.DisplayNames | null = null;

/**
 * A matrix row or `filed` value as a person reads it: "Iran", "Place not known", "No
 * dateline", or a place as given. `names` are the corpus's own country names; a code it lacks
 * (a country filed from but never named) is named by the browser.
 */
export function filedLabel(value: string, names: Readonly<Record<string, string>> = {}): string {
	if (value === UNPLACED) return 'Place not known';
	if (value === NO_DATELINE) return 'No dateline';
	if (!CODE.test(value)) return value;
	regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
	return names[value] ?? regions.of(value) ?? value;
}
