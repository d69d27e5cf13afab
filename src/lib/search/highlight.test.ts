import { describe, expect, it } from 'vitest';
import { bestPassage, layerSegments, snippet, toSegments, wordRanges } from './highlight';

describe('toSegments', () => {
	it('marks matched ranges and keeps the rest as plain text', () => {
		expect(toSegments('Iran and Kyrgyzstan', [[9, 19]])).toEqual([
			{ text: 'Iran and ', mark: false },
			{ text: 'Kyrgyzstan', mark: true }
		]);
	});

	it('merges overlapping and unsorted ranges and ignores ranges outside the text', () => {
		const segs = toSegments('abcdefgh', [
			[4, 6],
			[1, 3],
			[2, 5],
			[20, 30]
		]);
		expect(segs).toEqual([
			{ text: 'a', mark: false },
			{ text: 'bcdef', mark: true },
			{ text: 'gh', mark: false }
		]);
		expect(segs.map((s) => s.text).join('')).toBe('abcdefgh');
	});

	it('keeps markup in the text as characters', () => {
		expect(
			toSegments('<script>x</script>', [[8, 9]])
				.map((s) => s.text)
				.join('')
		).toBe('<script>x</script>');
	});
});

describe('snippet', () => {
	it('shows the words around a match deep in a long paragraph, with ellipses', () => {
		const text = `${'word '.repeat(100)}narcotics ${'tail '.repeat(100)}`;
		const start = text.indexOf('narcotics');
		const segs = snippet(text, [[start, start + 9]]);
		expect(segs[0].text).toBe('…');
		expect(segs.at(-1)!.text).toBe('…');
		expect(segs.find((s) => s.mark)?.text).toBe('narcotics');
	});
});

describe('layerSegments', () => {
	it('marks search matches and country mentions, including where they overlap', () => {
		const segs = layerSegments(
			'Iran and Kyrgyzstan',
			[[9, 13]],
			[
				{ start: 9, end: 19, code: 'KG' },
				{ start: 0, end: 4, code: 'IR' }
			]
		);
		expect(segs).toEqual([
			{ text: 'Iran', match: false, country: 'IR' },
			{ text: ' and ', match: false, country: null },
			{ text: 'Kyrg', match: true, country: 'KG' },
			{ text: 'yzstan', match: false, country: 'KG' }
		]);
	});
});

describe('wordRanges', () => {
	it('finds whole words case-insensitively, not parts of longer words', () => {
		expect(wordRanges('Iran and IRAN’s Iranian ties', new Set(['iran']))).toEqual([
			[0, 4],
			[9, 13]
		]);
	});
});

describe('bestPassage', () => {
	it('finds the stretch of text where the most different matched words stand together', () => {
		const text = `Oil was mentioned first. ${'Filler words go on here. '.repeat(12)}Later the oil exports of Kyrgyzstan rose.`;
		const ranges = wordRanges(text, new Set(['oil', 'exports', 'kyrgyzstan']));
		const best = bestPassage(text, ranges);
		expect(best.words).toBe(3);
		expect(text.slice(best.focus, best.focus + 3)).toBe('oil');
		const shown = snippet(text, ranges, best.focus)
			.map((s) => s.text)
			.join('');
		expect(shown).toContain('oil exports of Kyrgyzstan');
	});

	it('copes with an article that repeats one word a hundred thousand times', () => {
		const text = 'Iran '.repeat(100_000);
		const ranges = wordRanges(text, new Set(['iran']));
		expect(bestPassage(text, ranges).words).toBe(1);
		expect(snippet(text, ranges).length).toBeGreaterThan(0);
	});
});

describe('layerSegments on a hostile article', () => {
	it('cuts a paragraph that repeats one word 100,000 times, every one a match and a mention', () => {
		const text = 'Iran '.repeat(100_000);
		const ranges = wordRanges(text, new Set(['iran']));
		const mentions = ranges.map(([start, end]) => ({ start, end, code: 'IR' }));
		const segs = layerSegments(text, ranges, mentions);
		expect(segs).toHaveLength(200_000);
		expect(segs[0]).toEqual({ text: 'Iran', match: true, country: 'IR' });
		expect(segs[1]).toEqual({ text: ' ', match: false, country: null });
	});
});
