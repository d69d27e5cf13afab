import { describe, expect, it } from 'vitest';
import { articleTerms } from './extract';

const terms = (title: string, ...paragraphs: string[]) => articleTerms(title, paragraphs);

describe('the terms of an article', () => {
	it('keeps names whole, as printed, trimmed of the words around them', () => {
		const { counts, names } = terms(
			'Zarif meets Guterres',
			'The Foreign Minister Mohammad Javad Zarif met the head of the United Nations in New York.'
		);
		expect(counts.get('mohammad javad zarif')).toBe(1);
		expect(names.get('mohammad javad zarif')).toBe('Mohammad Javad Zarif');
		expect(names.get('foreign minister')).toBe('Foreign Minister');
		expect(names.get('united nations')).toBe('United Nations');
		expect(names.get('new york')).toBe('New York');
		// A name's words are not counted again on their own.
		expect(counts.has('zarif')).toBe(true); // from the title, where it stands alone
		expect(counts.has('javad')).toBe(false);
	});

	it('counts words and two-word phrases of the rest, stopwords out, within punctuation', () => {
		const { counts } = terms('', 'He said nuclear talks would resume, and nuclear talks matter. Talks ended.');
		expect(counts.get('nuclear talks')).toBe(2);
		expect(counts.get('nuclear')).toBe(2);
		expect(counts.get('talks')).toBe(3);
		expect(counts.has('said')).toBe(false);
		expect(counts.has('would')).toBe(false);
		// No phrase across a comma or a sentence's end.
		expect(counts.has('resume nuclear')).toBe(false);
		expect(counts.has('matter talks')).toBe(false);
		// Nor of a capitalised word and the next.
		expect(terms('', 'Officials in Syria welcomed the plan.').counts.has('syria welcomed')).toBe(false);
	});

	it('reads a Title Case headline as words, not as one long name', () => {
		const { counts } = terms('Zarif Meets Guterres In New York To Discuss Sanctions');
		expect(counts.get('sanctions')).toBe(1);
		expect(counts.get('guterres')).toBe(1);
		expect([...counts.keys()].some((k) => k.startsWith('meets guterres in'))).toBe(false);
	});

	it('reads possessives and curly apostrophes as the word itself', () => {
		const { counts } = terms('', "the region’s security and the region's economy");
		expect(counts.get('region')).toBe(2);
		expect(counts.get('region security')).toBe(1);
	});

	it('ignores numbers and words shorter than three letters', () => {
		const { counts } = terms('', 'In 2019 oil 60 dollars per barrel, up 5 pc');
		expect([...counts.keys()].sort()).toEqual(['barrel', 'dollars', 'oil']);
	});
});
