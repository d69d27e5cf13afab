/**
 * The site's bundle as the page reads it: every article's metadata (lead paragraph and
 * countries included) in pieces, newest first, so the first screen shows once the first piece
 * is in; the bodies in numbered chunks that the reader loads on demand. The build writes the
 * pieces with bundle-write.ts; imported articles take the same shapes here (toArticleMeta,
 * toBody). The articles whole are served beside them for tools, as JSON Lines (`articles/`).
 */
import type { CountryTotals } from './aggregate';
import type { Article, CountryCount, Rejection } from './types';

/** Articles per body chunk: small enough that opening one article fetches well under a megabyte. */
export const CHUNK_SIZE = 200;
/**
 * Articles per card file (`corpus/cards/<n>.json`): a corpus whose pieces load on demand fetches
 * the cards of the results on screen, a few kilobytes each, instead of every piece.
 */
export const CARD_SIZE = 64;
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

export const META_FORMAT = 'wirescope-meta/2';

/** One piece of the metadata: articles with countries as [code, count] pairs. */
export interface MetaPiece {
	/** The bundle's corpusFingerprint: every piece of one build carries the same. */
	build?: string;
	articles: (Omit<ArticleMeta, 'countries'> & { countries: [string, number][] })[];
}

export const VERSIONS_FORMAT = 'wirescope-versions/1';

/** `corpus/versions.json`: the articles (indices in the bundle's order) that are versions of one story. */
export interface VersionsFile {
	format: typeof VERSIONS_FORMAT;
	/** The bundle's corpusFingerprint: indices of another build name other articles. */
	build?: string;
	groups: number[][];
}

/** A piece, or the search index, of another build than the first piece's: the site was deployed again while the page was open. */
export class BundleChanged extends Error {
	constructor() {
		super('This site was updated after this page was opened: reload to see the new version.');
	}
}

/** Throws BundleChanged when `found` names another build than `expected` (either may be absent in an older bundle). */
export function checkBuild(expected: string | undefined, found: string | undefined): void {
	if (expected && found && expected !== found) throw new BundleChanged();
}

/** The first piece (`corpus/meta/0.json`) also describes the whole corpus; the others follow as `corpus/meta/<n>.json`. */
export interface MetaFile extends MetaPiece {
	format: typeof META_FORMAT;
	chunkSize: number;
	/** Articles in each piece after the first (which holds at most the writer's FIRST_PIECE_SIZE). */
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
	/** Bytes of the corpus files the app reads (pieces, bodies, search index, term table, columns, versions): what keeping it offline takes. */
	corpusBytes?: number;
	/**
	 * Whether the service worker keeps the whole corpus offline by itself ('auto', a small
	 * corpus) or only when the reader asks ('ask'); either way it keeps what a visit used.
	 */
	keepOffline?: 'auto' | 'ask';
	/**
	 * The pieces after this one load only when a view needs every article (a large corpus):
	 * until then the search worker answers from the article columns (`corpus/columns.bin`) and
	 * the page fetches the cards of the results it shows (`corpus/cards/<n>.json`).
	 */
	onDemand?: boolean;
	/**
	 * How many id tables (`corpus/ids/<n>.json`) say where each article is: a link to an article
	 * of a corpus loaded on demand finds it in one small file (see idTableOf).
	 */
	idTables?: number;
}

/** `corpus/ids/<n>.json`: the bundle's articles whose id falls in table n, each with its index. */
export interface IdTable {
	build?: string;
	ids: [id: string, index: number][];
}

/** The id table that lists article `id`, of `tables` (FNV-1a over its UTF-16 code units). */
export function idTableOf(id: string, tables: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	return (h >>> 0) % Math.max(1, tables);
}

/** What the first piece says of the whole corpus, without its own articles. */
export type MetaHead = Omit<MetaFile, 'articles'>;

/** One article's body: its paragraphs and, per country (in the meta's order), flat [paragraph, start, end] triples. */
export interface Body {
	/** The article's id: a body is joined to its title by id, never by its place in a chunk alone. */
	id: string;
	paragraphs: string[];
	mentions: number[][];
}

/**
 * The body of the bundle's article `i` (id `id`) among the chunks loaded, if it is there and
 * is that article's. A chunk from another build of the site (deployed while the page was open)
 * holds other articles at the same places: `'other'` says so, and no body is shown for it.
 */
export function bodyOf(chunks: ReadonlyMap<number, readonly Body[]>, i: number, id: string): Body | 'other' | undefined {
	const body = chunks.get(chunkOf(i))?.[i % CHUNK_SIZE];
	if (!body) return chunks.has(chunkOf(i)) ? 'other' : undefined;
	return body.id === id ? body : 'other';
}

/** The card file that holds article `index`. */
export function cardOf(index: number): number {
	return Math.floor(index / CARD_SIZE);
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

const NEWLINE = 0x0a;

/** A piece's bytes as the writer's metaPieceText lays them out: the piece without its articles, and where each article's line starts. */
export interface SplitPiece {
	head: MetaHead | Record<string, never>;
	bytes: Uint8Array;
	/** Byte offset of each article's line, then of the line that closes the array. */
	starts: number[];
}

/**
 * Finds the lines of a piece written by metaPieceText (bundle-write.ts), without decoding
 * its articles (a newline byte never occurs inside a UTF-8 character, nor unescaped in JSON).
 * Null when the bytes are laid out otherwise: then parse them whole.
 */
export function splitMetaBytes(bytes: Uint8Array): SplitPiece | null {
	const eol = bytes.indexOf(NEWLINE);
	const first = new TextDecoder().decode(eol === -1 ? bytes : bytes.subarray(0, eol));
	if (first.endsWith('"articles":[]}')) return { head: withoutArticles(JSON.parse(first)), bytes, starts: [0] };
	if (eol === -1 || !first.endsWith('"articles":[')) return null;
	const starts: number[] = [];
	for (let at = eol + 1; at < bytes.length;) {
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
	return { id: a.id, paragraphs: a.paragraphs, mentions: a.countries.map((c) => c.mentions.flatMap((m) => [m.paragraph, m.start, m.end])) };
}

/** An article's metadata as the explorer lists it, without going through a meta file (imported articles). */
export function toArticleMeta({ paragraphs, countries, ...rest }: Article, collection?: string): ArticleMeta {
	const meta: ArticleMeta = {
		...rest,
		lead: leadOf(paragraphs),
		paragraphCount: paragraphs.length,
		countries: countries.map(({ code, name, count }) => ({ code, name, count }))
	};
	if (collection !== undefined) meta.collection = collection;
	return meta;
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
