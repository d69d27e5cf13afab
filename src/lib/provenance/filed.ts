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
 * Whether an article was filed from any of `values`: a country code ("IR"), NO_DATELINE,
 * UNPLACED, or a place as printed ("Mashhad", in any case).
 */
export function filedFrom(a: FiledArticle, values: readonly string[]): boolean {
	const row = filedRow(a);
	const place = a.dateline ? placeKey(a.dateline.place) : null;
	return values.some((v) => v === row || (place !== null && !CODE.test(v) && placeKey(v) === place));
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

/**
 * Counts the articles `rows` (indices into `articles`) by filed-from country and country
 * named. One pass over the results, then one over those named a top country.
 */
export function filedMatrix(
	articles: readonly FiledArticle[],
	rows: ArrayLike<number>,
	{ maxRows = 12, maxColumns = 12 } = {}
): FiledMatrix {
	const rowTotals = new Map<string, number>();
	const named = new Map<string, number>();
	const places = new Map<string, Map<string, { place: string; count: number }>>();
	for (let r = 0; r < rows.length; r++) {
		const a = articles[rows[r]];
		const key = filedRow(a);
		rowTotals.set(key, (rowTotals.get(key) ?? 0) + 1);
		if (a.dateline) {
			let byPlace = places.get(key);
			if (!byPlace) places.set(key, (byPlace = new Map()));
			const pk = placeKey(a.dateline.place);
			const known = byPlace.get(pk);
			if (known) known.count++;
			else byPlace.set(pk, { place: a.dateline.place, count: 1 });
		}
		for (const c of a.countries) named.set(c.code, (named.get(c.code) ?? 0) + 1);
	}
	const byCount = <T extends [string, number]>(x: T, y: T) => y[1] - x[1] || x[0].localeCompare(y[0]);
	const countries = [...rowTotals].filter(([k]) => k !== UNPLACED && k !== NO_DATELINE).sort(byCount);
	const keys = countries.slice(0, maxRows).map(([k]) => k);
	for (const special of [UNPLACED, NO_DATELINE]) if (rowTotals.has(special)) keys.push(special);
	const columns = [...named].sort(byCount).slice(0, maxColumns);
	const column = new Map(columns.map(([code], i) => [code, i]));
	const rowAt = new Map(keys.map((k, i) => [k, i]));
	const cells = keys.map(() => new Array<number>(columns.length).fill(0));
	for (let r = 0; r < rows.length; r++) {
		const a = articles[rows[r]];
		const at = rowAt.get(filedRow(a));
		if (at === undefined) continue;
		for (const c of a.countries) {
			const col = column.get(c.code);
			if (col !== undefined) cells[at][col]++;
		}
	}
	return {
		rows: keys.map((key, i) => ({
			key,
			total: rowTotals.get(key) ?? 0,
			places: [...(places.get(key)?.values() ?? [])].sort((x, y) => y.count - x.count || x.place.localeCompare(y.place)),
			cells: cells[i]
		})),
		columns: columns.map(([code, total]) => ({ code, total })),
		articles: rows.length,
		rowsLeft: Math.max(0, countries.length - maxRows),
		columnsLeft: Math.max(0, named.size - maxColumns)
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
