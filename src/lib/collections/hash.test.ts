import { describe, expect, it } from 'vitest';
import { hashBytes } from './hash';

const bytes = (s: string) => new TextEncoder().encode(s);

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
