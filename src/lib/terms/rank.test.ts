import { describe, expect, it } from 'vitest';
import { compareTerms, logLikelihood, rankTerms } from './rank';
import type { TermTable } from './term-table';

/** A table from each article's term list. */
function table(lists: string[][]): TermTable {
	const terms = [...new Set(lists.flat())].sort();
	const ids = lists.map((l) => l.map((t) => terms.indexOf(t)).sort((a, b) => a - b));
	const start = Uint32Array.from([0, ...ids.map((_, k) => ids.slice(0, k + 1).flat().length)]);
	const totals = new Uint32Array(terms.length);
	for (const id of ids.flat()) totals[id]++;
	return { terms, totals, start, ids: Uint32Array.from(ids.flat()), build: '' };
}

describe('top terms', () => {
	// Ten articles on oil talks, ninety on everything else; "Iran" is in all of them.
	const lists = [
		...Array.from({ length: 10 }, (_, k) => ['Iran', 'oil', 'OPEC', ...(k < 6 ? ['output cut'] : [])]),
		...Array.from({ length: 90 }, (_, k) => ['Iran', k % 3 ? 'trade' : 'oil', ...(k === 0 ? ['output cut'] : [])])
	];
	const t = table(lists);
	const oilTalks = Int32Array.from({ length: 10 }, (_, k) => k);

	it('lists the terms most of the articles have, with their share', () => {
		const { frequent, articles } = rankTerms(t, oilTalks);
		expect(articles).toBe(10);
		expect(frequent.slice(0, 3).map((r) => [r.term, r.count])).toEqual([
			['Iran', 10],
			['OPEC', 10],
			['oil', 10]
		]);
		expect(frequent[3]).toMatchObject({ term: 'output cut', count: 6, share: 0.6 });
	});

	it('ranks by keyness what sets the articles apart, not what every article has', () => {
		const { distinctive } = rankTerms(t, oilTalks);
		expect(distinctive.map((r) => r.term)).toEqual(['OPEC', 'output cut', 'oil']);
		expect(distinctive[0].restShare).toBe(0);
		expect(distinctive.find((r) => r.term === 'Iran')).toBeUndefined();
	});

	it('has no distinctive terms for the whole corpus, and counts every article', () => {
		const lists = rankTerms(t, null);
		expect(lists.articles).toBe(100);
		expect(lists.distinctive).toEqual([]);
		expect(lists.frequent[0]).toMatchObject({ term: 'Iran', count: 100, restShare: null });
	});

	it('sets two sets of articles against each other, each its own distinctive terms', () => {
		const others = Int32Array.from({ length: 90 }, (_, k) => k + 10);
		const [oil, rest] = compareTerms(t, oilTalks, others);
		expect(oil.distinctive.map((r) => r.term)).toEqual(['OPEC', 'output cut', 'oil']);
		expect(rest.distinctive.map((r) => r.term)).toEqual(['trade']);
		expect(rest.distinctive[0]).toMatchObject({ count: 60, restShare: 0 });
	});

	it('computes G² as Dunning defined it', () => {
		// 10 of 100 against 10 of 1000: expected 20 × 100/1100 and 20 × 1000/1100.
		const e1 = (20 * 100) / 1100;
		const e2 = (20 * 1000) / 1100;
		expect(logLikelihood(10, 100, 10, 1000)).toBeCloseTo(2 * (10 * Math.log(10 / e1) + 10 * Math.log(10 / e2)), 10);
		expect(logLikelihood(5, 50, 50, 500)).toBeCloseTo(0, 10);
	});
});
