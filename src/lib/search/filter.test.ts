import { describe, expect, it } from 'vitest';
import type { Article } from '../corpus/types';
import { filterRows } from './filter';

const article = (publishedAt: string | null, codes: string[]): Article => ({
	id: String(Math.random()),
	file: 'f',
	url: null,
	title: 't',
	kicker: null,
	publishedAt,
	newsCode: null,
	journalistId: null,
	byline: null,
	personsCount: null,
	dateline: null,
	paragraphs: ['p'],
	countries: codes.map((code) => ({ code, name: code, count: 1, mentions: [] })),
	wordCount: 1,
	warnings: []
});

// Newest first, as in the bundle.
const articles = [
	article('2021-03-01T23:59', ['IR', 'KG']),
	article('2021-02-28', ['IR']),
	article('2020-01-01T00:01', ['US', 'KG']),
	article(null, ['IR'])
];
const none = { from: null, to: null, countries: [], filed: [], bylines: [], agencies: [] };

describe('filterRows', () => {
	it('lists every article newest first when there is no query', () => {
		expect([...filterRows(articles, null, none, 'relevance')]).toEqual([0, 1, 2, 3]);
	});

	it('hands back the hits themselves when nothing filters or sorts them, and never writes to them', () => {
		const hits = Int32Array.from([3, 1]);
		expect(filterRows(articles, hits, none, 'relevance')).toBe(hits);
		expect([...filterRows(articles, hits, none, 'date')]).toEqual([1, 3]);
		expect([...hits]).toEqual([3, 1]);
		// Hits of a collection hidden since are left out.
		expect([...filterRows(articles, Int32Array.from([1, 9]), none, 'relevance')]).toEqual([1]);
	});

	it('keeps a day range inclusive on both ends by the printed local date and drops undated articles', () => {
		const rows = filterRows(articles, null, { ...none, from: '2021-02-28', to: '2021-03-01' }, 'date');
		expect([...rows]).toEqual([0, 1]);
	});

	it('requires every selected country to be mentioned', () => {
		expect([...filterRows(articles, null, { ...none, countries: ['KG'] }, 'date')]).toEqual([0, 2]);
		expect([...filterRows(articles, null, { ...none, countries: ['KG', 'US'] }, 'date')]).toEqual([2]);
	});

	it('keeps the articles filed from any chosen country or place, and those with no dateline on request', () => {
		const filed = [
			{ ...article('2021-01-03', []), dateline: { place: 'TEHRAN', date: null, agency: 'IRNA', country: 'IR' } },
			{ ...article('2021-01-02', []), dateline: { place: 'Mashhad', date: null, agency: 'IRNA', country: 'IR' } },
			{ ...article('2021-01-01', []), dateline: { place: 'Bishkek', date: null, agency: null, country: 'KG' } },
			article('2020-12-31', [])
		];
		expect([...filterRows(filed, null, { ...none, filed: ['IR'] }, 'date')]).toEqual([0, 1]);
		expect([...filterRows(filed, null, { ...none, filed: ['tehran', 'KG'] }, 'date')]).toEqual([0, 2]);
		expect([...filterRows(filed, null, { ...none, filed: ['none'] }, 'date')]).toEqual([3]);
	});

	it('keeps the articles of any chosen byline or journalist ID', () => {
		const signed = [
			{ ...article('2021-01-03', []), byline: 'Gazette Staff' },
			{ ...article('2021-01-02', []), journalistId: '2080' },
			article('2021-01-01', [])
		];
		expect([...filterRows(signed, null, { ...none, bylines: ['Gazette Staff'] }, 'date')]).toEqual([0]);
		expect([...filterRows(signed, null, { ...none, bylines: ['Gazette Staff', 'id:2080'] }, 'date')]).toEqual([0, 1]);
	});

	it('keeps the articles crediting any chosen agency, never one that credits none', () => {
		const credited = [
			{ ...article('2021-01-03', []), agency: 'AP' },
			{ ...article('2021-01-02', []), agency: 'Reuters' },
			article('2021-01-01', [])
		];
		expect([...filterRows(credited, null, { ...none, agencies: ['Reuters'] }, 'date')]).toEqual([1]);
		expect([...filterRows(credited, null, { ...none, agencies: ['AP', 'Reuters'] }, 'date')]).toEqual([0, 1]);
	});

	it('keeps relevance order for a query and re-sorts by date on request', () => {
		const hits = Int32Array.of(2, 0);
		expect([...filterRows(articles, hits, none, 'relevance')]).toEqual([2, 0]);
		expect([...filterRows(articles, hits, none, 'date')]).toEqual([0, 2]);
	});

	it('drops hits past the end of the articles (a collection hidden before the search answers)', () => {
		expect([...filterRows(articles, Int32Array.of(9, 1, 4), none, 'relevance')]).toEqual([1]);
	});
});
