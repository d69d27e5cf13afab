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
	const totals = new Map<string, CountryValue>();
	for (const article of articles) {
		// An article names a country once for the 'articles' measure, however it is listed.
		const seen = new Set<string>();
		for (const country of article.countries) {
			if (measure === 'articles' && seen.has(country.code)) continue;
			seen.add(country.code);
			const amount = measure === 'articles' ? 1 : country.count;
			if (amount <= 0) continue;
			const total = totals.get(country.code);
			if (total) total.value += amount;
			else totals.set(country.code, { code: country.code, name: country.name, value: amount });
		}
	}
	return [...totals.values()].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}
