/** The site's bundle pieces, made once per build from the parsed corpus. */
import { CARD_SIZE, idTableOf, type Body, type IdTable, type MetaFile, type MetaPiece } from '../corpus/bundle';
import { META_PIECE_SIZE, metaPieceText, toBodyChunks, toMetaPieces } from '../corpus/bundle-write';
import { toIndexedText } from '../search/documents';
import { TokenIndex, buildTokenIndex } from '../search/token-index';
import { shardCount, shardIndex, type IndexFiles } from '../search/index-shards';
import { buildTermTable, writeTermTable } from '../terms/term-table';
import { buildColumns, packColumns } from '../search/article-columns';
import { buildCodeColumns, packCodeColumns } from '../search/code-columns';
import { frame } from '../search/index-frame';
import { signature, versionGroups } from '../provenance/versions';
import { VERSIONS_FORMAT, type VersionsFile } from '../corpus/bundle';
import { countCorpusFiles } from './read-corpus';
import { corpusDir, siteCorpus } from './site-corpus';

/** Articles per metadata piece: META_PIECE_SIZE, or the build's META_PIECE_SIZE variable (tests use small pieces). */
export function metaPieceSize(): number {
	return Number(process.env.META_PIECE_SIZE) || META_PIECE_SIZE;
}

export interface SiteBundle {
	meta: [MetaFile, ...MetaPiece[]];
	chunks: Body[][];
	/** The search index's head and shards (see search/index-shards.ts). */
	index: IndexFiles;
	/** Each article's most characteristic terms, for the "Top terms" lists. */
	terms: Uint8Array;
	/** Articles that are versions of one story (see provenance/versions.ts). */
	versions: VersionsFile;
	/** Every article's day, countries, filed-from place and byline, framed (see search/article-columns.ts). */
	columns: Uint8Array;
	/** Every article's stamp and news code, and the places as printed, framed (see search/code-columns.ts). */
	codes: Uint8Array;
}

let pending: Promise<SiteBundle> | null = null;

/** Shards of each kind in the search index: from the corpus's file count, which the routes' entries know before the corpus is parsed. */
export async function indexShardCount(): Promise<number> {
	return shardCount(await countCorpusFiles([corpusDir()]));
}

/** Corpora of more articles than this (or the build's META_ON_DEMAND_AT) load their metadata on demand (see MetaFile.onDemand). */
const META_ON_DEMAND_AT = 10_000;

/** Card file `n` (see CARD_SIZE): its articles' metadata, as a piece of the build. */
export async function siteCards(n: number): Promise<MetaPiece> {
	const { meta } = await siteBundle();
	const from = n * CARD_SIZE;
	const articles: MetaPiece['articles'] = [];
	let first = 0;
	for (const piece of meta) {
		const last = first + piece.articles.length;
		if (last > from && first < from + CARD_SIZE)
			articles.push(...piece.articles.slice(Math.max(0, from - first), from + CARD_SIZE - first));
		first = last;
	}
	return { build: meta[0].build, articles };
}

let idTables: Promise<IdTable[]> | null = null;

/** Id table `t` (see idTableOf): the articles it lists, each with its index in the bundle. */
export async function siteIds(t: number): Promise<IdTable> {
	idTables ??= siteBundle().then(({ meta }) => {
		const tables: IdTable[] = Array.from({ length: meta[0].idTables ?? 1 }, () => ({ build: meta[0].build, ids: [] }));
		let index = 0;
		for (const piece of meta) for (const a of piece.articles) tables[idTableOf(a.id, tables.length)].ids.push([a.id, index++]);
		return tables;
	});
	return (await idTables)[t] ?? { build: undefined, ids: [] };
}

/** Corpora up to this many MB (or the build's OFFLINE_AUTO_MB) are kept offline whole without asking. */
const OFFLINE_AUTO_MB = 64;

/** What the corpus files weigh together, and whether that is small enough to keep offline unasked. */
function offlineSize(bundle: SiteBundle): { corpusBytes: number; keepOffline: 'auto' | 'ask' } {
	let bytes =
		indexBytes(bundle.index) +
		bundle.terms.length +
		bundle.columns.length +
		bundle.codes.length +
		Buffer.byteLength(JSON.stringify(bundle.versions));
	// The card files hold the same articles' metadata again, in smaller files; the id tables each
	// article's id and index (["id",123456], about 14 bytes besides the id).
	for (const piece of bundle.meta) {
		bytes += 2 * Buffer.byteLength(metaPieceText(piece));
		for (const a of piece.articles) bytes += a.id.length + 14;
	}
	for (const chunk of bundle.chunks) bytes += Buffer.byteLength(JSON.stringify(chunk));
	const auto = Number(process.env.OFFLINE_AUTO_MB ?? OFFLINE_AUTO_MB) * 2 ** 20;
	return { corpusBytes: bytes, keepOffline: bytes <= auto ? 'auto' : 'ask' };
}

/** The routes' entries for the index's shards of one kind: one per shard, numbered from 0. */
export async function indexShardEntries(): Promise<{ shard: string }[]> {
	return Array.from({ length: await indexShardCount() }, (_, shard) => ({ shard: String(shard) }));
}

/** One of the index's shard files (see search/index-shards.ts), as its route serves it. */
export async function indexShardResponse(kind: 'counts' | 'positions' | 'numbers', shard: number): Promise<Response> {
	const file = (await siteBundle()).index[kind][shard];
	if (!file) return new Response('no such shard', { status: 404 });
	return new Response(new Blob([file as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/octet-stream' } });
}

function indexBytes(files: IndexFiles): number {
	return [files.head, ...files.counts, ...files.positions, ...files.numbers].reduce((sum, f) => sum + f.length, 0);
}

export function siteBundle(): Promise<SiteBundle> {
	pending ??= siteCorpus().then(async ({ corpus }) => {
		const started = Date.now();
		const meta = toMetaPieces(corpus.articles, corpus.rejected, metaPieceSize());
		const bundle: SiteBundle = {
			meta,
			chunks: toBodyChunks(corpus.articles),
			index: shardIndex(new TokenIndex(buildTokenIndex(corpus.articles.map(toIndexedText), meta[0].build)), await indexShardCount()),
			terms: writeTermTable(buildTermTable(corpus.articles), meta[0].build ?? ''),
			versions: {
				format: VERSIONS_FORMAT,
				build: meta[0].build,
				groups: versionGroups(corpus.articles.map((a) => signature(a.paragraphs)))
			},
			columns: frame('WSCO', meta[0].build ?? '', packColumns(buildColumns(corpus.articles))),
			codes: frame('WSCC', meta[0].build ?? '', packCodeColumns(buildCodeColumns(corpus.articles)))
		};
		const { corpusBytes, keepOffline } = offlineSize(bundle);
		const onDemand = meta[0].articleCount > Number(process.env.META_ON_DEMAND_AT ?? META_ON_DEMAND_AT);
		Object.assign(bundle.meta[0], { corpusBytes, keepOffline, onDemand, idTables: await indexShardCount() });
		console.log(
			`wirescope bundle: ${bundle.meta.length} metadata pieces, ${bundle.chunks.length} body chunks, search index ${(indexBytes(bundle.index) / 1024 / 1024).toFixed(1)} MB in ${bundle.index.counts.length} + ${bundle.index.positions.length} shards and ${bundle.index.numbers.length} number tables, term table ${(bundle.terms.length / 1024 / 1024).toFixed(1)} MB, article columns ${(bundle.columns.length / 1024 / 1024).toFixed(1)} MB and news code columns ${(bundle.codes.length / 1024 / 1024).toFixed(1)} MB, ${bundle.versions.groups.length} stories in several versions, in ${Date.now() - started} ms`
		);
		return bundle;
	});
	return pending;
}
