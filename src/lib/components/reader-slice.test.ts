import { describe, expect, it } from 'vitest';
import { readerSlice } from './reader-slice';

describe('readerSlice', () => {
	it('draws a story of ordinary length whole', () => {
		const story = ['Tehran, IRNA – The first paragraph.', 'The second.'];
		expect(readerSlice(story)).toEqual({ paragraphs: story, hidden: 0 });
	});

	it('cuts a capture past the budget at a space, and says how much is left', () => {
		const paragraphs = ['a'.repeat(60), `${'word '.repeat(20)}end`, 'last paragraph'];
		const slice = readerSlice(paragraphs, 100);
		expect(slice.paragraphs[0]).toBe(paragraphs[0]);
		expect(slice.paragraphs[1]).toMatch(/^(word ){7}word$/);
		expect(slice.paragraphs).toHaveLength(2);
		const drawn = slice.paragraphs.join('').length;
		expect(drawn + slice.hidden).toBe(paragraphs.join('').length);
	});

	it('cuts an unbroken line at the budget itself', () => {
		const slice = readerSlice(['x'.repeat(1000)], 100);
		expect(slice.paragraphs).toEqual(['x'.repeat(100)]);
		expect(slice.hidden).toBe(900);
	});
});
