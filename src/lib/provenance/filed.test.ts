import { describe, expect, it } from 'vitest';
import { provenanceColumns } from './columns';
import { NO_DATELINE, UNPLACED, filedLabel, filedMatrix as count } from './filed';

const at = (place: string | null, country: string | null, named: string[]) => ({
	dateline: place === null ? null : { place, country, agency: null },
	countries: named.map((code) => ({ code, name: code, count: 1 })),
	byline: null,
	journalistId: null,
	publishedAt: null,
	newsCode: null,
	url: null
});
const filedMatrix = (articles: ReturnType<typeof at>[], rows: number[], options?: { maxRows: number; maxColumns: number }) =>
	count(provenanceColumns(articles), rows, options);

describe('filedMatrix', () => {
	const articles = [
		at('Tehran', 'IR', ['IR', 'KG']),
		at('TEHRAN', 'IR', ['IR']),
		at('Mashhad', 'IR', ['AF']),
		at('Bishkek', 'KG', ['KG', 'IR']),
		at('Gotham', null, ['US']),
		at(null, null, ['IR'])
	];

	it('counts each article once per country it names, in the row of the country it was filed from', () => {
		const m = filedMatrix(articles, [0, 1, 2, 3, 4, 5]);
		expect(m.columns.map((c) => [c.code, c.total])).toEqual([
			['IR', 4],
			['KG', 2],
			['AF', 1],
			['US', 1]
		]);
		expect(m.rows.map((r) => [r.key, r.total, r.cells])).toEqual([
			['IR', 3, [2, 1, 1, 0]],
			['KG', 1, [1, 1, 0, 0]],
			[UNPLACED, 1, [0, 0, 0, 1]],
			[NO_DATELINE, 1, [1, 0, 0, 0]]
		]);
	});

	it('lists the places inside a country, one place whatever its case', () => {
		const m = filedMatrix(articles, [0, 1, 2]);
		expect(m.rows[0].places).toEqual([
			{ place: 'Tehran', count: 2 },
			{ place: 'Mashhad', count: 1 }
		]);
	});

	it('counts only the results given and says how many rows and columns did not fit', () => {
		const m = filedMatrix(articles, [3, 4], { maxRows: 1, maxColumns: 1 });
		expect(m.articles).toBe(2);
		expect(m.rows.map((r) => r.key)).toEqual(['KG', UNPLACED]);
		expect(m.columnsLeft).toBe(2);
	});

	it('names rows as a person reads them', () => {
		expect(filedLabel('IR', { IR: 'Iran' })).toBe('Iran');
		expect(filedLabel('KG')).toBe('Kyrgyzstan');
		expect(filedLabel(UNPLACED)).toBe('Place not known');
		expect(filedLabel('Mashhad')).toBe('Mashhad');
	});
});
