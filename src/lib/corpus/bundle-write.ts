/**
 * The bundle as the build writes it (Node only: the site's prerendered endpoints and the
 * scripts): metadata pieces of FIRST_PIECE_SIZE articles, then META_PIECE_SIZE each, laid out
 * one article per line, and the bodies in chunks of CHUNK_SIZE. The page reads them with
 * bundle.ts, which holds the shapes.
 */
import { countryTotals, type CountryTotals } from './aggregate';
import { corpusFingerprint } from './hash';
import { CHUNK_SIZE, META_FORMAT, chunkOf, leadOf, toBody, type Body, type MetaFile, type MetaPiece } from './bundle';
import { countDays, publishedDay } from './day';
import type { Article, Rejection } from './types';

/** An article's line in a metadata piece or a card. */
export type PieceArticle = MetaPiece['articles'][number];

/**
 * Articles in the first metadata piece: what the first screen waits for, so small (about
 * 150 KB of JSON, one body chunk's worth). The pieces after it hold META_PIECE_SIZE each
 * (about 3.5 MB, read a few articles per task: see splitMetaBytes), so a large corpus arrives
 * in a few requests, not hundreds.
 */
export const FIRST_PIECE_SIZE = 200;
export const META_PIECE_SIZE = 5000;

/** How many metadata pieces hold `articles` articles (at least one, which may be empty). */
export function metaPieceCount(articles: number, pieceSize = META_PIECE_SIZE): number {
	const first = Math.min(FIRST_PIECE_SIZE, pieceSize);
	return 1 + Math.ceil(Math.max(0, articles - first) / pieceSize);
}

/** An article as the metadata pieces and cards hold it: no body but its lead and paragraph count, its countries as [code, count]. */
export function toPieceArticle({ paragraphs, countries, ...rest }: Article): PieceArticle {
	return {
		...rest,
		lead: leadOf(paragraphs),
		paragraphCount: paragraphs.length,
		countries: countries.map((c) => [c.code, c.count] as [string, number])
	};
}

/** What the first metadata piece says of the whole corpus, around its own articles. */
export interface CorpusFacts {
	build: string;
	pieceSize: number;
	articleCount: number;
	countryNames: Record<string, string>;
	/** Articles per day (see countDays). */
	days: Map<string, number>;
	countryTotals: CountryTotals;
	rejected: Rejection[];
}

/** The first metadata piece: the facts of the whole corpus, and its first articles. */
export function metaHead(facts: CorpusFacts, articles: PieceArticle[]): MetaFile {
	return {
		format: META_FORMAT,
		chunkSize: CHUNK_SIZE,
		pieceSize: facts.pieceSize,
		articleCount: facts.articleCount,
		pieceCount: metaPieceCount(facts.articleCount, facts.pieceSize),
		countryNames: facts.countryNames,
		days: [...facts.days].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
		countryTotals: facts.countryTotals,
		rejected: facts.rejected,
		build: facts.build,
		articles
	};
}

/** The metadata pieces of a corpus: the first is the MetaFile describing them all. */
export function toMetaPieces(articles: Article[], rejected: Rejection[], pieceSize = META_PIECE_SIZE): [MetaFile, ...MetaPiece[]] {
	const countryNames: Record<string, string> = {};
	for (const a of articles) for (const c of a.countries) countryNames[c.code] = c.name;
	const metas = articles.map(toPieceArticle);
	const pieceCount = metaPieceCount(metas.length, pieceSize);
	const first = Math.min(FIRST_PIECE_SIZE, pieceSize);
	const build = corpusFingerprint(metas.map((m) => m.id));
	const pieces = Array.from({ length: pieceCount }, (_, n) => {
		const from = n === 0 ? 0 : first + (n - 1) * pieceSize;
		return { build, articles: metas.slice(from, n === 0 ? first : from + pieceSize) };
	});
	const facts: CorpusFacts = {
		build,
		pieceSize,
		articleCount: metas.length,
		countryNames,
		days: countDays(metas.map((m) => publishedDay(m.publishedAt))),
		countryTotals: countryTotals(articles),
		rejected
	};
	return [metaHead(facts, pieces[0].articles), ...pieces.slice(1)];
}

/**
 * A metadata piece as JSON text with one article per line, the `articles` array last. It is
 * one JSON document for any reader; a page can also read it a few lines at a time with
 * splitMetaBytes, so a piece of thousands of articles never blocks it for long.
 */
export function metaPieceText(piece: MetaPiece | MetaFile): string {
	const { articles, ...rest } = piece;
	const head = JSON.stringify(rest);
	const open = head === '{}' ? '{"articles":[' : `${head.slice(0, -1)},"articles":[`;
	return articles.length ? `${open}\n${articles.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n` : `${open}]}\n`;
}

/** The bodies in chunks of CHUNK_SIZE, in bundle order: chunk chunkOf(i) holds article i's. */
export function toBodyChunks(articles: Article[]): Body[][] {
	const chunks: Body[][] = [];
	articles.forEach((a, i) => (chunks[chunkOf(i)] ??= []).push(toBody(a)));
	return chunks;
}
