import { describe, expect, it } from 'vitest';
import { BundleChanged } from '../corpus/bundle';
import { synthCorpus } from '../corpus/synth-corpus';
import { toIndexedText } from './documents';
import { SearchEngine, type SearchResult } from './engine';
import { isNumber, shardIndex, type IndexFiles } from './index-shards';
import { ShardedIndex, type ShardNeed } from './sharded-index';
import { TokenIndex, buildTokenIndex } from './token-index';
import { LEADING } from './rank';
import { engineFor } from './test-corpus';
import { tokenize } from './tokens';

const articles = synthCorpus(400);
const { engine: whole } = engineFor(articles);
const texts = articles.map(toIndexedText);
const tokens = new TokenIndex(buildTokenIndex(texts, 'build-a'));

/** The file a need names. */
function fileOf(files: IndexFiles, need: ShardNeed): Uint8Array {
	const byKind = { count: files.counts, pos: files.positions, num: files.numbers, pair: files.pairs, pairPos: files.pairPositions };
	return byKind[need.kind][need.shard];
}

/** A sharded engine over `files`, and a search that fetches shards as a worker does, counting them. */
function shardedEngine(files: IndexFiles) {
	const index = new ShardedIndex(files.head, 'build-a');
	const engine = new SearchEngine(index);
	const fetched: ShardNeed[] = [];
	const search = (query: string): SearchResult | null => {
		let result = engine.search(query);
		for (let needs = index.needed(); needs.length; needs = index.needed()) {
			for (const need of needs) {
				fetched.push(need);
				index.add(need, fileOf(files, need));
			}
			result = engine.search(query);
		}
		return result;
	};
	return { index, engine, search, fetched };
}

/** Queries of every kind the syntax has, made of this corpus's own words. */
function queriesOf(words: string[]): string[] {
	const long = words.filter((w) => /^[a-z]{7,}$/.test(w)).slice(0, 12);
	const [a, b, c, d] = long;
	const typo = (w: string) => `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`;
	return [
		a,
		typo(a),
		a.slice(0, 3),
		`${a} ${b.slice(0, 4)}`,
		`${a} ${b}`,
		`${typo(b)} ${c}`,
		`"${a} ${b}"`,
		`${a} OR ${d}`,
		`(${a} OR ${b}) AND ${c}`,
		`${a} -${b}`,
		`title:${c}`,
		`place:tehran`,
		'tehran iran',
		`${a} qzxjw`,
		'kirgizstn'
	];
}

describe('the sharded search index', () => {
	it('answers every kind of query as the whole index does, fetching shards as it goes', () => {
		const sharded = shardedEngine(shardIndex(texts, 24, 'build-a'));
		for (const q of queriesOf(tokens.words)) {
			const want = whole.search(q)!;
			const got = sharded.search(q)!;
			expect({ q, hits: Array.from(got.hits), scores: Array.from(got.scores) }).toEqual({
				q,
				hits: Array.from(want.hits),
				scores: Array.from(want.scores)
			});
			expect(got.partial).toEqual(want.partial);
			expect(got.suggestions).toEqual(want.suggestions);
			expect(got.words).toEqual(want.words);
		}
		expect(sharded.index.incomplete()).toBe(false);
	});

	it('finds a word and its typo neighbours when each lies in a shard of its own', () => {
		const texts = ['Sanctions on oil', 'Sanction relief', 'Sanctioned banks', 'Santions typo', 'Oil exports'].map((title, i) => ({
			title,
			paragraphs: [`Report number ${i} from the ministry.`],
			place: 'Tehran',
			code: ''
		}));
		// Far more shards than bytes per word: every word is in a file of its own.
		const files = shardIndex(texts, 4000, 'build-a');
		const index = new ShardedIndex(files.head, 'build-a');
		const engine = new SearchEngine(index);
		const fetched = new Set<number>();
		let result = engine.search('sanctoins ');
		for (let needs = index.needed(); needs.length; needs = index.needed()) {
			for (const need of needs) {
				fetched.add(need.shard);
				index.add(need, files.counts[need.shard]);
			}
			result = engine.search('sanctoins ');
		}
		expect(result!.words).toEqual(['sanctions', 'sanction', 'santions']);
		expect(Array.from(result!.hits).sort()).toEqual([0, 1, 3]);
		expect(fetched.size).toBe(3);
	});

	it('fetches one count shard for a one-word query, and a phrase of common words from their pairs', () => {
		const files = shardIndex(texts, 24, 'build-a');
		const sharded = shardedEngine(files);
		const word = tokens.words.find((w) => /^[a-z]{4}$/.test(w) && !/^(tehran|iran)$/.test(w))!;
		sharded.search(`${word} `);
		expect(sharded.fetched).toHaveLength(1);
		expect(sharded.fetched[0].kind).toBe('count');
		const before = sharded.fetched.length;
		const phrase = tokenize(texts[3].paragraphs[0]).slice(2, 5).join(' ');
		expect(sharded.search(`"${phrase}"`)!.hits.length).toBeGreaterThan(0);
		// Three words: two pairs, each with the positions that join them.
		expect(
			sharded.fetched
				.slice(before)
				.map((n) => n.kind)
				.sort()
		).toEqual(['pair', 'pair', 'pairPos', 'pairPos']);
	});

	it("reads a phrase from pairs of common words and positions of uncommon ones, finding what every word's positions find", () => {
		const lines = [
			'The free trade agreement was signed in Tehran',
			'A free trade zone opened near the port',
			'Talks on the agreement on free trade resumed',
			'Envoy Zorblax Quintar signed the free trade agreement',
			'The zone was signed off',
			'Ministers met in the port',
			'Trade free of tariffs was agreed'
		];
		const texts = lines.map((line, i) => ({
			title: `Report ${i}`,
			paragraphs: [line, 'The free trade agreement was praised.'.repeat(i % 2)],
			place: i === 5 ? 'New York' : 'Tehran',
			code: ''
		}));
		const whole = new SearchEngine(new TokenIndex(buildTokenIndex(texts, 'build-a')));
		for (const q of [
			'"free trade agreement"',
			'"zorblax quintar signed"',
			'"envoy zorblax quintar"',
			'"new york"',
			'"trade free"',
			'"the free trade agreement was"',
			'"free trade" agreement',
			'"signed the free"'
		]) {
			const sharded = shardedEngine(shardIndex(texts, 5, 'build-a'));
			const want = whole.search(q)!;
			const got = sharded.search(q)!;
			expect({ q, hits: Array.from(got.hits), scores: Array.from(got.scores) }).toEqual({
				q,
				hits: Array.from(want.hits),
				scores: Array.from(want.scores)
			});
			const kinds = new Set(sharded.fetched.map((n) => n.kind));
			// Zorblax and Quintar are in one article each: their pair is read from their positions; a
			// phrase and a word need positions for their proximity.
			expect({ q, positions: kinds.has('pos') }).toEqual({ q, positions: q.includes('zorblax quintar') || !q.endsWith('"') });
		}
		expect(whole.search('"free trade agreement"')!.hits).toHaveLength(4);
		expect(whole.search('"new york"')!.hits).toHaveLength(1);
	});

	it('places the leading articles of words that stand together from their pairs, with no positions, as their positions place them', () => {
		const filler = 'Officials met on Monday to review the plans. The talks lasted several hours.';
		const texts = [
			...Array.from({ length: LEADING + 100 }, (_, k) => [`Report ${k}`, `${filler} The railway link opened.`]),
			...Array.from({ length: 100 }, (_, k) => [`Railway plans ${k}`, `${filler} A link road opened.`]),
			...Array.from({ length: 50 }, (_, k) => [`Link of railway ${k}`, `${filler} Railway men link arms.`])
		].map(([title, lead]) => ({ title, paragraphs: [lead], place: 'Tehran', code: '' }));
		const whole = new SearchEngine(new TokenIndex(buildTokenIndex(texts, 'build-a')));
		const files = shardIndex(texts, 40, 'build-a');
		// Whether the words' positions are fetched, and the pairs' (a phrase or words of two need none).
		for (const [q, positions, pairPositions] of [
			['railway link', false, false],
			['"railway link"', false, false],
			['railway link opened', false, true],
			['link railway', true, false],
			['"railway link" opened', false, true]
		] as const) {
			const sharded = shardedEngine(files);
			const want = whole.search(q)!;
			const got = sharded.search(q)!;
			expect({ q, hits: Array.from(got.hits), scores: Array.from(got.scores) }).toEqual({
				q,
				hits: Array.from(want.hits),
				scores: Array.from(want.scores)
			});
			expect({ q, positions: sharded.fetched.some((n) => n.kind === 'pos') }).toEqual({ q, positions });
			expect({ q, pairPositions: sharded.fetched.some((n) => n.kind === 'pairPos') }).toEqual({ q, pairPositions });
			// "railway link", in most articles, is a pair shard of its own, past the 40 buckets.
			if (q === 'railway link') expect(sharded.fetched.filter((n) => n.kind === 'pair').map((n) => n.shard >= 40)).toEqual([true]);
		}
	});

	it('fetches a small share of the index for a query', () => {
		const files = shardIndex(texts, 24, 'build-a');
		const sharded = shardedEngine(files);
		const total = [...files.counts, ...files.positions].reduce((s, f) => s + f.length, 0);
		const [a, b] = tokens.words.filter((w) => /^[a-z]{8,}$/.test(w));
		sharded.search(`${a} ${b}`);
		const bytes = sharded.fetched.reduce((s, n) => s + fileOf(files, n).length, 0);
		expect(bytes).toBeGreaterThan(0);
		expect(bytes).toBeLessThan(total / 4);
	});

	it('refuses a shard of another build, and says when a file is not a shard at all', () => {
		const files = shardIndex(texts, 8, 'build-a');
		const other = shardIndex(texts, 8, 'build-b');
		const index = new ShardedIndex(files.head, 'build-a');
		expect(() => index.add({ kind: 'count', shard: 0 }, other.counts[0])).toThrow(BundleChanged);
		expect(() => new ShardedIndex(other.head, 'build-a')).toThrow(BundleChanged);
		const page = new TextEncoder().encode('<!doctype html><title>Sign in to the network</title>');
		expect(() => index.add({ kind: 'count', shard: 0 }, page)).toThrow(/damaged or not a wirescope file/);
		expect(() => index.add({ kind: 'pos', shard: 0 }, files.positions[0].subarray(0, 20))).toThrow(/cut short/);
	});

	it('keeps every shard, the last ones empty, when the corpus has fewer words than shards', () => {
		const files = shardIndex(texts, tokens.words.length + 5, 'build-a');
		expect(files.counts).toHaveLength(tokens.words.length + 5);
		const index = new ShardedIndex(files.head);
		index.add({ kind: 'count', shard: tokens.words.length + 4 }, files.counts[tokens.words.length + 4]);
		expect(index.words).toEqual(tokens.words.filter((w) => !isNumber(w)));
	});

	it('keeps the numbers out of the head, and finds them, news codes and numbers begun or ended with by their tables', () => {
		const files = shardIndex(texts, 24, 'build-a');
		const numbers = tokens.words.filter(isNumber);
		expect(numbers.length).toBeGreaterThan(100);
		const sharded = shardedEngine(files);
		expect(sharded.index.words.some(isNumber)).toBe(false);
		const code = articles.find((a) => a.newsCode)!.newsCode!;
		const long = numbers.filter((n) => n.length >= 6);
		for (const q of [
			numbers[numbers.length >> 1],
			code,
			`code:${code}`,
			`${long[3]} ${tokens.words.find((w) => /^[a-z]{6,}$/.test(w))}`,
			`^${long[5].slice(0, 3)}`,
			`${long[7].slice(-3)}$`,
			'999999999999'
		]) {
			const want = whole.search(q)!;
			const got = sharded.search(q)!;
			expect({ q, hits: Array.from(got.hits), scores: Array.from(got.scores), words: got.words }).toEqual({
				q,
				hits: Array.from(want.hits),
				scores: Array.from(want.scores),
				words: want.words
			});
		}
		expect(sharded.fetched.some((n) => n.kind === 'num')).toBe(true);
		expect(sharded.index.incomplete()).toBe(false);
	});

	it('finds a number whatever the table it falls in, when there are more tables than numbers', () => {
		const texts = ['Budget 2019 passed', 'Budget 2020 cut', 'Code 85012345 filed'].map((title) => ({
			title,
			paragraphs: ['Text.'],
			place: '',
			code: ''
		}));
		const files = shardIndex(texts, 50, 'build-a');
		const sharded = shardedEngine(files);
		expect(Array.from(sharded.search('2020')!.hits)).toEqual([1]);
		expect(Array.from(sharded.search('85012345')!.hits)).toEqual([2]);
		expect(Array.from(sharded.search('^20')!.hits).sort()).toEqual([0, 1]);
		expect(sharded.search('2021')!.hits).toHaveLength(0);
	});
});
