import { describe, expect, it } from 'vitest';
import { BundleChanged } from '../corpus/bundle';
import { createEngine } from './engine';
import { BODY_START, LEAD_START } from './postings';
import { TokenIndex, buildTokenIndex } from './token-index';

const docs = [
	{ title: 'Iran and Iraq', paragraphs: ['Talks in Baghdad.', 'Oil was discussed.'], place: 'Tehran', code: '85000001' },
	{ title: 'Oil prices', paragraphs: ['Prices rose, oil fell.'], place: '', code: '' },
	{ title: 'Kyrgyz envoy', paragraphs: ['Bishkek and Tehran.', 'Oil, again.'], place: 'Bishkek', code: '85000003' }
];

function postings(index: TokenIndex, word: string): [number, number[]][] {
	const out: [number, number[]][] = [];
	index.eachPosting(index.words.indexOf(word), (doc, positions, count) => out.push([doc, Array.from(positions.subarray(0, count))]));
	return out;
}

function short(index: TokenIndex, field: 'place' | 'code', word: string): number[] {
	const out: number[] = [];
	index.eachShort(field, index.words.indexOf(word), (doc) => out.push(doc));
	return out;
}

describe('the token index', () => {
	const index = new TokenIndex(buildTokenIndex(docs));

	it('round-trips every word, sorted, with each article it occurs in and its positions there', () => {
		expect(index.docCount).toBe(3);
		expect(index.words).toEqual([...index.words].sort());
		// "oil": doc 0 in its second paragraph, doc 1 in the title and the lead, doc 2 in its second
		// paragraph; each field starts at its own place, so a position says its field.
		expect(postings(index, 'oil')).toEqual([
			[0, [BODY_START]],
			[1, [0, LEAD_START + 2]],
			[2, [BODY_START]]
		]);
	});

	it('records how long the articles are on average', () => {
		expect(index.averageLength).toBeCloseTo((9 + 6 + 7) / 3);
	});

	it('keeps the dateline place and the news code as fields of their own', () => {
		expect(short(index, 'place', 'tehran')).toEqual([0]);
		expect(short(index, 'place', 'bishkek')).toEqual([2]);
		expect(short(index, 'code', '85000003')).toEqual([2]);
		expect(postings(index, 'tehran').map(([d]) => d)).toEqual([2]);
	});

	it('reads an index that does not start at the beginning of its buffer', () => {
		const bytes = buildTokenIndex(docs);
		const padded = new Uint8Array(bytes.length + 3);
		padded.set(bytes, 3);
		const shifted = new TokenIndex(padded.subarray(3));
		expect(postings(shifted, 'bishkek')).toEqual([[2, [LEAD_START]]]);
	});

	it('carries the build it was made for, and an engine refuses an index of another build', () => {
		expect(new TokenIndex(buildTokenIndex(docs, 'ws1-aaaaaaaaaaa')).build).toBe('ws1-aaaaaaaaaaa');
		expect(index.build).toBe('');
		expect(() => createEngine(buildTokenIndex(docs, 'ws1-aaaaaaaaaaa'), 'ws1-bbbbbbbbbbb')).toThrow(BundleChanged);
		expect(() => createEngine(buildTokenIndex(docs, 'ws1-aaaaaaaaaaa'), 'ws1-aaaaaaaaaaa')).not.toThrow();
	});

	it('refuses bytes that are not an index of this version', () => {
		expect(() => new TokenIndex(new Uint8Array(64))).toThrow(/not a wirescope search index/);
	});
});
