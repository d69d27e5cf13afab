import { describe, expect, it } from 'vitest';
import { bylineFacet, bylineKey, bylineLabel } from './bylines';

const by = (byline: string | null, journalistId: string | null, publishedAt: string | null) => ({ byline, journalistId, publishedAt });

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
		const facet = bylineFacet(articles, [0, 1, 2, 3, 4]);
		expect(facet.months).toEqual(['2020-01', '2020-02', '2020-03']);
		expect(facet.unsigned).toBe(1);
		expect(facet.bylines).toEqual([
			{ key: 'id:2080', label: 'Journalist ID 2080', articles: 3, perMonth: [1, 0, 1], first: '2020-01-31', last: '2020-03-05' },
			{ key: 'Trend', label: 'Trend', articles: 1, perMonth: [0, 1, 0], first: '2020-02-10', last: '2020-02-10' }
		]);
		expect(bylineFacet(articles, [2, 3]).bylines.map((b) => b.key)).toEqual(['Trend']);
	});

	it('keeps the most prolific and says how many more there are', () => {
		const articles = Array.from({ length: 30 }, (_, k) => by(`Writer ${k % 20}`, null, '2021-01-01'));
		const facet = bylineFacet(articles, Array.from(articles.keys()), 15);
		expect(facet.bylines).toHaveLength(15);
		expect(facet.left).toBe(5);
		expect(facet.bylines[0].articles).toBe(2);
	});
});
