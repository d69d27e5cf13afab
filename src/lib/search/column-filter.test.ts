import { describe, expect, it } from 'vitest';
import { countCountries } from '../corpus/aggregate';
import { countDays, publishedDay } from '../corpus/day';
import { synthCorpus } from '../corpus/synth-corpus';
import { toArticleMeta } from '../corpus/bundle';
import { buildColumns, concatColumns, packColumns, packMentions, unpackColumns, withMentions, type ColumnArticle } from './article-columns';
import { buildCodeColumns, concatCodeColumns, packCodeColumns, unpackCodeColumns } from './code-columns';
import { answerOverColumns, filtersByCodes } from './column-filter';
import { filterRows, type Filters } from './filter';
import { bylineKey } from '../provenance/bylines';

const articles = synthCorpus(400).map((a) => toArticleMeta(a));
/** The columns as the worker reads them with their mention counts. */
const read = (list: readonly ColumnArticle[]) => {
	const built = buildColumns(list);
	return withMentions(unpackColumns(packColumns(built)), packMentions(built));
};
const none: Filters = { from: null, to: null, countries: [], filed: [], bylines: [], agencies: [] };
const aByline = articles.map(bylineKey).find((k) => k !== null)!;
const agencies = [...new Set(articles.map((a) => a.agency).filter((a): a is string => !!a))];
const aPlace = articles.find((a) => a.dateline)!.dateline!.place;
const [first, second] = countCountries(articles, 'articles').map((c) => c.code);
const days = [...new Set(articles.map((a) => publishedDay(a.publishedAt)).filter(Boolean))].sort() as string[];

const cases: [string, Int32Array | null, Filters][] = [
	['every article', null, none],
	['a query', Int32Array.from([5, 3, 390, 17, 250, 8]), none],
	['a country', null, { ...none, countries: [first] }],
	['two countries and a query', Int32Array.from({ length: 200 }, (_, i) => 399 - 2 * i), { ...none, countries: [first, second] }],
	['a country no article names', null, { ...none, countries: ['ZZ'] }],
	['a date range', null, { ...none, from: days[3], to: days[days.length - 4] }],
	['filed from a country, no dateline, and a place typed in capitals', null, { ...none, filed: ['IR', 'none', aPlace.toUpperCase()] }],
	['a byline and a date range', null, { ...none, bylines: [aByline], from: days[1] }],
	['two agencies and a query', Int32Array.from({ length: 300 }, (_, i) => 399 - i), { ...none, agencies: agencies.slice(0, 2) }]
];

describe('answerOverColumns', () => {
	const columns = read(articles);
	const codes = unpackCodeColumns(packCodeColumns(buildCodeColumns(articles)));
	for (const [name, hits, filters] of cases) {
		for (const sort of ['relevance', 'date'] as const) {
			it(`gives what the page works out from every article's metadata: ${name}, by ${sort}`, () => {
				const answer = answerOverColumns(columns, filtersByCodes(filters) ? codes : null, hits, filters, sort);
				const rows = filterRows(articles, hits, filters, sort);
				expect([...answer.rows]).toEqual([...rows]);
				if (!filters.countries.includes('ZZ')) expect(rows.length).toBeGreaterThan(0);
				const anyDate = filterRows(articles, hits, { ...filters, from: null, to: null }, sort);
				const expectedDays = countDays(Array.from(anyDate, (k) => publishedDay(articles[k].publishedAt)));
				expect(new Map(answer.days)).toEqual(expectedDays);
				const shown = Array.from(rows, (k) => articles[k]);
				expect(answer.countries.articles).toEqual(countCountries(shown, 'articles'));
				expect(answer.countries.mentions).toEqual(countCountries(shown, 'mentions'));
			});
		}
	}

	it('counts imported articles after the bundle as one list', () => {
		const bundle = articles.slice(0, 300);
		const imported = articles.slice(300);
		const joined = concatColumns(read(bundle), buildColumns(imported));
		const joinedCodes = concatCodeColumns(unpackCodeColumns(packCodeColumns(buildCodeColumns(bundle))), buildCodeColumns(imported));
		const filters = { ...none, countries: ['IR'], filed: ['IR'], from: days[2] };
		const answer = answerOverColumns(joined, joinedCodes, null, filters, 'relevance');
		expect([...answer.rows]).toEqual([...filterRows(articles, null, filters, 'relevance')]);
		expect(answer.countries.mentions).toEqual(
			countCountries(
				Array.from(answer.rows, (k) => articles[k]),
				'mentions'
			)
		);
	});

	it('counts by articles alone from the columns without their mention counts', () => {
		const plain = unpackColumns(packColumns(buildColumns(articles)));
		const answer = answerOverColumns(plain, null, null, none, 'relevance');
		expect(answer.countries.articles).toEqual(countCountries(articles, 'articles'));
		expect(answer.countries.mentions).toBeNull();
	});

	it('never changes the hits it is given', () => {
		const hits = Int32Array.from([9, 2, 7]);
		answerOverColumns(columns, null, hits, none, 'date');
		expect([...hits]).toEqual([9, 2, 7]);
	});

	it('refuses a filter by filed-from or byline without the code columns, rather than pass every article', () => {
		expect(() => answerOverColumns(columns, null, null, { ...none, bylines: [aByline] }, 'date')).toThrow(/news code columns/);
	});
});

describe('packColumns', () => {
	it('refuses bytes cut short with a message a person can act on', () => {
		const bytes = packColumns(buildColumns(articles));
		expect(() => unpackColumns(bytes.subarray(0, bytes.length - 3))).toThrow(/damaged/);
		expect(() => unpackColumns(new TextEncoder().encode('<html>'))).toThrow(/damaged/);
	});
});
