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
import type { Worker } from 'node:worker_threads';
import { shardCount } from '../search/index-shards';
import { bundleWorker, startWorker } from './bundled-worker';
import { runCount } from './bundle-writer';
import { countCorpusFiles } from './read-corpus';
import { corpusDir } from './site-corpus';
import { scratchFolder } from './spill';
import { writeSite, type SiteSettings } from './write-site';

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

/** The routes' entries for the pair shards and their positions: twice as many (a bucket's, then a large pair's each, see pair-shards.ts). */
export async function pairShardEntries(): Promise<{ shard: string }[]> {
	return Array.from({ length: 2 * (await indexShardCount()) }, (_, shard) => ({ shard: String(shard) }));
}

/** The routes' entries for files of `size` articles each: as many as the file count needs (those past the last article are empty). */
export async function runEntries(size: number): Promise<string[]> {
	return Array.from({ length: runCount(await corpusFileCount(), size) }, (_, n) => String(n));
}

/** The heap of the worker that writes the bundle (WIRESCOPE_BUILD_HEAP_MB): a bounded heap is collected before it grows, so the build's memory stays near what it holds. */
const BUILD_HEAP_MB = 2048;

/** Writes the bundle in a worker thread with a bounded heap, or in this thread when no worker can start. */
async function writeSiteAside(settings: SiteSettings, log: (line: string) => void): Promise<void> {
	const heap = Number(process.env.WIRESCOPE_BUILD_HEAP_MB) || BUILD_HEAP_MB;
	let worker: Worker;
	try {
		// The parse workers it starts are bundled here: the bundled worker cannot bundle.
		await bundleWorker('parse-worker', settings.scratch);
		worker = await startWorker('write-site-worker', settings.scratch, {
			workerData: settings,
			resourceLimits: { maxOldGenerationSizeMb: heap }
		});
	} catch (err) {
		log(`wirescope bundle: written in the build's own thread (${(err as Error).message.split('\n')[0]})`);
		await writeSite(settings, log);
		return;
	}
	await new Promise<void>((done, fail) => {
		worker.on('message', (message: { line?: string; report?: unknown; failed?: string }) => {
			if (message.line) log(message.line);
			if (message.report) done();
			if (message.failed) fail(new Error(message.failed));
		});
		worker.on('error', (err: Error & { code?: string }) =>
			fail(
				err.code === 'ERR_WORKER_OUT_OF_MEMORY'
					? new Error(`writing the bundle needed more than ${heap} MB: set WIRESCOPE_BUILD_HEAP_MB higher`)
					: err
			)
		);
		worker.on('exit', (code) => fail(new Error(`the worker writing the bundle stopped (exit ${code})`)));
	});
	await worker.terminate();
}

let pending: Promise<string> | null = null;

/** The folder holding the site's bundle, written on first use. */
function siteFolder(): Promise<string> {
	pending ??= (async () => {
		const dir = corpusDir();
		if (!existsSync(dir)) throw new Error(`CORPUS_DIR does not exist: ${dir}`);
		const scratch = scratchFolder();
		await writeSiteAside(
			{
				dir,
				scratch,
				files: await corpusFileCount(),
				pieceSize: metaPieceSize(),
				onDemandAt: Number(process.env.META_ON_DEMAND_AT ?? META_ON_DEMAND_AT),
				offlineAutoBytes: Number(process.env.OFFLINE_AUTO_MB ?? OFFLINE_AUTO_MB) * 2 ** 20
			},
			(line) => console.log(line)
		);
		return join(scratch, 'site');
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
