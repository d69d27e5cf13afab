import { describe, expect, it } from 'vitest';
import { readChunk } from './bodies';

describe('readChunk', () => {
	it('reads a chunk of bodies and refuses what is not one, saying the file is damaged', () => {
		const chunk = [{ id: 'a1', paragraphs: ['One.'], mentions: [] }];
		expect(readChunk(new TextEncoder().encode(JSON.stringify(chunk)))).toEqual(chunk);
		for (const bad of ['<html>Service unavailable</html>', '{"id":"a1"}', '[{"paragraphs":[]}]', '[{"id":"a1"'])
			expect(() => readChunk(new TextEncoder().encode(bad)), bad).toThrow(/article text file is damaged/);
	});
});
