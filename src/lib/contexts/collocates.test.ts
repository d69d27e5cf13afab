import { describe, expect, it } from 'vitest';
import { emptyTally, rankCollocates, SPAN, tallyParagraph } from './collocates';
import { tokenize } from '../search/tokens';

function tallyOf(paragraphs: string[], matched: string[]) {
	const tally = emptyTally();
	for (const p of paragraphs) tallyParagraph(tally, tokenize(p), new Set(matched));
	return tally;
}

describe('collocates', () => {
	it('ranks the words that stand beside the query above words that are common everywhere', () => {
		const paragraphs = [
			...Array.from({ length: 6 }, () => 'The nuclear talks resumed in Vienna while ministers waited.'),
			...Array.from({ length: 6 }, () => 'Ministers discussed trade and tourism and ministers agreed on budgets.')
		];
		const ranked = rankCollocates(tallyOf(paragraphs, ['talks']));
		expect(ranked[0].word).toBe('nuclear');
		expect(ranked.map((c) => c.word)).toContain('vienna');
		// "ministers" stands near the query as often as elsewhere relative to the text: not company kept.
		expect(ranked.map((c) => c.word)).not.toContain('ministers');
	});

	it('counts a word near only within the span, and never the query words or function words', () => {
		const far = Array.from({ length: SPAN + 1 }, (_, k) => `filler${'x'.repeat(k + 1)}`).join(' ');
		const tally = tallyOf([`oman ${far} distant`, `oman ${far} distant`], ['oman']);
		expect(tally.near.get('distant')).toBeUndefined();
		expect(tally.all.get('distant')).toBe(2);
		expect(tally.all.has('oman')).toBe(false);
		expect(tallyOf(['the oman of'], ['oman']).allWords).toBe(0);
		expect(tally.matches).toBe(2);
	});

	it('lists no word seen beside the query only once', () => {
		const ranked = rankCollocates(tallyOf(['Oman hosted talks.', 'Oman hosted a fair.', 'A rare visit to Oman.'], ['oman']));
		expect(ranked.map((c) => c.word)).toEqual(['hosted']);
		expect(ranked[0]).toMatchObject({ near: 2, all: 2 });
	});
});
