import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance, Vocabulary } from './words';

describe('allowedTypos', () => {
	it('forgives none up to four letters, one up to eight, two from nine, none in numbers', () => {
		expect(['iran', 'oman', 'kyrgz', 'interior', 'narcotics', 'kyrgyzstan', '2019', 'g20'].map(allowedTypos)).toEqual([
			0, 0, 1, 1, 2, 2, 0, 0
		]);
	});
});

describe('editDistance', () => {
	it('counts inserts, deletes, substitutions and a swap of neighbours as one edit each', () => {
		expect(editDistance('interor', 'interior', 2)).toBe(1);
		expect(editDistance('kyrgzystan', 'kyrgyzstan', 2)).toBe(1);
		expect(editDistance('kirgizstan', 'kyrgyzstan', 2)).toBe(2);
		expect(editDistance('tehran', 'tehran', 1)).toBe(0);
	});

	it('stops at the limit', () => {
		expect(editDistance('interor', 'international', 2)).toBe(3);
		expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
	});
});

describe('Vocabulary', () => {
	const vocabulary = new Vocabulary(['interests', 'interior', 'interiors', 'international', 'kyrgyz', 'kyrgyzstan'].sort());
	const words = (vs: { word: number }[]) => vs.map((v) => vocabulary.words[v.word]);
	const volume = () => 1;

	it('matches whole words within the typos the length allows, never fragments of longer words', () => {
		expect(words(vocabulary.variants('interor', 'word', false, volume, Infinity))).toEqual(['interior']);
	});

	it('also matches the words that the word being typed begins', () => {
		expect(words(vocabulary.variants('kyrgyz', 'word', true, volume, Infinity))).toEqual(['kyrgyz', 'kyrgyzstan']);
		expect(words(vocabulary.variants('kyrgyz', 'word', false, volume, Infinity))).toEqual(['kyrgyz']);
	});

	it('keeps the completions of a short start within a budget, most used first', () => {
		const used = (w: number) => (vocabulary.words[w] === 'international' ? 10 : vocabulary.words[w] === 'interests' ? 3 : 1);
		// Two letters: only what fits; the most used word is too large.
		expect(words(vocabulary.variants('in', 'word', true, used, 4))).toEqual(['interests', 'interior']);
		// From three letters on, the most used always comes, then what still fits.
		expect(words(vocabulary.variants('int', 'word', true, used, 4))).toEqual(['international']);
	});
});
