import { describe, expect, it } from 'vitest';
import { byParagraph, charsAfter, mentionsIn, piecesWithin, readerPieces } from './reader-slice';

const text = (paragraphs: string[], pieces = readerPieces(paragraphs)) => pieces.map((p) => paragraphs[p.paragraph].slice(p.from, p.to));

describe('the reader’s pieces', () => {
	it('draw a story of ordinary length whole, a paragraph a piece', () => {
		const story = ['Tehran, IRNA – The first paragraph.', 'The second.'];
		const pieces = readerPieces(story);
		expect(text(story, pieces)).toEqual(story);
		expect(piecesWithin(pieces)).toBe(2);
		expect(charsAfter(pieces, 2)).toBe(0);
	});

	it('cut a long paragraph at spaces, no word cut, nothing lost', () => {
		const paragraph = `${'word '.repeat(60)}end`;
		const pieces = readerPieces([paragraph], 50);
		expect(pieces.length).toBeGreaterThan(5);
		expect(text([paragraph], pieces).join('')).toBe(paragraph);
		for (const piece of pieces.slice(1)) expect(paragraph[piece.from]).toBe(' ');
	});

	it('cut an unbroken line at the limit itself', () => {
		const pieces = readerPieces(['x'.repeat(1000)], 100);
		expect(pieces).toHaveLength(10);
		expect(pieces.every((p) => p.to - p.from === 100)).toBe(true);
	});

	it('show the pieces within the budget first, and say how much is left', () => {
		const paragraphs = ['a'.repeat(60), `${'word '.repeat(20)}end`, 'last paragraph'];
		const pieces = readerPieces(paragraphs, 40);
		const n = piecesWithin(pieces, 100);
		const drawn = text(paragraphs, pieces.slice(0, n)).join('').length;
		expect(drawn).toBeLessThanOrEqual(100);
		expect(drawn + charsAfter(pieces, n)).toBe(paragraphs.join('').length);
		// Always one piece, however small the budget.
		expect(piecesWithin(pieces, 1)).toBe(1);
	});

	it('are drawn by paragraph, each paragraph once', () => {
		const paragraphs = ['x'.repeat(250), 'short'];
		const pieces = readerPieces(paragraphs, 100);
		expect(byParagraph(pieces, pieces.length).map((g) => [g.paragraph, g.pieces.length])).toEqual([
			[0, 3],
			[1, 1]
		]);
		expect(byParagraph(pieces, 2)).toEqual([{ paragraph: 0, pieces: pieces.slice(0, 2) }]);
	});

	it('carry their paragraph’s country mentions, moved to their start and clipped at a cut', () => {
		const mentions = [
			{ start: 5, end: 10, code: 'IR' },
			{ start: 98, end: 104, code: 'KG' },
			{ start: 150, end: 155, code: 'OM' }
		];
		expect(mentionsIn(mentions, { paragraph: 0, from: 100, to: 200 })).toEqual([
			{ start: 0, end: 4, code: 'KG' },
			{ start: 50, end: 55, code: 'OM' }
		]);
		expect(mentionsIn(mentions, { paragraph: 0, from: 0, to: 100 })).toEqual([
			{ start: 5, end: 10, code: 'IR' },
			{ start: 98, end: 100, code: 'KG' }
		]);
	});
});
