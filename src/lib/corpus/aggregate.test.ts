import { describe, expect, it } from 'vitest';
import { countCountries, countCountriesAt, countryColumns, countryTotals, valuesFromTotals } from './aggregate';
import { synthCorpus } from './synth-corpus';
import type { CountryCount } from './types';

const named = (code: string, name: string, count: number): CountryCount => ({
	code,
	name,
	count,
	mentions: []
});

const articles = [
	{ countries: [named('IR', 'Iran', 5), named('KG', 'Kyrgyzstan', 1)] },
	{ countries: [named('IR', 'Iran', 2)] },
	{ countries: [named('KR', 'South Korea', 3), named('KG', 'Kyrgyzstan', 2)] },
	{ countries: [] }
];

describe('countCountries', () => {
	it('counts each article naming a country once', () => {
		expect(countCountries(articles, 'articles')).toEqual([
			{ code: 'IR', name: 'Iran', value: 2 },
			{ code: 'KG', name: 'Kyrgyzstan', value: 2 },
			{ code: 'KR', name: 'South Korea', value: 1 }
		]);
	});

	it('adds up every mention when measuring mentions', () => {
		expect(countCountries(articles, 'mentions')).toEqual([
			{ code: 'IR', name: 'Iran', value: 7 },
			{ code: 'KG', name: 'Kyrgyzstan', value: 3 },
			{ code: 'KR', name: 'South Korea', value: 3 }
		]);
	});

	it('orders equal values alphabetically by name', () => {
		const tied = [{ countries: [named('ZM', 'Zambia', 1), named('AF', 'Afghanistan', 1)] }];
		expect(countCountries(tied, 'articles').map((c) => c.name)).toEqual(['Afghanistan', 'Zambia']);
	});

	it('does not count an article twice when it lists a country twice', () => {
		const doubled = [{ countries: [named('IR', 'Iran', 1), named('IR', 'Iran', 1)] }];
		expect(countCountries(doubled, 'articles')).toEqual([{ code: 'IR', name: 'Iran', value: 1 }]);
	});

	it('returns nothing for articles that name no country', () => {
		expect(countCountries([], 'articles')).toEqual([]);
		expect(countCountries([{ countries: [] }], 'mentions')).toEqual([]);
	});
});

describe('countCountriesAt', () => {
	it('counts only the articles at the given rows, as countCountries counts those articles', () => {
		const columns = countryColumns(articles);
		for (const measure of ['articles', 'mentions'] as const) {
			expect(countCountriesAt(columns, Int32Array.of(2, 0), measure)).toEqual(countCountries([articles[2], articles[0]], measure));
		}
		expect(countCountriesAt(columns, new Int32Array(), 'articles')).toEqual([]);
	});

	it('skips rows past the end (a collection hidden before the charts caught up)', () => {
		expect(countCountriesAt(countryColumns(articles), Int32Array.of(1, 9), 'mentions')).toEqual([{ code: 'IR', name: 'Iran', value: 2 }]);
	});
});

describe('countryTotals and valuesFromTotals', () => {
	const corpus = synthCorpus(400);
	const names = Object.fromEntries(corpus.flatMap((a) => a.countries.map((c) => [c.code, c.name])));

	it('give the values of counting every article, in the same order, for both measures', () => {
		for (const measure of ['articles', 'mentions'] as const) {
			expect(valuesFromTotals(countryTotals(corpus), names, measure)).toEqual(countCountries(corpus, measure));
		}
	});

	it('add more articles counted the usual way (imported ones) as if all were counted together', () => {
		const [bundle, imported] = [corpus.slice(0, 300), corpus.slice(300)];
		for (const measure of ['articles', 'mentions'] as const) {
			expect(valuesFromTotals(countryTotals(bundle), names, measure, countCountries(imported, measure))).toEqual(
				countCountries(corpus, measure)
			);
		}
	});
});
