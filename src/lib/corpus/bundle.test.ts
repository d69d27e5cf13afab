import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_PIECE_SIZE, joinArticle, metaPieceCount, metaPieceText, parseMetaLines, readMetaPieces, splitArticleCount, splitMetaBytes, toArticleMeta, toBody, toMetaPieces } from './bundle';
import { parseArticleSafely } from './parse';
import { countCountries, valuesFromTotals } from './aggregate';
import { dayOf } from '../search/filter';
import { countDays } from './day';
import { synthCorpus } from '../search/test-corpus';
import type { Article } from './types';

function fixture(name: string): Article {
	const result = parseArticleSafely({ file: name, bytes: new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))) });
	if ('rejected' in result) throw new Error(result.rejected.reason);
	return result.article;
}

describe('toArticleMeta', () => {
	it('lists an imported article exactly as the bundle lists it, plus its collection', () => {
		const article = fixture('irna-2019.txt');
		const [fromBundle] = readMetaPieces(toMetaPieces([article], []));
		expect(toArticleMeta(article, 'persian')).toEqual({ ...fromBundle, collection: 'persian' });
		expect(toArticleMeta(article)).not.toHaveProperty('collection');
	});

	it('joins back with its body into the article it came from', () => {
		const article = fixture('mehr.txt');
		expect(joinArticle(toArticleMeta(article, 'mehr'), toBody(article))).toEqual({ ...article, collection: 'mehr' });
	});
});

describe('toMetaPieces', () => {
	const articles = ['irna-2019.txt', 'mehr.txt', 'other-outlet.txt', 'irna-2021.txt', 'isna.txt'].map(fixture);

	it('splits the metadata into pieces in bundle order, the first describing them all', () => {
		const [head, ...rest] = toMetaPieces(articles, [{ file: 'x.png', reason: 'looks like a PNG image' }], 2);
		expect(head).toMatchObject({ format: 'wirescope-meta/2', pieceSize: 2, articleCount: 5, pieceCount: 3, rejected: [{ file: 'x.png' }] });
		expect([head, ...rest].map((p) => p.articles.map((a) => a.id))).toEqual([articles.slice(0, 2), articles.slice(2, 4), articles.slice(4)].map((part) => part.map((a) => a.id)));
		// Country names live in the first piece only, for every piece.
		expect(rest.every((p) => !('countryNames' in p))).toBe(true);
		expect(Object.keys(head.countryNames).sort()).toEqual([...new Set(articles.flatMap((a) => a.countries.map((c) => c.code)))].sort());
	});

	it('reads back, piece by piece, exactly what the explorer lists for each article', () => {
		expect(readMetaPieces(toMetaPieces(articles, [], 2))).toEqual(articles.map((a) => toArticleMeta(a)));
	});

	it('keeps the first piece small and the later ones large', () => {
		expect(metaPieceCount(0)).toBe(1);
		expect(metaPieceCount(FIRST_PIECE_SIZE)).toBe(1);
		expect(metaPieceCount(FIRST_PIECE_SIZE + 1, 5000)).toBe(2);
		expect(metaPieceCount(FIRST_PIECE_SIZE + 10_000, 5000)).toBe(3);
		expect(metaPieceCount(100_000, 5000)).toBe(21);
		// Small pieces (tests): the first still holds FIRST_PIECE_SIZE (200), the rest 500 each.
		expect(metaPieceCount(2001, 500)).toBe(5);
	});

	it('makes one empty piece for an empty corpus', () => {
		const pieces = toMetaPieces([], []);
		expect(pieces).toHaveLength(1);
		expect(pieces[0]).toMatchObject({ articleCount: 0, pieceCount: 1, articles: [] });
	});
});

describe('metaPieceText and splitMetaBytes', () => {
	const articles = ['irna-2019.txt', 'mehr.txt', 'other-outlet.txt', 'irna-2021.txt', 'isna.txt'].map(fixture);
	const encode = (text: string) => new TextEncoder().encode(text);

	it('writes one JSON document that any reader parses to the piece itself', () => {
		for (const piece of toMetaPieces(articles, [{ file: 'x.png', reason: 'looks like a PNG image' }], 2)) {
			expect(JSON.parse(metaPieceText(piece))).toEqual(piece);
		}
	});

	it('reads the articles back a few lines at a time, in order, with the head without its articles', () => {
		const [head] = toMetaPieces(articles, [], 2);
		const split = splitMetaBytes(encode(metaPieceText({ ...head, articles: toMetaPieces(articles, [], 5)[0].articles })));
		expect(split).not.toBeNull();
		const { articles: _all, ...rest } = head;
		expect(split!.head).toEqual(rest);
		expect(splitArticleCount(split!)).toBe(5);
		const read = [...parseMetaLines(split!, 0, 2), ...parseMetaLines(split!, 2, 4), ...parseMetaLines(split!, 4, 99)];
		expect(read.map((a) => a.id)).toEqual(articles.map((a) => a.id));
		expect(parseMetaLines(split!, 5, 10)).toEqual([]);
	});

	it('keeps text with newlines, quotes and non-Latin script intact across line boundaries', () => {
		const odd = { ...articles[0], title: 'Line one\nline two "quoted" \u2028 خبرگزاری', id: 'odd' };
		const [piece] = toMetaPieces([odd, articles[1]], [], 5);
		const split = splitMetaBytes(encode(metaPieceText(piece)))!;
		expect(parseMetaLines(split, 0, 1)[0].title).toBe(odd.title);
		expect(parseMetaLines(split, 1, 2)[0].id).toBe(articles[1].id);
	});

	it('splits an empty piece into its head and no articles', () => {
		const [empty] = toMetaPieces([], []);
		const split = splitMetaBytes(encode(metaPieceText(empty)))!;
		expect(splitArticleCount(split)).toBe(0);
		expect(split.head).toMatchObject({ articleCount: 0 });
	});

	it('declines JSON laid out otherwise, so that the caller parses it whole', () => {
		const [piece] = toMetaPieces(articles, [], 5);
		expect(splitMetaBytes(encode(JSON.stringify(piece)))).toBeNull();
		expect(splitMetaBytes(encode(JSON.stringify(piece, null, 2)))).toBeNull();
		// Cut short: the closing line is missing.
		const text = metaPieceText(piece);
		expect(splitMetaBytes(encode(text.slice(0, text.lastIndexOf(']}'))))).toBeNull();
	});
});

describe('the first piece\'s corpus-wide days and country counts', () => {
	it('describe every article of the corpus, not only the first piece\'s', () => {
		// Undated articles count for their countries but on no day.
		const corpus = synthCorpus(700).map((a, k) => (k === 5 ? { ...a, publishedAt: null } : a));
		const [head] = toMetaPieces(corpus, [], 250);
		const dated = corpus.map((a) => dayOf(a)).filter((d): d is string => d !== null);
		expect(dated.length).toBeLessThan(corpus.length);
		expect(new Map(head.days!)).toEqual(countDays(dated));
		expect(head.days!.map(([day]) => day)).toEqual([...new Set(dated)].sort());
		expect(valuesFromTotals(head.countryTotals!, head.countryNames, 'mentions')).toEqual(countCountries(corpus, 'mentions'));
	});
});
