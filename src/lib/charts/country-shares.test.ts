import { describe, expect, it } from 'vitest';
import { countryShares, formatPerResult } from './country-shares';

const iran = { code: 'IR', name: 'Iran' };
const oman = { code: 'OM', name: 'Oman' };
const qatar = { code: 'QA', name: 'Qatar' };

describe('countries of compared queries', () => {
	it('sets queries of different sizes on one scale, each value per result of its own query', () => {
		const rows = countryShares([
			{
				label: 'a',
				total: 200,
				values: [
					{ ...iran, value: 100 },
					{ ...qatar, value: 20 }
				]
			},
			{
				label: 'b',
				total: 10,
				values: [
					{ ...oman, value: 8 },
					{ ...iran, value: 1 }
				]
			}
		]);
		// Oman: 80% of the small query's results, ahead of Iran's 50% in the large one.
		expect(rows.map((r) => r.code)).toEqual(['OM', 'IR', 'QA']);
		expect(rows[0].cells).toEqual([
			{ value: 0, share: 0 },
			{ value: 8, share: 0.8 }
		]);
		expect(rows[1].cells).toEqual([
			{ value: 100, share: 0.5 },
			{ value: 1, share: 0.1 }
		]);
	});

	it('gives a query with no results no share rather than a zero', () => {
		const rows = countryShares([
			{ label: 'a', total: 4, values: [{ ...iran, value: 2 }] },
			{ label: 'b', total: 0, values: [] }
		]);
		expect(rows[0].cells[1]).toEqual({ value: 0, share: null });
	});

	it('writes a share as a percentage of articles, or mentions per article', () => {
		expect(formatPerResult(0.123, 'articles')).toBe('12%');
		expect(formatPerResult(0.05, 'articles')).toBe('5.0%');
		expect(formatPerResult(1, 'articles')).toBe('100%');
		expect(formatPerResult(2.5, 'mentions')).toBe('2.50 per article');
		expect(formatPerResult(null, 'articles')).toBe('–');
	});
});
