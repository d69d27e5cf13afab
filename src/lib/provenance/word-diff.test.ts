import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

const text = (paragraphs: { text: string; changed: boolean }[][]) =>
	paragraphs.map((p) => p.map((s) => (s.changed ? `[${s.text.trim()}]` : s.text.trim())).join(' '));

describe('wordDiff', () => {
	it('marks a changed word on each side and keeps the rest shared', () => {
		const d = wordDiff(['Iran and Iraq signed the deal on Monday.'], ['Iran and Iraq signed the deal on Tuesday.']);
		expect(text(d.left)).toEqual(['Iran and Iraq signed the deal on [Monday.]']);
		expect(text(d.right)).toEqual(['Iran and Iraq signed the deal on [Tuesday.]']);
		expect(d.changed).toEqual([1, 1]);
		expect(d.words).toEqual([8, 8]);
	});

	it('shows a paragraph added as added whole, in its own paragraph, on the right only', () => {
		const d = wordDiff(['First part.', 'Last part.'], ['First part.', 'A new paragraph here.', 'Last part.']);
		expect(text(d.left)).toEqual(['First part.', 'Last part.']);
		expect(text(d.right)).toEqual(['First part.', '[A new paragraph here.]', 'Last part.']);
		expect(d.changed).toEqual([0, 4]);
	});

	it('aligns a sentence replaced in the middle of a long text', () => {
		const shared = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
		const d = wordDiff([`${shared} old words here ${shared}`], [`${shared} the new ones ${shared}`]);
		expect(d.changed).toEqual([3, 3]);
		expect(d.coarse).toBe(false);
	});

	it('marks the middle changed whole when two long texts hardly agree, rather than take seconds', () => {
		const a = Array.from({ length: 2500 }, (_, i) => `a${i}`);
		const b = Array.from({ length: 2500 }, (_, i) => `b${i}`);
		const d = wordDiff([['start', ...a, 'end'].join(' ')], [['start', ...b, 'end'].join(' ')]);
		expect(d.coarse).toBe(true);
		expect(d.changed).toEqual([2500, 2500]);
	});
});
