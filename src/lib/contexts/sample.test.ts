import { describe, expect, it } from 'vitest';
import { MAX_KEY_WORDS } from './kwic';
import {
	emptySample,
	moreToRead,
	READ_CHARS,
	readArticle,
	sameResults,
	sameWords,
	SAMPLE_MAX,
	stillReading,
	type Contexts
} from './sample';

describe('readArticle', () => {
	it('gives an article’s lines and counts its words for the collocates', () => {
		const sample = emptySample();
		readArticle(sample, { id: 'a3', paragraphs: ['Oman hosted the talks.', 'Talks in Oman went on.'] }, new Set(['oman']), 3, 0);
		expect(sample.lines.map((l) => [l.index, l.paragraph, l.key])).toEqual([
			[3, 0, 'Oman'],
			[3, 1, 'Oman']
		]);
		expect(sample.tally.matches).toBe(2);
		expect(sample.tally.near.get('talks')).toBe(2);
		expect(sample.read).toBe(1);
	});

	it('reads only the start of a capture of megabytes, not a line for each of its words', () => {
		const sample = emptySample();
		readArticle(sample, { id: 'a0', paragraphs: ['oman '.repeat(400_000), 'oman at the end'] }, new Set(['oman']), 0, 0);
		expect(sample.lines.length).toBe(READ_CHARS / 5 / MAX_KEY_WORDS);
		expect(sample.lines[0].key).toBe(Array(MAX_KEY_WORDS).fill('oman').join(' '));
		expect(sample.lines.every((l) => l.paragraph === 0)).toBe(true);
	});
});

describe('sameResults', () => {
	it('holds results equal as far as they were read, in a new list or the same', () => {
		const a = Int32Array.from([5, 3, 9, 1]);
		expect(sameResults(a, a, 4)).toBe(true);
		expect(sameResults(a, Int32Array.from([5, 3, 9, 1]), 4)).toBe(true);
		expect(sameResults(a, Int32Array.from([5, 3, 2, 1]), 2)).toBe(true);
		expect(sameResults(a, Int32Array.from([5, 3, 2, 1]), 3)).toBe(false);
		expect(sameResults(a, Int32Array.from([5, 3, 9]), 2)).toBe(false);
	});

	it('holds matched words equal by their words', () => {
		expect(sameWords(new Set(['oman', 'port']), new Set(['port', 'oman']))).toBe(true);
		expect(sameWords(new Set(['oman']), new Set(['oman', 'port']))).toBe(false);
	});
});

describe('stillReading and moreToRead', () => {
	const at = (patch: Partial<Contexts>): Contexts => ({
		serial: 1,
		rows: [],
		words: new Set(),
		size: 50,
		read: 50,
		missing: 0,
		lines: [],
		collocates: [],
		matches: 0,
		nearWords: 0,
		error: null,
		...patch
	});

	it('offers more results only once a reading is done, without an error, short of the results and the cap', () => {
		expect(stillReading(at({ read: 20 }))).toBe(true);
		expect(moreToRead(at({ read: 20 }), 500)).toBe(false);
		expect(moreToRead(at({}), 500)).toBe(true);
		expect(moreToRead(at({}), 50)).toBe(false);
		expect(moreToRead(at({ read: 20, error: 'HTTP 503' }), 500)).toBe(false);
		expect(stillReading(at({ read: 20, error: 'HTTP 503' }))).toBe(false);
		expect(moreToRead(at({ size: SAMPLE_MAX, read: SAMPLE_MAX }), 5_000)).toBe(false);
		expect(moreToRead(null, 500)).toBe(false);
	});
});
