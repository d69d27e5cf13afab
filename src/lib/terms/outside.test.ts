import { describe, expect, it } from 'vitest';
import { outsideOf } from './outside';

describe('the rest of a set of results', () => {
	it('keeps the results not inside, in their order', () => {
		expect(Array.from(outsideOf([4, 1], [7, 4, 2, 1, 0], 8))).toEqual([7, 2, 0]);
	});

	it('reads every article when all pass, and ignores indices past the corpus', () => {
		expect(Array.from(outsideOf([0, 3, 9], null, 5))).toEqual([1, 2, 4]);
		expect(Array.from(outsideOf([], null, 3))).toEqual([0, 1, 2]);
	});
});
