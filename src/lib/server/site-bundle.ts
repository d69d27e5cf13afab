/**
 * The site's bundle, written once per build into a scratch folder (bundle-writer.ts) from the
 * corpus parsed with its articles kept on disk (streamed-corpus.ts); the prerendered routes
 * under src/routes/corpus/ and src/routes/articles/ serve its files one at a time, so the build
 * never holds the bundle in memory.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { META_PIECE_SIZE } from '../corpus/bundle-write';
import { shardCount } from '../search/index-shards';
import { readCorpus } from './build-corpus';
import { writeBundle } from './bundle-writer';
import { countCorpusFiles } from './read-corpus';
import { corpusDir } from './site-corpus';
import { Spill, scratchFolder } from './spill';
import { StreamedCorpus } from './streamed-corpus';

/** Articles per metadata piece: META_PIECE_SIZE, or the build's META_PIECE_SIZE variable (tests use small pieces). */
export function metaPieceSize(): number {
	return Number(process.env.META_PIECE_SIZE) || META_PIECE_SIZE;
}

/** Corpora of more articles than this (or the build's META_ON_DEMAND_AT) load their metadata on demand (see MetaFile.onDemand). */
const META_ON_DEMAND_AT = 10_000;
/** Corpora up to this many MB (or the build's OFFLINE_AUTO_MB) are kept offline whole without asking. */
const OFFLINE_AUTO_MB = 64;

let fileCount: Promise<number> | null = null;

/**
 * How many files the corpus folder holds: what the routes' entries are counted from, before
 * the corpus is parsed. Counted once per build (each route's entries ask; a million files take
 * seconds to list).
 */
export function corpusFileCount(): Promise<number> {
	fileCount ??= countCorpusFiles([corpusDir()]);
	return fileCount;
}

/** Shards of each kind in the search index: from the corpus's file count. */
export async function indexShardCount(): Promise<number> {
	return shardCount(await corpusFileCount());
}

/** The routes' entries for the index's shards of one kind (and the id tables): one per shard, numbered from 0. */
export async function indexShardEntries(): Promise<{ shard: string }[]> {
	return Array.from({ length: await indexShardCount() }, (_, shard) => ({ shard: String(shard) }));
}

/** The routes' entries for files of `size` articles each: as many as the file count needs (those past the last article are empty). */
export async function runEntries(size: number): Promise<string[]> {
	return Array.from({ length: Math.max(1, Math.ceil((await corpusFileCount()) / size)) }, (_, n) => String(n));
}

let pending: Promise<string> | null = null;

/** The folder holding the site's bundle, written on first use. */
function siteFolder(): Promise<string> {
	pending ??= (async () => {
		const dir = corpusDir();
		if (!existsSync(dir)) throw new Error(`CORPUS_DIR does not exist: ${dir}`);
		const log = (line: string) => console.log(`wirescope corpus (${dir}): ${line}`);
		const scratch = scratchFolder();
		const corpus = await readCorpus(new StreamedCorpus(new Spill(join(scratch, 'articles'))), [dir], dir, scratch, log);
		const started = Date.now();
		const out = join(scratch, 'site');
		const files = await corpusFileCount();
		const report = writeBundle(corpus.ordered(), corpus.rejections(), out, {
			files,
			pieceSize: metaPieceSize(),
			shards: shardCount(files),
			onDemandAt: Number(process.env.META_ON_DEMAND_AT ?? META_ON_DEMAND_AT),
			offlineAutoBytes: Number(process.env.OFFLINE_AUTO_MB ?? OFFLINE_AUTO_MB) * 2 ** 20,
			scratch,
			log: (step) => console.log(`wirescope bundle: ${step} (${Math.round((Date.now() - started) / 1000)} s)`)
		});
		const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
		console.log(
			`wirescope bundle: ${report.pieces} metadata pieces, ${report.chunks} body chunks, search index ${mb(report.indexBytes)} in ${shardCount(files)} + ${shardCount(files)} shards and as many number tables, term table ${mb(report.termBytes)}, article columns ${mb(report.columnBytes)} and news code columns ${mb(report.codeBytes)}, ${report.stories} stories in several versions, in ${Date.now() - started} ms (peak memory ${mb(process.resourceUsage().maxRSS * 1024)})`
		);
		return out;
	})();
	return pending;
}

const TYPES: Record<string, string> = { json: 'application/json', jsonl: 'application/jsonl', bin: 'application/octet-stream' };

/** One file of the site's bundle (`corpus/meta/0.json`), as its route serves it; 404 for a file the build did not write. */
export async function siteFile(path: string): Promise<Response> {
	// A route's parameter is one path segment; it never names a folder above the bundle's.
	if (!/^[\w-]+(\/[\w-]+)*\.\w+$/.test(path)) return new Response('no such file', { status: 404 });
	const file = join(await siteFolder(), path);
	if (!existsSync(file)) return new Response('no such file', { status: 404 });
	const type = TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
	return new Response(new Blob([(await readFile(file)) as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': type } });
}
