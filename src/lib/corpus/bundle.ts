/**
 * The site's bundle in pieces: what the first screen needs (every article's metadata,
 * lead paragraph and countries) in one file, and the bodies in numbered chunks that the
 * reader loads on demand. `corpus.json` (the CLI's shape) is served beside them for tools.
 */
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

export interface MetaFile {
	format: 'wirescope-meta/1';
	chunkSize: number;
	/** Country code → name, so each article lists codes and counts only. */
	countryNames: Record<string, string>;
	articles: (Omit<ArticleMeta, 'countries'> & { countries: [string, number][] })[];
	rejected: Rejection[];
}

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

export function toMetaFile(articles: Article[], rejected: Rejection[]): MetaFile {
	const countryNames: Record<string, string> = {};
	const metas = articles.map(({ paragraphs, countries, ...rest }) => {
		for (const c of countries) countryNames[c.code] = c.name;
		return { ...rest, lead: leadOf(paragraphs), paragraphCount: paragraphs.length, countries: countries.map((c) => [c.code, c.count] as [string, number]) };
	});
	return { format: 'wirescope-meta/1', chunkSize: CHUNK_SIZE, countryNames, articles: metas, rejected };
}

export function readMetaFile(file: MetaFile): ArticleMeta[] {
	return file.articles.map((a) => ({ ...a, countries: a.countries.map(([code, count]) => ({ code, count, name: file.countryNames[code] ?? code })) }));
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
