/**
 * The site's bundle in pieces: every article's metadata (lead paragraph and countries
 * included) in pieces of FIRST_PIECE_SIZE articles, then META_PIECE_SIZE each, newest first,
 * so the first screen shows once the first piece is in; the bodies in numbered chunks that
 * the reader loads on demand.
 * `corpus.json` (the CLI's shape) is served beside them for tools.
 */
import { countryTotals, type CountryTotals } from './aggregate';
import { countDays, publishedDay } from './day';
import type { Article, CountryCount, Rejection } from './types';

/** Articles per body chunk: small enough that opening one article fetches well under a megabyte. */
export const CHUNK_SIZE = 200;
/** Characters of the first paragraph kept for result snippets and ranking. */
export const LEAD_CHARS = 400;

export interface CountryRef {
	code: string;
	name: string;
	count: number;
}

/** An article without its body: enough to list, chart, filter and rank it. */
export interface ArticleMeta extends Omit<Article, 'paragraphs' | 'countries'> {
	lead: string;
	countries: CountryRef[];
	paragraphCount: number;
	/** The imported collection it belongs to; absent for the bundled corpus. */
	collection?: string;
}

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
export const META_FORMAT = 'wirescope-meta/2';

/** One piece of the metadata: articles with countries as [code, count] pairs. */
export interface MetaPiece {
	articles: (Omit<ArticleMeta, 'countries'> & { countries: [string, number][] })[];
}

/** The first piece (`corpus/meta/0.json`) also describes the whole corpus; the others follow as `corpus/meta/<n>.json`. */
export interface MetaFile extends MetaPiece {
	format: typeof META_FORMAT;
	chunkSize: number;
	/** Articles in each piece after the first (which holds at most FIRST_PIECE_SIZE). */
	pieceSize: number;
	/** Articles in all pieces together. */
	articleCount: number;
	pieceCount: number;
	/** Country code → name for every piece, so each article lists codes and counts only. */
	countryNames: Record<string, string>;
	/**
	 * The whole corpus's publication days (YYYY-MM-DD, with the number of articles on each) and
	 * country counts: the page charts the whole corpus while its pieces are still loading.
	 * Absent from bundles written before them.
	 */
	days?: [string, number][];
	countryTotals?: CountryTotals;
	rejected: Rejection[];
}

/** What the first piece says of the whole corpus, without its own articles. */
export type MetaHead = Omit<MetaFile, 'articles'>;

/** One article's body: its paragraphs and, per country (in the meta's order), flat [paragraph, start, end] triples. */
export interface Body {
	paragraphs: string[];
	mentions: number[][];
}

export function chunkOf(index: number): number {
	return Math.floor(index / CHUNK_SIZE);
}

export function leadOf(paragraphs: string[]): string {
	const first = paragraphs[0] ?? '';
	if (first.length <= LEAD_CHARS) return first;
	const cut = first.lastIndexOf(' ', LEAD_CHARS);
	return `${first.slice(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS)}…`;
}

/** The metadata pieces of a corpus: the first is the MetaFile describing them all. */
export function toMetaPieces(articles: Article[], rejected: Rejection[], pieceSize = META_PIECE_SIZE): [MetaFile, ...MetaPiece[]] {
	const countryNames: Record<string, string> = {};
	const metas = articles.map(({ paragraphs, countries, ...rest }) => {
		for (const c of countries) countryNames[c.code] = c.name;
		return { ...rest, lead: leadOf(paragraphs), paragraphCount: paragraphs.length, countries: countries.map((c) => [c.code, c.count] as [string, number]) };
	});
	const pieceCount = metaPieceCount(metas.length, pieceSize);
	const first = Math.min(FIRST_PIECE_SIZE, pieceSize);
	const pieces = Array.from({ length: pieceCount }, (_, n) => {
		const from = n === 0 ? 0 : first + (n - 1) * pieceSize;
		return { articles: metas.slice(from, n === 0 ? first : from + pieceSize) };
	});
	const head: MetaFile = {
		format: META_FORMAT,
		chunkSize: CHUNK_SIZE,
		pieceSize,
		articleCount: metas.length,
		pieceCount,
		countryNames,
		days: dayCounts(metas),
		countryTotals: countryTotals(metas.map((m) => ({ countries: m.countries.map(([code, count]) => ({ code, count })) }))),
		rejected,
		articles: pieces[0].articles
	};
	return [head, ...pieces.slice(1)];
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

const NEWLINE = 0x0a;

/** A piece's bytes as metaPieceText lays them out: the piece without its articles, and where each article's line starts. */
export interface SplitPiece {
	head: MetaHead | Record<string, never>;
	bytes: Uint8Array;
	/** Byte offset of each article's line, then of the line that closes the array. */
	starts: number[];
}

/**
 * Finds the lines of a piece written by metaPieceText, without decoding its articles (a
 * newline byte never occurs inside a UTF-8 character, nor unescaped in JSON). Null when the
 * bytes are laid out otherwise: then parse them whole.
 */
export function splitMetaBytes(bytes: Uint8Array): SplitPiece | null {
	const eol = bytes.indexOf(NEWLINE);
	const first = new TextDecoder().decode(eol === -1 ? bytes : bytes.subarray(0, eol));
	if (first.endsWith('"articles":[]}')) return { head: withoutArticles(JSON.parse(first)), bytes, starts: [0] };
	if (eol === -1 || !first.endsWith('"articles":[')) return null;
	const starts: number[] = [];
	for (let at = eol + 1; at < bytes.length; ) {
		const next = bytes.indexOf(NEWLINE, at);
		const stop = next === -1 ? bytes.length : next;
		if (stop > at) starts.push(at);
		at = stop + 1;
	}
	const last = starts[starts.length - 1];
	if (last === undefined || new TextDecoder().decode(bytes.subarray(last)).trim() !== ']}') return null;
	return { head: withoutArticles(JSON.parse(`${first}]}`)), bytes, starts };
}

function withoutArticles(piece: MetaFile | MetaPiece): SplitPiece['head'] {
	const { articles: _articles, ...head } = piece;
	return head as SplitPiece['head'];
}

/** How many articles a split piece holds. */
export function splitArticleCount(split: SplitPiece): number {
	return split.starts.length - 1;
}

/** Articles `from` to `to - 1` of a split piece, decoded and parsed. */
export function parseMetaLines(split: SplitPiece, from: number, to: number): MetaPiece['articles'] {
	const end = Math.min(to, splitArticleCount(split));
	if (from >= end) return [];
	const text = new TextDecoder().decode(split.bytes.subarray(split.starts[from], split.starts[end])).trimEnd();
	return JSON.parse(`[${text.endsWith(',') ? text.slice(0, -1) : text}]`);
}

/** How many articles were published on each day (see publishedDay), in date order. */
function dayCounts(articles: readonly { publishedAt: string | null }[]): [string, number][] {
	return [...countDays(articles.map((a) => publishedDay(a.publishedAt)))].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** Every piece's articles, in order. */
export function readMetaPieces([head, ...rest]: [MetaFile, ...MetaPiece[]]): ArticleMeta[] {
	return [head, ...rest].flatMap((piece) => readMetaPiece(piece, head.countryNames));
}

/** A piece's articles as the explorer lists them; `countryNames` comes from the first piece. */
export function readMetaPiece(piece: MetaPiece, countryNames: Record<string, string>): ArticleMeta[] {
	return piece.articles.map((a) => ({ ...a, countries: countryRefs(a.countries, countryNames) }));
}

/**
 * readMetaPiece for a piece just parsed, which nothing else holds: its own objects are
 * completed in place, since a copy of each would double what the garbage collector moves
 * while a large piece is read.
 */
export function adoptMetaPiece(piece: MetaPiece, countryNames: Record<string, string>): ArticleMeta[] {
	return piece.articles.map((a) => {
		const meta = a as unknown as ArticleMeta;
		meta.countries = countryRefs(a.countries, countryNames);
		return meta;
	});
}

function countryRefs(countries: [string, number][], countryNames: Record<string, string>): CountryRef[] {
	return countries.map(([code, count]) => ({ code, count, name: countryNames[code] ?? code }));
}

export function toBody(a: Article): Body {
	return { paragraphs: a.paragraphs, mentions: a.countries.map((c) => c.mentions.flatMap((m) => [m.paragraph, m.start, m.end])) };
}

/** An article's metadata as the explorer lists it, without going through a meta file (imported articles). */
export function toArticleMeta({ paragraphs, countries, ...rest }: Article, collection?: string): ArticleMeta {
	const meta: ArticleMeta = { ...rest, lead: leadOf(paragraphs), paragraphCount: paragraphs.length, countries: countries.map(({ code, name, count }) => ({ code, name, count })) };
	if (collection !== undefined) meta.collection = collection;
	return meta;
}

export function toBodyChunks(articles: Article[]): Body[][] {
	const chunks: Body[][] = [];
	articles.forEach((a, i) => (chunks[chunkOf(i)] ??= []).push(toBody(a)));
	return chunks;
}

/** The full article again, from its metadata and its body (and the collection it was imported into, if any). */
export function joinArticle(meta: ArticleMeta, body: Body): Article & { collection?: string } {
	const { lead: _lead, paragraphCount: _count, countries, ...rest } = meta;
	const full: CountryCount[] = countries.map((c, k) => {
		const flat = body.mentions[k] ?? [];
		const mentions = [];
		for (let j = 0; j + 2 < flat.length; j += 3) mentions.push({ paragraph: flat[j], start: flat[j + 1], end: flat[j + 2] });
		return { ...c, mentions };
	});
	return { ...rest, paragraphs: body.paragraphs, countries: full };
}
