import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../corpus/corpus';
import { mergeResults, QuerySyntaxError } from './engine';
import { LEADING } from './rank';
import { synthCorpus } from '../corpus/synth-corpus';
import { engineFor } from './test-corpus';

const enc = (s: string) => new TextEncoder().encode(s);

/** Articles from (title, body) pairs, dated a day apart, the first newest. */
function corpusOf(...articles: [string, string][]) {
	const files = articles.map(([title, body], k) => ({
		file: `${k}.txt`,
		bytes: enc(`Mar ${20 - k}, 2020, 8:55 PM\n${title}\n\nTehran, IRNA – ${body}`)
	}));
	const { corpus } = parseCorpus(files);
	const { metas, engine } = engineFor(corpus.articles);
	const titles = (q: string) => Array.from(engine.search(q)?.hits ?? [], (i) => metas[i].title);
	return { engine, titles };
}

const FILLER = 'Officials met on Monday to review the plans. The talks lasted several hours. Reporters waited outside.';

describe('the ranking rules', () => {
	it('lists only articles with every word of the query', () => {
		const { titles } = corpusOf(
			['Kyrgyz envoy visits', `The interior minister spoke. ${FILLER}`],
			['Kyrgyz farmers', FILLER],
			['Interior ministry report', FILLER]
		);
		expect(titles('Kyrgyz interior')).toEqual(['Kyrgyz envoy visits']);
	});

	it('ranks an exact word in the body above a one-typo match in a title', () => {
		const { titles } = corpusOf(
			['Smuggling routes closed', `${FILLER} Narcotic seizures rose.`],
			['Ports reopen', `${FILLER} Narcotics seizures rose.`]
		);
		expect(titles('narcotics')).toEqual(['Ports reopen', 'Smuggling routes closed']);
	});

	it('ranks words standing together above the same words apart', () => {
		const { titles } = corpusOf(
			['Budget approved', `The security council met. ${FILLER} The railway was discussed.`],
			['Budget approved again', `${FILLER} A railway security council was formed.`]
		);
		expect(titles('railway security council')[0]).toBe('Budget approved again');
	});

	it('orders the leading thousand articles by proximity, and past them those the other rules prefer', () => {
		// Past LEADING articles, proximity is not worked out: two words in a title and a body rank
		// above two words side by side in bodies on the attribute rule, but not in the lead.
		const articles = [
			...Array.from({ length: LEADING + 100 }, (_, k): [string, string] => [`Report ${k}`, `${FILLER} The railway link opened.`]),
			...Array.from({ length: 100 }, (_, k): [string, string] => [`Railway plans ${k}`, `${FILLER} A link road opened.`])
		];
		const files = articles.map(([title, body], k) => ({
			file: `${k}.txt`,
			bytes: enc(`Mar 1, 2020, 8:55 PM\n${title}\n\nTehran, IRNA – ${body}`)
		}));
		const { metas, engine } = engineFor(parseCorpus(files).corpus.articles);
		const result = engine.search('railway link')!;
		const titles = Array.from(result.hits, (i) => metas[i].title);
		expect(titles).toHaveLength(LEADING + 200);
		expect(titles.slice(0, LEADING).every((t) => t.startsWith('Report'))).toBe(true);
		expect(titles.slice(LEADING).filter((t) => t.startsWith('Railway'))).toHaveLength(100);
		// Still one order: verdicts never fall, so two engines' lists merge.
		expect(result.scores.every((s, k) => k === 0 || s >= result.scores[k - 1])).toBe(true);
	});

	it('takes a completion of the word being typed as a match but not as near: the word as typed stands nearer', () => {
		const { titles } = corpusOf(
			['Budget approved', `${FILLER} A tentative programme was drafted.`],
			['Budget approved again', `${FILLER} A tentative plan and a new trade program were drafted.`]
		);
		expect(titles('tentative program')).toEqual(['Budget approved again', 'Budget approved']);
		expect(titles('tentative programme')[0]).toBe('Budget approved');
	});

	it('places a word by every equally close spelling an article holds', () => {
		// "bordar" is one typo from both "border" and "bordas": the second stands by "customs".
		const { titles } = corpusOf(
			['Trade report', `The border was quiet. ${FILLER} Customs bordas were opened.`],
			['Trade report again', `${FILLER} Customs at the border were opened.`]
		);
		expect(titles('customs bordar')).toEqual(['Trade report', 'Trade report again']);
	});

	it('ranks a title match above the same words in the body', () => {
		const { titles } = corpusOf(['Ports reopen', `${FILLER} Wheat harvest begins.`], ['Wheat harvest begins', FILLER]);
		expect(titles('wheat harvest')).toEqual(['Wheat harvest begins', 'Ports reopen']);
	});

	it('ranks the article where the word weighs more above one where it is a passing mention', () => {
		const long = `${FILLER} ${FILLER} ${FILLER} Wheat was mentioned once. ${FILLER}`;
		const { titles } = corpusOf(['Ports reopen', long], ['Farm report', 'Wheat prices rose. Wheat exports fell.']);
		expect(titles('wheat')).toEqual(['Farm report', 'Ports reopen']);
	});

	it('breaks remaining ties newest first', () => {
		const { titles } = corpusOf(['Oil report one', FILLER], ['Oil report two', FILLER]);
		expect(titles('oil')).toEqual(['Oil report one', 'Oil report two']);
	});
});

describe('typos', () => {
	const { titles, engine } = corpusOf(
		['Kyrgyzstan and Iran sign deal', `The interior ministers met. ${FILLER}`],
		['International forum opens', `Interests of several countries were discussed. ${FILLER}`],
		['Oil talks', `${FILLER} The year 2019 was recalled. News code 85012345.`]
	);

	it('forgive one typo in a word of five to eight letters and two from nine letters on, swaps counting once', () => {
		expect(titles('interor')).toEqual(['Kyrgyzstan and Iran sign deal']);
		expect(titles('Kyrgystan')).toEqual(['Kyrgyzstan and Iran sign deal']);
		expect(titles('Kirgizstan')).toEqual(['Kyrgyzstan and Iran sign deal']);
		expect(titles('Kyrgzystan')).toEqual(['Kyrgyzstan and Iran sign deal']);
		expect(titles('Kirgizstam')).toEqual([]);
	});

	it('forgive none in a word of four letters or fewer, nor in numbers and codes', () => {
		expect(titles('Iram')).toEqual([]);
		expect(titles('2018 ')).toEqual([]);
		expect(titles('2019 ')).toEqual(['Oil talks']);
		expect(titles('85012346 ')).toEqual([]);
	});

	it('never match a fragment inside a longer word, except as the start of the word being typed', () => {
		expect(titles('terna ')).toEqual([]);
		expect(titles('Inter')).toEqual(expect.arrayContaining(['International forum opens', 'Kyrgyzstan and Iran sign deal']));
		expect(titles('Inter ')).toEqual([]);
	});

	it('wait for a second letter before completing the word being typed', () => {
		expect(engine.search('K')).toBeNull();
		expect(titles('Ky')).toEqual(['Kyrgyzstan and Iran sign deal']);
		expect(titles('K ')).toEqual([]);
		expect(titles('interior K')).toEqual(titles('interior'));
	});

	it('return the matched corpus words for highlighting', () => {
		expect(engine.search('interor')!.words).toEqual(['interior']);
	});
});

describe('the query syntax', () => {
	const { titles, engine } = corpusOf(
		['Foreign minister visits Baku', `The foreign minister arrived. ${FILLER}`],
		['Minister of foreign trade', `The minister said foreign trade grew. ${FILLER}`],
		['Wheat harvest begins', `Farmers in Oman began the harvest. ${FILLER}`]
	);

	it('matches a quoted phrase only where its words stand together in order', () => {
		expect(titles('"foreign minister"')).toEqual(['Foreign minister visits Baku']);
		expect(titles('"minister foreign"')).toEqual([]);
	});

	it('combines AND, OR, NOT, minus and parentheses', () => {
		expect(titles('wheat OR trade').sort()).toEqual(['Minister of foreign trade', 'Wheat harvest begins']);
		expect(titles('minister -trade')).toEqual(['Foreign minister visits Baku']);
		expect(titles('(wheat OR trade) AND minister')).toEqual(['Minister of foreign trade']);
		expect(titles('NOT minister')).toEqual(['Wheat harvest begins']);
	});

	it('searches only the title, the dateline place or the news code when asked', () => {
		expect(titles('title:harvest')).toEqual(['Wheat harvest begins']);
		expect(titles('title:arrived')).toEqual([]);
		expect(titles('place:Tehran')).toHaveLength(3);
		expect(titles('place:Oman')).toEqual([]);
	});

	it('finds words within N words of each other, in any order, within one paragraph, with "a b"~N', () => {
		const near = corpusOf(
			['Adjacent', `Iran and Oman signed a deal. ${FILLER}`],
			['Three between', `Iran signed with Gulf Oman a deal. ${FILLER}`],
			['Six between', `Iran signed a new deal with neighbour Oman today. ${FILLER}`],
			['Reversed', `Oman and its neighbour Iran agreed. ${FILLER}`],
			['Paragraphs apart', `The deal names Iran.\n\nOman signed it. ${FILLER}`]
		);
		expect(near.titles('"iran oman"~0')).toEqual([]);
		expect(near.titles('"iran oman"~1').sort()).toEqual(['Adjacent']);
		expect(near.titles('"iran oman"~3').sort()).toEqual(['Adjacent', 'Reversed', 'Three between']);
		expect(near.titles('"iran oman"~6').sort()).toEqual(['Adjacent', 'Reversed', 'Six between', 'Three between']);
		// Words of two paragraphs are never near one another.
		expect(near.titles('iran oman')).toContain('Paragraphs apart');
		expect(near.titles('"iran oman"~10')).not.toContain('Paragraphs apart');
		// Nearer words rank first.
		expect(near.titles('"iran oman"~6')[0]).toBe('Adjacent');
	});

	it('matches a phrase in the dateline place by whole words only', () => {
		const places = parseCorpus(
			['New York', 'New Yorkshire', 'York New Town'].map((place, k) => ({
				file: `${k}.txt`,
				bytes: enc(`Mar ${20 - k}, 2020, 8:55 PM\nReport ${k}\n\n${place}, IRNA – ${FILLER}`)
			}))
		).corpus.articles;
		expect(places.map((a) => a.dateline?.place)).toEqual(['New York', 'New Yorkshire', 'York New Town']);
		const { metas, engine: byPlace } = engineFor(places);
		const found = (q: string) => Array.from(byPlace.search(q)?.hits ?? [], (i) => metas[i].title);
		expect(found('place:"new york"')).toEqual(['Report 0']);
		expect(found('"new york"')).toEqual(['Report 0']);
		// Both words, but not together in this order.
		expect(found('place:new place:york ')).toEqual(['Report 0', 'Report 2']);
		expect(found('place:"york new"')).toEqual(['Report 2']);
		expect(found('place:"new town"')).toEqual(['Report 2']);
		expect(found('place:"york town"')).toEqual([]);
	});

	it('throws a syntax error that says what is wrong', () => {
		expect(() => engine.search('(wheat OR trade')).toThrow(QuerySyntaxError);
		expect(() => engine.search('(wheat OR trade')).toThrow('An opening “(” is not closed');
	});

	it('returns null for an empty query', () => {
		expect(engine.search('   ')).toBeNull();
	});
});

describe('queries that find little or nothing', () => {
	const { engine, titles } = corpusOf(['Kyrgyzstan and Iran sign deal', FILLER], ['Oil talks in Baku', FILLER]);

	it('shows the articles with most of the words, and says so, when none has them all', () => {
		const r = engine.search('Kyrgyzstan Baku deal')!;
		expect(r.partial).toEqual({ matched: 2, of: 3 });
		expect(titles('Kyrgyzstan Baku deal')).toEqual(['Kyrgyzstan and Iran sign deal', 'Oil talks in Baku']);
		expect(engine.search('Kyrgyzstan deal')!.partial).toBeNull();
	});

	it('never falls back to fewer words in a precise query', () => {
		expect(titles('Kyrgyzstan AND Baku')).toEqual([]);
	});

	it('suggests the nearest corpus words for a word that found nothing, as whole queries', () => {
		const r = engine.search('Kirgizstn deal')!;
		expect(r.suggestions[0]).toEqual({ word: 'kyrgyzstan', query: 'kyrgyzstan deal' });
	});
});

describe('typing a query', () => {
	it('answers each keystroke as a fresh engine would, though it keeps the words the last query shared', () => {
		const articles = synthCorpus(300);
		const typed = engineFor(articles).engine;
		const steps = ['railway link', 'railway link Iran', 'railway', '"railway link" Iran', 'link railway', 'railway -link', 'railway link'];
		for (const q of steps.flatMap((s) => Array.from(s, (_, i) => s.slice(0, i + 1)))) {
			const fresh = engineFor(articles).engine.search(q);
			const got = typed.search(q);
			expect(got && [...got.hits], q).toEqual(fresh && [...fresh.hits]);
		}
	});
});

describe('news codes', () => {
	const seed = parseCorpus([{ file: 'seed.txt', bytes: new Uint8Array(readFileSync('seeds/000_a0474dc1596c8efe.txt')) }]).corpus.articles;
	const { engine } = engineFor(seed);
	const count = (q: string) => engine.search(q)?.hits.length ?? 0;

	it('find the article by its code, scoped with code: or as a plain word, and only by the whole code', () => {
		expect(seed[0].newsCode).toBe('83473451');
		expect(count('code:83473451')).toBe(1);
		expect(count('83473451')).toBe(1);
		expect(count('code:8347345')).toBe(0);
		expect(count('code:83473452')).toBe(0);
	});
});

describe('warmUpQueries', () => {
	const { engine } = engineFor(
		parseCorpus([{ file: 'seed.txt', bytes: new Uint8Array(readFileSync('seeds/000_a0474dc1596c8efe.txt')) }]).corpus.articles
	);

	it("makes typing-shaped queries from the corpus's own frequent words, and each one runs", () => {
		const queries = engine.warmUpQueries();
		expect(queries.length).toBeGreaterThan(0);
		expect(queries.some((q) => q.length === 1)).toBe(true);
		expect(queries.some((q) => q.includes(' -'))).toBe(true);
		for (const q of queries) expect(() => engine.search(q)).not.toThrow();
	});

	it('makes none for a corpus without words', () => {
		expect(engineFor([]).engine.warmUpQueries()).toEqual([]);
	});
});

describe('mergeResults', () => {
	it("interleaves two result lists by score, the second list's indices shifted by the offset", () => {
		const a = { hits: Int32Array.of(4, 1, 7), scores: Uint32Array.of(1, 3, 15) };
		const b = { hits: Int32Array.of(0, 2), scores: Uint32Array.of(2, 3) };
		const merged = mergeResults(a, b, 10);
		expect([...merged.hits]).toEqual([4, 10, 1, 12, 7]);
		expect([...merged.scores]).toEqual([1, 2, 3, 3, 15]);
	});
});
