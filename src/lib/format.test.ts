import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatPublished, plural } from './format';

describe('formatPublished', () => {
	it('shows the printed local date and time without shifting them', () => {
		expect(formatPublished('2020-04-21T00:31')).toBe('21 Apr 2020, 00:31');
		expect(formatPublished('2020-04-21T00:31', true)).toBe('21 Apr 2020');
		expect(formatPublished('2021-04-12')).toBe('12 Apr 2021');
	});

	it('names a stated offset and says when there is no date', () => {
		expect(formatPublished('2019-11-08T11:56-05:00')).toBe('8 Nov 2019, 11:56 (UTC-05:00)');
		expect(formatPublished(null)).toBe('Undated');
	});
});

describe('formatCount', () => {
	it('separates thousands as English does', () => {
		for (const n of [0, 7, 999, 1000, 12345, 999999, 1234567, -4321]) expect(formatCount(n)).toBe(n.toLocaleString('en'));
	});
});

describe('plural', () => {
	it('agrees with its number', () => {
		expect(plural(1, 'article')).toBe('1 article');
		expect(plural(2000, 'article')).toBe('2,000 articles');
	});
});

describe('formatBytes', () => {
	it('writes sizes as people read them', () => {
		expect(formatBytes(300)).toBe('1 KB');
		expect(formatBytes(840 * 1024)).toBe('840 KB');
		expect(formatBytes(12.4 * 1024 * 1024)).toBe('12.4 MB');
		expect(formatBytes(480 * 1024 * 1024)).toBe('480 MB');
		expect(formatBytes(1.2 * 1024 ** 3)).toBe('1.2 GB');
	});
});
