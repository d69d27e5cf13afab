import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../corpus/decode';
import { MAX_ARCHIVE_BYTES, refusedBySize } from './import-limits';
import type { ImportBudget } from './unpack';

describe('refusedBySize', () => {
	it('refuses a text file over the parser’s limit and an archive over its own, before either is read', () => {
		const budget: ImportBudget = { left: Infinity, limit: '' };
		expect(refusedBySize('huge.txt', MAX_FILE_BYTES + 1, budget)).toMatch(/over the 5\.0 MB limit/);
		expect(refusedBySize('huge.zip', MAX_ARCHIVE_BYTES + 1, budget)).toMatch(/archive is 256 MB, over the 256 MB limit: split it/);
		expect(refusedBySize('fine.zip', 1000, budget)).toBeNull();
	});

	it('takes files while the import’s budget lasts, then says which limit the next one would pass', () => {
		const budget: ImportBudget = { left: 150, limit: 'the 1 MB one import may hold' };
		expect(refusedBySize('a.txt', 100, budget)).toBeNull();
		expect(refusedBySize('b.txt', 100, budget)).toBe('the import would go past the 1 MB one import may hold: import the rest separately');
		expect(refusedBySize('c.txt', 50, budget)).toBeNull();
		expect(budget.left).toBe(0);
	});
});
