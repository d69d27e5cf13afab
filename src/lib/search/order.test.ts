import { describe, expect, it } from 'vitest';
import { orderByKey } from './order';

describe('orderByKey', () => {
	it('orders articles by key, keeping the order of equal keys', () => {
		const keys = Uint32Array.of(70000, 3, 3, 2 ** 31 + 5, 0, 70000);
		const docs = Int32Array.of(10, 11, 12, 13, 14, 15);
		const out = orderByKey(keys, docs, 6);
		expect([...out.docs]).toEqual([14, 11, 12, 10, 15, 13]);
		expect([...out.keys]).toEqual([0, 3, 3, 70000, 70000, 2 ** 31 + 5]);
	});

	it('sorts only the first `count` entries and agrees with a comparison sort on random keys', () => {
		const n = 5000;
		const keys = Uint32Array.from({ length: n + 3 }, (_, i) => (i * 2654435761) % 100000);
		const docs = Int32Array.from({ length: n + 3 }, (_, i) => i);
		const out = orderByKey(keys, docs, n);
		const want = [...docs.subarray(0, n)].sort((a, b) => keys[a] - keys[b] || a - b);
		expect([...out.docs]).toEqual(want);
	});
});
