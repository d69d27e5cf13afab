import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CHUNK_SIZE,
	bodyOf,
	joinArticle,
	parseMetaLines,
	readMetaPieces,
	splitArticleCount,
	splitMetaBytes,
	toArticleMeta,
	toBody
} from './bundle';
import { metaPieceText, toMetaPieces } from './bundle-write';
import { parseArticleSafely } from './parse';
import type { Article } from './types';

function fixture(name: string): Article {
	const result = parseArticleSafely({ file: name, bytes: new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))) });
	if ('rejected' in result) throw new Error(result.rejected.reason);
	return result.article;
}

const articles = ['irna-2019.txt', 'mehr.txt', 'other-outlet.txt', 'irna-2021.txt', 'isna.txt'].map(fixture);
const encode = (text: string) => new TextEncoder().encode(text);

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

describe('bodyOf', () => {
	it("gives an article's body only when the chunk holds that article's, never another's at its place", () => {
		const bodies = articles.map(toBody);
		const chunks = new Map([[0, bodies]]);
		expect(bodyOf(chunks, 1, articles[1].id)).toBe(bodies[1]);
		// A chunk of a newer build, with other articles at the same places.
		expect(bodyOf(chunks, 1, 'another-id')).toBe('other');
		expect(bodyOf(new Map([[0, bodies.slice(0, 1)]]), 1, articles[1].id)).toBe('other');
		// Not loaded yet.
		expect(bodyOf(chunks, CHUNK_SIZE, 'x')).toBeUndefined();
	});
});

describe('readMetaPieces', () => {
	it('reads back, piece by piece, exactly what the explorer lists for each article', () => {
		expect(readMetaPieces(toMetaPieces(articles, [], 2))).toEqual(articles.map((a) => toArticleMeta(a)));
	});
});

describe('splitMetaBytes', () => {
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
