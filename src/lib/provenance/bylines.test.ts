import { describe, expect, it } from 'vitest';
import { bylineFacet, bylineKey, bylineLabel, type BylineArticle } from './bylines';
import { provenanceColumns } from './columns';

const by = (byline: string | null, journalistId: string | null, publishedAt: string | null): BylineArticle => ({
	byline,
	journalistId,
	publishedAt
});
const facet = (articles: BylineArticle[], rows: number[], max?: number) =>
	bylineFacet(provenanceColumns(articles.map((a) => ({ ...a, dateline: null, countries: [], newsCode: null, url: null }))), rows, max);

describe('bylines', () => {
	it('keys an article by its byline, else its journalist ID', () => {
		expect(bylineKey(by(' Gazette Staff ', '12', null))).toBe('Gazette Staff');
		expect(bylineKey(by(null, '2080', null))).toBe('id:2080');
		expect(bylineKey(by(null, null, null))).toBeNull();
		expect(bylineLabel('id:2080')).toBe('Journalist ID 2080');
	});

	it('counts the results per byline with their months, first and last days, and the unsigned apart', () => {
		const articles = [
			by(null, '2080', '2020-03-05T10:00'),
			by(null, '2080', '2020-01-31'),
			by('Trend', null, '2020-02-10'),
			by(null, null, '2020-02-11'),
			by(null, '2080', null)
		];
		const result = facet(articles, [0, 1, 2, 3, 4]);
		expect(result.months).toEqual(['2020-01', '2020-02', '2020-03']);
		expect(result.unsigned).toBe(1);
		expect(result.bylines).toEqual([
			{ key: 'id:2080', label: 'Journalist ID 2080', articles: 3, perMonth: [1, 0, 1], first: '2020-01-31', last: '2020-03-05' },
			{ key: 'Trend', label: 'Trend', articles: 1, perMonth: [0, 1, 0], first: '2020-02-10', last: '2020-02-10' }
		]);
		expect(facet(articles, [2, 3]).bylines.map((b) => b.key)).toEqual(['Trend']);
	});

	it('keeps the most prolific and says how many more there are', () => {
		const articles = Array.from({ length: 30 }, (_, k) => by(`Writer ${k % 20}`, null, '2021-01-01'));
		const result = facet(articles, Array.from(articles.keys()), 15);
		expect(result.bylines).toHaveLength(15);
		expect(result.left).toBe(5);
		expect(result.bylines[0].articles).toBe(2);
	});
});
