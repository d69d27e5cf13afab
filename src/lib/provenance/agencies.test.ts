import { describe, expect, it } from 'vitest';
import { agencyFacet, agencyKey } from './agencies';
import { provenanceColumns, type ProvenanceArticle } from './columns';

const article = (agency: string | null | undefined, day = '2021-03-01'): ProvenanceArticle => ({
	agency,
	byline: null,
	journalistId: null,
	publishedAt: day,
	dateline: null,
	url: null,
	newsCode: null,
	countries: []
});

describe('the agencies credited', () => {
	it('keys an article by its agency as credited, none when it credits none or predates the field', () => {
		expect(agencyKey({ agency: ' Reuters ' })).toBe('Reuters');
		expect(agencyKey({ agency: '' })).toBeNull();
		expect(agencyKey({ agency: null })).toBeNull();
		expect(agencyKey({})).toBeNull();
	});

	it('counts the results by agency, most first, ties by name, the uncredited apart', () => {
		const c = provenanceColumns([article('AP'), article('Reuters'), article(null), article('AP'), article('AFP'), article(undefined)]);
		const f = agencyFacet(c, [0, 1, 2, 3, 4, 5]);
		expect(f.agencies).toEqual([
			{ agency: 'AP', articles: 2 },
			{ agency: 'AFP', articles: 1 },
			{ agency: 'Reuters', articles: 1 }
		]);
		expect(f.uncredited).toBe(2);
		expect(f.articles).toBe(6);
		// Only the rows given count; the list is cut at `max`, saying how many are left.
		const some = agencyFacet(c, [1, 4, 2], 1);
		expect(some.agencies).toEqual([{ agency: 'AFP', articles: 1 }]);
		expect(some.left).toBe(1);
		expect(some.uncredited).toBe(1);
	});
});
