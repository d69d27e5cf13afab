import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/parse';
import { toSearchDoc } from './documents';
import { createSearch, splitExclusions, toWordRanges } from './engine';

const seed = (() => {
	const r = parseArticle({ file: 'seed.txt', bytes: new Uint8Array(readFileSync('seeds/000_a0474dc1596c8efe.txt')) });
	if (!('article' in r)) throw new Error('seed rejected');
	return r.article;
})();

function other(title: string, body: string) {
	return { ...seed, id: title, title, paragraphs: [body], countries: [], dateline: null };
}

const articles = [other('Oil exports rise', 'Oil exports rose in March, the ministry said.'), seed, other('Wheat harvest begins', 'Farmers began the wheat harvest early.')];
const search = createSearch(articles.map(toSearchDoc));
const titles = (q: string) => (search(q) ?? []).map((h) => articles[h.i].title);

describe('createSearch', () => {
	it('finds the seed by a demonym, a typo and a word deep in its body', () => {
		for (const q of ['Kyrgyz', 'Kyrgystan', 'narcotcs', 'Junushaliev']) expect(titles(q)[0], q).toBe(seed.title);
	});

	it('ranks a title match above body matches', () => {
		expect(titles('wheat')[0]).toBe('Wheat harvest begins');
	});

	it('supports the extended syntax: exact, exclusion, prefix', () => {
		expect(titles("'harvest")).toEqual(['Wheat harvest begins']);
		expect(titles('!Kyrgyzstan').includes(seed.title)).toBe(false);
		expect(titles('^Oil')).toEqual(['Oil exports rise']);
	});

	it('returns null for an empty query: no search filter at all', () => {
		expect(search('   ')).toBeNull();
	});

	it('marks whole words, not the scattered letters a fuzzy pattern matched', () => {
		const hit = search('Kyrgystan')![0];
		const p = hit.matches.find((m) => m.field === 'paragraph')!;
		const words = p.ranges.map(([s, e]) => seed.paragraphs[p.index].slice(s, e));
		expect(words.every((w) => /^(Kyrgyzstan|Kyrgyz)/.test(w))).toBe(true);
	});
});

describe('toWordRanges', () => {
	it('grows ranges to word boundaries and merges those that meet', () => {
		expect(toWordRanges('Iran and Kyrgyzstan', [[9, 13], [15, 18]])).toEqual([[9, 19]]);
	});
});

describe('splitExclusions', () => {
	it('takes plain !terms out of the query and leaves Fuse the rest', () => {
		expect(splitExclusions('Iran !Israel ^Oil !^The')).toEqual({ positive: 'Iran ^Oil !^The', excluded: ['israel'] });
	});

	it('keeps only articles that never say an excluded word', () => {
		expect(titles('!wheat !oil')).toEqual([seed.title]);
	});
});
