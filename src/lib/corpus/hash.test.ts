import { describe, expect, it } from 'vitest';
import { hashBytes, shortHash } from './hash';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('shortHash', () => {
	it('gives the same text the same 11-character hash, and a different one to a different text', () => {
		expect(shortHash('abc')).toBe(shortHash('abc'));
		expect(shortHash('abc')).not.toBe(shortHash('abd'));
		expect(shortHash('abc')).toMatch(/^[0-9a-z]{11}$/);
	});

	it('keeps the ids and fingerprints it gave before (stored collections and shared links rely on them)', () => {
		expect(shortHash('')).toBe('0wvjl67o803');
		expect(shortHash('Tehran, IRNA – text')).toBe('27osj5or3kz');
		expect(hashBytes(bytes('Tehran, IRNA – text'))).toBe('1oak4cr63ue');
	});
});

describe('hashBytes', () => {
	it('gives the same file the same 11-character hash', () => {
		expect(hashBytes(bytes('Tehran, IRNA – text'))).toBe(hashBytes(bytes('Tehran, IRNA – text')));
		expect(hashBytes(bytes('x'))).toMatch(/^[0-9a-z]{11}$/);
	});

	it('tells apart files that differ in one byte or only in length', () => {
		expect(hashBytes(bytes('abc'))).not.toBe(hashBytes(bytes('abd')));
		expect(hashBytes(new Uint8Array(1))).not.toBe(hashBytes(new Uint8Array(2)));
	});
});
