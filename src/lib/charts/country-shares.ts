import { formatShare } from './bins';
import type { CountryValue } from '../corpus/aggregate';

/** A compared query's country values and how many results it has. */
export interface ComparedCountries {
	label: string;
	total: number;
	values: readonly CountryValue[];
}

/** One country across the compared queries: each query's value, and that value per result of the query. */
export interface CountryShareRow {
	code: string;
	name: string;
	cells: { value: number; share: number | null }[];
}

/**
 * The countries of compared queries side by side. Queries with many and few results are set
 * on one scale by dividing each value by the query's results (a query with no results has no
 * share), and the countries come in the order of the largest share any query gives them:
 * a country that only the smaller query talks about still rises to the top.
 */
export function countryShares(compared: readonly ComparedCountries[]): CountryShareRow[] {
	const rows = new Map<string, CountryShareRow>();
	compared.forEach((query, k) => {
		for (const { code, name, value } of query.values) {
			let row = rows.get(code);
			if (!row) {
				row = { code, name, cells: compared.map(() => ({ value: 0, share: null })) };
				rows.set(code, row);
			}
			row.cells[k] = { value, share: query.total ? value / query.total : null };
		}
	});
	for (const row of rows.values())
		row.cells.forEach((cell, k) => {
			if (cell.share === null && compared[k].total) cell.share = 0;
		});
	const top = (row: CountryShareRow) => Math.max(...row.cells.map((c) => c.share ?? 0));
	return [...rows.values()].sort((a, b) => top(b) - top(a) || a.name.localeCompare(b.name));
}

/** A value per result as people read it: a percentage of the results for articles, a rate for mentions. */
export function formatPerResult(share: number | null, measure: 'articles' | 'mentions'): string {
	if (share === null || measure === 'articles') return formatShare(share);
	return `${share < 10 ? share.toFixed(2) : share.toFixed(1)} per article`;
}
