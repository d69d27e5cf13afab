import { byName } from './text';
import type { Article } from './types';

export type CountryMeasure = 'articles' | 'mentions';

export interface CountryValue {
	/** ISO 3166-1 alpha-2 code. */
	code: string;
	name: string;
	value: number;
}

/**
 * How much each country figures in a set of articles: the number of articles naming it,
 * or the total number of times it is named. Sorted by value, largest first, then by name,
 * so equal values keep a stable, readable order.
 */
export function countCountries(
	articles: readonly { countries: readonly Pick<Article['countries'][number], 'code' | 'name' | 'count'>[] }[],
	measure: CountryMeasure
): CountryValue[] {
	const columns = countryColumns(articles);
	return countCountriesAt(
		columns,
		Uint32Array.from(articles, (_, k) => k),
		measure
	);
}

/**
 * Every article's countries as flat typed arrays, made once per corpus: counting the
 * countries of 100,000 matching articles then reads numbers instead of objects.
 */
export interface CountryColumns {
	codes: string[];
	names: string[];
	/** Article k's countries are entries start[k] .. start[k + 1] - 1. */
	start: Uint32Array;
	country: Uint16Array;
	count: Uint32Array;
}

export function countryColumns(
	articles: readonly { countries: readonly Pick<Article['countries'][number], 'code' | 'name' | 'count'>[] }[]
): CountryColumns {
	const ids = new Map<string, number>();
	const codes: string[] = [];
	const names: string[] = [];
	const start = new Uint32Array(articles.length + 1);
	let total = 0;
	for (const a of articles) total += a.countries.length;
	const country = new Uint16Array(total);
	const count = new Uint32Array(total);
	let at = 0;
	articles.forEach((a, k) => {
		start[k] = at;
		for (const c of a.countries) {
			let id = ids.get(c.code);
			if (id === undefined) {
				id = codes.length;
				ids.set(c.code, id);
				codes.push(c.code);
				names.push(c.name);
			}
			country[at] = id;
			count[at++] = c.count;
		}
	});
	start[articles.length] = at;
	return { codes, names, start, country, count };
}

/** countCountries over the articles at `rows` (indices into the articles the columns were made from). */
export function countCountriesAt(columns: CountryColumns, rows: ArrayLike<number>, measure: CountryMeasure): CountryValue[] {
	const { start, country, count } = columns;
	if (measure === 'mentions' && count.length !== country.length) throw new Error('the country mentions are not loaded');
	const totals = new Float64Array(columns.codes.length);
	const last = new Int32Array(columns.codes.length).fill(-1);
	const articles = start.length - 1;
	for (let r = 0; r < rows.length; r++) {
		const k = rows[r];
		if (k >= articles) continue;
		for (let j = start[k]; j < start[k + 1]; j++) {
			const id = country[j];
			if (measure === 'articles') {
				if (last[id] === k) continue;
				last[id] = k;
				totals[id]++;
			} else totals[id] += count[j];
		}
	}
	const values: CountryValue[] = [];
	totals.forEach((value, id) => {
		if (value > 0) values.push({ code: columns.codes[id], name: columns.names[id], value });
	});
	return values.sort((a, b) => b.value - a.value || byName(a, b));
}

/** A corpus's country counts, worked out once (when the site is built): code, articles naming it, mentions. */
export type CountryTotals = [code: string, articles: number, mentions: number][];

export function countryTotals(articles: readonly { countries: readonly { code: string; count: number }[] }[]): CountryTotals {
	const tally = new CountryTally();
	for (const a of articles) tally.add(a.countries);
	return tally.totals();
}

/** Country totals counted an article at a time (a build streams its articles). */
export class CountryTally {
	private byCode = new Map<string, [string, number, number]>();

	add(countries: readonly { code: string; count: number }[]): void {
		for (const c of countries) {
			const entry = this.byCode.get(c.code) ?? this.byCode.set(c.code, [c.code, 0, 0]).get(c.code)!;
			entry[1]++;
			entry[2] += c.count;
		}
	}

	totals(): CountryTotals {
		return [...this.byCode.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
	}
}

/**
 * countCountries for a corpus known by its totals, plus the values of more articles (imported
 * ones) counted the usual way: the same values, in the same order, as counting every article.
 */
export function valuesFromTotals(
	totals: CountryTotals,
	names: Record<string, string>,
	measure: CountryMeasure,
	more: readonly CountryValue[] = []
): CountryValue[] {
	const byCode = new Map<string, CountryValue>();
	for (const [code, articles, mentions] of totals)
		byCode.set(code, { code, name: names[code] ?? code, value: measure === 'articles' ? articles : mentions });
	for (const v of more) {
		const known = byCode.get(v.code);
		if (known) known.value += v.value;
		else byCode.set(v.code, { ...v });
	}
	return [...byCode.values()].filter((v) => v.value > 0).sort((a, b) => b.value - a.value || byName(a, b));
}
