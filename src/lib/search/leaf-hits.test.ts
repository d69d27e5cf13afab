import { describe, expect, it } from 'vitest';
import { LeafHits, NONE } from './leaf-hits';

describe('LeafHits', () => {
	it('keeps the positions written so far when it grows', () => {
		const h = new LeafHits(4);
		const before = h.reservePositions(3);
		before.set([5, 6, 7]);
		const after = h.reservePositions(h.positions.length + 10);
		expect([...after.subarray(0, 3)]).toEqual([5, 6, 7]);
	});

	it('puts back only what a query touched, leaving every entry at rest', () => {
		const h = new LeafHits(5);
		h.add(3);
		h.typos[3] = 1;
		h.field[3] = 0;
		h.weight[3] = 2.5;
		h.posCount[3] = 4;
		h.clear();
		expect([...h.typos]).toEqual(Array(5).fill(NONE));
		expect([...h.field]).toEqual(Array(5).fill(NONE));
		expect([...h.weight]).toEqual(Array(5).fill(0));
		expect([...h.posCount]).toEqual(Array(5).fill(0));
		expect(h.count).toBe(0);
	});
});
