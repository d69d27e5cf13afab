import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_PIECE_SIZE, joinArticle, metaPieceCount, readMetaPieces, toArticleMeta, toBody, toMetaPieces } from './bundle';
import { parseArticleSafely } from './parse';
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
		// Small pieces (tests) make a first piece of the same size.
		expect(metaPieceCount(2001, 500)).toBe(5);
	});

	it('makes one empty piece for an empty corpus', () => {
		const pieces = toMetaPieces([], []);
		expect(pieces).toHaveLength(1);
		expect(pieces[0]).toMatchObject({ articleCount: 0, pieceCount: 1, articles: [] });
	});
});
