import { describe, expect, it } from 'vitest';
import { appendAll } from './append';

describe('appendAll', () => {
	it('appends a list too long to spread into arguments', () => {
		const many = Array.from({ length: 500_000 }, (_, i) => i);
		expect(() => [].push(...(many as never[]))).toThrow(RangeError);
		const out = appendAll([-1], many);
		expect(out).toHaveLength(500_001);
		expect(out[500_000]).toBe(499_999);
	});
});
