/**
 * Where two collections differ in coverage: for each country, the share of each
 * collection's articles that name it. Shares, not counts, so that a corpus of 50 articles
 * can be set against one of 5,000.
 */
import { byName } from './text';
import { countCountries, valuesFromTotals, type CountryValue } from './aggregate';
import type { MetaHead } from './bundle';
import { countDays, publishedDay } from './day';
import type { Article } from './types';

type Countable = { countries: readonly Pick<Article['countries'][number], 'code' | 'name' | 'count'>[]; publishedAt: string | null };

/**
 * What the comparison needs of a collection: its articles' count, how many were published each
 * day and how many name each country. The bundled corpus's comes with its first piece
 * (sideOfCorpus), so the page compares a whole archive without loading its articles.
 */
export interface CompareSide {
	size: number;
	/** Days (YYYY-MM-DD) with the number of articles published on each, in date order. */
	days: [string, number][];
	/** Each country with the number of articles naming it. */
	countries: CountryValue[];
}

/** The side of articles at hand (an imported collection). */
export function sideOfArticles(articles: readonly Countable[]): CompareSide {
	const days = [...countDays(articles.map((a) => publishedDay(a.publishedAt)))].sort((x, y) => (x[0] < y[0] ? -1 : 1));
	return { size: articles.length, days, countries: countCountries(articles, 'articles') };
}

/** The side of the bundled corpus, from what its first piece says of the whole corpus. */
export function sideOfCorpus(head: MetaHead): CompareSide {
	return {
		size: head.articleCount,
		days: head.days ?? [],
		countries: valuesFromTotals(head.countryTotals ?? [], head.countryNames, 'articles')
	};
}

export interface ShareDifference {
	code: string;
	name: string;
	/** Articles naming the country, in each collection. */
	a: number;
	b: number;
	/** Those counts as shares (0..1) of each collection's articles. */
	shareA: number;
	shareB: number;
	/** shareA − shareB: positive when collection A covers the country more. */
	difference: number;
}

/** Every country either collection names, the largest difference in share first. */
export function shareDifferences(a: CompareSide, b: CompareSide): ShareDifference[] {
	const countsA = new Map(a.countries.map((c) => [c.code, c]));
	const countsB = new Map(b.countries.map((c) => [c.code, c]));
	const codes = new Set([...countsA.keys(), ...countsB.keys()]);
	return [...codes]
		.map((code) => {
			const inA = countsA.get(code)?.value ?? 0;
			const inB = countsB.get(code)?.value ?? 0;
			const shareA = a.size ? inA / a.size : 0;
			const shareB = b.size ? inB / b.size : 0;
			const name = (countsA.get(code) ?? countsB.get(code))!.name;
			return { code, name, a: inA, b: inB, shareA, shareB, difference: shareA - shareB };
		})
		.sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference) || byName(x, y));
}
