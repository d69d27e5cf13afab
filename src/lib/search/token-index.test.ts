import { describe, expect, it } from 'vitest';
import { TokenIndex, buildTokenIndex } from './token-index';

const docs = [
	{ title: 'Iran and Iraq', lead: 'Talks in Baghdad.', names: ['Iran', 'Iraq'], body: ['Talks in Baghdad.', 'Oil was discussed.'] },
	{ title: 'Oil prices', lead: 'Prices rose.', names: [], body: ['Prices rose.'] },
	{ title: 'Kyrgyz envoy', lead: 'Bishkek and Tehran.', names: ['Kyrgyzstan', 'Iran'], body: ['Bishkek and Tehran.', 'Oil, again.'] }
];

function docsOf(index: TokenIndex, group: 'title' | 'lead' | 'names' | 'all', word: string): number[] {
	const best = new Float32Array(index.docCount);
	index.maxInto(group, index.words.indexOf(word), best, 1);
	return [...best.keys()].filter((d) => best[d] > 0);
}

describe('the token index', () => {
	const index = new TokenIndex(buildTokenIndex(docs));

	it('round-trips every word, sorted, with the articles of each field group', () => {
		expect(index.docCount).toBe(3);
		expect(index.words).toEqual([...index.words].sort());
		expect(docsOf(index, 'all', 'oil')).toEqual([0, 1, 2]);
		expect(docsOf(index, 'title', 'oil')).toEqual([1]);
		expect(docsOf(index, 'names', 'iran')).toEqual([0, 2]);
		expect(docsOf(index, 'lead', 'bishkek')).toEqual([2]);
	});

	it('reads an index that does not start at the beginning of its buffer', () => {
		const bytes = buildTokenIndex(docs);
		const padded = new Uint8Array(bytes.length + 3);
		padded.set(bytes, 3);
		const shifted = new TokenIndex(padded.subarray(3));
		expect(docsOf(shifted, 'all', 'tehran')).toEqual([2]);
	});

	it('refuses bytes that are not an index', () => {
		expect(() => new TokenIndex(new Uint8Array(64))).toThrow(/not a wirescope search index/);
	});
});
