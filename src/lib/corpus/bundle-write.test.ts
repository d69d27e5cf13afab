import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countCountries, valuesFromTotals } from './aggregate';
import { CHUNK_SIZE } from './bundle';
import { FIRST_PIECE_SIZE, metaPieceCount, metaPieceText, toBodyChunks, toMetaPieces } from './bundle-write';
import { countDays, publishedDay } from './day';
import { corpusFingerprint } from './hash';
import { parseArticleSafely } from './parse';
import { synthCorpus } from './synth-corpus';
import type { Article } from './types';

function fixture(name: string): Article {
	const result = parseArticleSafely({ file: name, bytes: new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))) });
	if ('rejected' in result) throw new Error(result.rejected.reason);
	return result.article;
}

const articles = ['irna-2019.txt', 'mehr.txt', 'other-outlet.txt', 'irna-2021.txt', 'isna.txt'].map(fixture);

describe('toMetaPieces', () => {
	it('splits the metadata into pieces in bundle order, the first describing them all', () => {
		const [head, ...rest] = toMetaPieces(articles, [{ file: 'x.png', reason: 'looks like a PNG image' }], 2);
		expect(head).toMatchObject({ format: 'wirescope-meta/2', pieceSize: 2, articleCount: 5, pieceCount: 3, rejected: [{ file: 'x.png' }] });
		expect([head, ...rest].map((p) => p.articles.map((a) => a.id))).toEqual(
			[articles.slice(0, 2), articles.slice(2, 4), articles.slice(4)].map((part) => part.map((a) => a.id))
		);
		// Country names live in the first piece only, for every piece.
		expect(rest.every((p) => !('countryNames' in p))).toBe(true);
		expect(Object.keys(head.countryNames).sort()).toEqual([...new Set(articles.flatMap((a) => a.countries.map((c) => c.code)))].sort());
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

describe('metaPieceText', () => {
	it('writes one JSON document that any reader parses to the piece itself', () => {
		for (const piece of toMetaPieces(articles, [{ file: 'x.png', reason: 'looks like a PNG image' }], 2)) {
			expect(JSON.parse(metaPieceText(piece))).toEqual(piece);
		}
	});
});

describe('toBodyChunks', () => {
	it("puts each article's body in the chunk the reader asks for it by", () => {
		const corpus = synthCorpus(CHUNK_SIZE + 3);
		const chunks = toBodyChunks(corpus);
		expect(chunks.map((c) => c.length)).toEqual([CHUNK_SIZE, 3]);
		expect(chunks[1][2].paragraphs).toEqual(corpus[CHUNK_SIZE + 2].paragraphs);
	});
});

describe("the first piece's corpus-wide days and country counts", () => {
	it("describe every article of the corpus, not only the first piece's", () => {
		// Undated articles count for their countries but on no day.
		const corpus = synthCorpus(700).map((a, k) => (k === 5 ? { ...a, publishedAt: null } : a));
		const [head] = toMetaPieces(corpus, [], 250);
		const dated = corpus.map((a) => publishedDay(a.publishedAt)).filter((d): d is string => d !== null);
		expect(dated.length).toBeLessThan(corpus.length);
		expect(new Map(head.days!)).toEqual(countDays(dated));
		expect(head.days!.map(([day]) => day)).toEqual([...new Set(dated)].sort());
		expect(valuesFromTotals(head.countryTotals!, head.countryNames, 'mentions')).toEqual(countCountries(corpus, 'mentions'));
	});
});

describe('the build fingerprint', () => {
	it('is the same in every piece of one bundle, and another list of articles gets another', () => {
		const articles = synthCorpus(50);
		const pieces = toMetaPieces(articles, [], 20);
		expect(pieces).toHaveLength(3);
		expect(new Set(pieces.map((p) => p.build))).toEqual(new Set([corpusFingerprint(articles.map((a) => a.id))]));
		expect(toMetaPieces(articles.slice(1), [], 20)[0].build).not.toBe(pieces[0].build);
		expect(JSON.parse(metaPieceText(pieces[1])).build).toBe(pieces[0].build);
	});
});
