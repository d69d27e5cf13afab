import { describe, expect, it } from 'vitest';
import { readChunk, whyNotLoaded } from './bodies';

describe('readChunk', () => {
	it('reads a chunk of bodies and refuses what is not one, saying the file is damaged', () => {
		const chunk = [{ id: 'a1', paragraphs: ['One.'], mentions: [] }];
		expect(readChunk(new TextEncoder().encode(JSON.stringify(chunk)))).toEqual(chunk);
		for (const bad of ['<html>Service unavailable</html>', '{"id":"a1"}', '[{"paragraphs":[]}]', '[{"id":"a1"'])
			expect(() => readChunk(new TextEncoder().encode(bad)), bad).toThrow(/article text file is damaged/);
	});
});

describe('whyNotLoaded', () => {
	it('tells a reader the status, or that the connection is down', () => {
		expect(whyNotLoaded(new Error('the corpus bundle could not be loaded (HTTP 503)'))).toBe('HTTP 503');
		expect(whyNotLoaded(new TypeError('Failed to fetch'))).toBe('no connection');
		expect(whyNotLoaded(new TypeError('NetworkError when attempting to fetch resource.'))).toBe('no connection');
		expect(whyNotLoaded(new Error('the article text file is damaged (reload, or rebuild the site)'))).toMatch(/damaged/);
	});
});
