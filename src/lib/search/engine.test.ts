import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../corpus/corpus';
import { FUSE_OPTIONS, mergeResults } from './engine';
import { rankingQuery, parseQuery } from './query';
import { engineFor, synthCorpus } from './test-corpus';

const enc = (s: string) => new TextEncoder().encode(s);
const { corpus } = parseCorpus([
	{ file: 'seed.txt', bytes: new Uint8Array(readFileSync('seeds/000_a0474dc1596c8efe.txt')) },
	{ file: 'oil.txt', bytes: enc('Mar 2, 2020, 8:55 PM\nOil exports rise\n\nTehran, IRNA – Oil exports rose in March, the ministry said.') },
	{ file: 'wheat.txt', bytes: enc('Mar 3, 2020, 8:55 PM\nWheat harvest begins\n\nTehran, IRNA – Farmers began the wheat harvest early in Oman.') }
]);
const { metas, engine } = engineFor(corpus.articles);
const titles = (q: string) => Array.from(engine.search(q)?.hits ?? [], (i) => metas[i].title);
const SEED = 'Iran seeking peace and stability for entire region';

describe('SearchEngine', () => {
	it('finds the seed by a demonym, typos and a word deep in its body', () => {
		for (const q of ['Kyrgyz', 'Kyrgystan', 'narcotcs', 'Junushaliev', 'Bishkek']) expect(titles(q)[0], q).toBe(SEED);
	});

	it('ranks a title match above body matches', () => {
		expect(titles('wheat')[0]).toBe('Wheat harvest begins');
	});

	it('supports the extended syntax: exact, exclusion, prefix, alternatives', () => {
		expect(titles("'harvest")).toEqual(['Wheat harvest begins']);
		expect(titles('!Kyrgyzstan')).not.toContain(SEED);
		expect(titles('!wheat !oil')).toEqual([SEED]);
		expect(titles('^Oil')).toEqual(['Oil exports rise']);
		expect(titles('wheat | exports').slice(0, 2).sort()).toEqual(['Oil exports rise', 'Wheat harvest begins']);
	});

	it('returns null for an empty query and the matched corpus words for highlighting', () => {
		expect(engine.search('   ')).toBeNull();
		expect(engine.search('narcotcs')!.words).toContain('narcotics');
	});
});

/** Prefixes and one- or two-letter typos of words the synthetic corpus uses, plus multi-word queries. */
const QUERIES = [
	'railway', 'railwya', 'rail', 'pipeline', 'pipelnie', 'pipe', 'narcotics', 'narcotcs', 'narc', 'Kyrgyzstan', 'Kyrgystan', 'Kyrg',
	'Kazakh', 'Kazak', 'Tajikistan', 'Tajikstan', 'Venezuela', 'Venezeula', 'Ven', 'Pakistan', 'Pakistn', 'Azerbaijan', 'Azerbaidjan',
	'Afghanistan', 'Afganistan', 'Indonesia', 'Indonasia', 'Malaysia', 'Malaysa', 'Brazil', 'Brasil', 'Egypt', 'Egipt', 'Austria', 'Austira',
	'Tehran', 'Tehrna', 'Baghdad', 'Bagdad', 'Beijing', 'Bejing', 'Moscow', 'Moskow', 'Damascus', 'Damscus', 'Yerevan', 'Yervan',
	'wheat', 'wheta', 'barley', 'barely', 'tourists', 'tourits', 'earthquake', 'earthquke', 'scholarships', 'scolarships', 'Chabahar', 'Chabhar',
	'electricity', 'electrcity', 'banking', 'bankng', 'security pact', 'gas exports', 'free trade', 'border market', 'water sharing',
	'Tavakoli', 'Tavakol', 'Farahani', 'Farahni', 'Moradi', 'Moradi Iran', 'Ebrahimi', 'Ebrahmi', 'Rostami', 'Kazemi', 'Karimi',
	'Iran Iraq', 'Russia China', 'Japan', 'Japn', 'Germany', 'Germny', 'France', 'Frnace', 'Qatar', 'Qatr', 'Oman', 'Lebanon', 'Lebnon',
	'Armenia', 'Armnia', 'Turkey', 'Turky', 'India', 'Inda', 'South Africa', 'Syria', 'Syira', 'Kuwait', 'Kuwiat', 'Cairo', 'Ankara',
	"'railway", '^Iran', '=Iran', 'tourism !Oman'
];

describe('warmUpQueries', () => {
	it("makes typing-shaped queries from the corpus's own frequent words, and each one runs", () => {
		const queries = engine.warmUpQueries();
		expect(queries.length).toBeGreaterThan(0);
		expect(queries.some((q) => q.length === 1)).toBe(true);
		expect(queries.some((q) => q.includes(' !'))).toBe(true);
		for (const q of queries) expect(() => engine.search(q)).not.toThrow();
	});

	it('makes none for a corpus without words', () => {
		expect(engineFor([]).engine.warmUpQueries()).toEqual([]);
	});
});

describe('mergeResults', () => {
	it("interleaves two result lists by score, the second list's indices shifted by the offset", () => {
		const a = { hits: Int32Array.of(4, 1, 7), scores: Float32Array.of(0.1, 0.3, 1.5) };
		const b = { hits: Int32Array.of(0, 2), scores: Float32Array.of(0.2, 0.3) };
		const merged = mergeResults(a, b, 10);
		expect([...merged.hits]).toEqual([4, 10, 1, 12, 7]);
		expect([...merged.scores]).toEqual([...Float32Array.of(0.1, 0.2, 0.3, 0.3, 1.5)]);
	});
});

describe('the fast path against plain Fuse.js over the same fields', () => {
	it('agrees on the top 10 for at least 98% of a fixed query set on 1,000 articles', () => {
		const articles = synthCorpus(1000);
		const { docs, engine: fast } = engineFor(articles);
		const plain = new Fuse(docs, FUSE_OPTIONS);
		const disagree: string[] = [];
		for (const q of QUERIES) {
			const parsed = parseQuery(q);
			const excluded = new Set(parsed.flat().filter((t) => t.op === 'not-include').map((t) => t.text));
			const want = plain
				.search(rankingQuery(parsed))
				.filter((r) => ![...excluded].some((x) => articles[r.item.i].paragraphs.join(' ').toLowerCase().includes(x) || r.item.title.toLowerCase().includes(x)))
				.slice(0, 10)
				.map((r) => r.item.i);
			const got = [...(fast.search(q)?.hits ?? new Int32Array()).subarray(0, want.length)];
			if (got.join() !== want.join()) disagree.push(q);
		}
		expect(QUERIES.length).toBeGreaterThanOrEqual(100);
		console.log(`top-10 agreement: ${QUERIES.length - disagree.length} of ${QUERIES.length} queries${disagree.length ? ` (differ: ${disagree.join(', ')})` : ''}`);
		expect(disagree.length / QUERIES.length, `disagreeing: ${disagree.join(', ')}`).toBeLessThanOrEqual(0.02);
	});
});
