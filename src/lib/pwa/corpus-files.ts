/**
 * Which of a build's files are its corpus, and whether a response for one is fit to keep. The
 * service worker keeps only what passes: a captive portal's sign-in page sent with status 200,
 * a file cut short or one of another deploy would otherwise be served from the cache, offline
 * and online, until the next build.
 */

import { CARD_SIZE, CHUNK_SIZE, type MetaHead } from '../corpus/bundle';
import { frameParts } from '../corpus/frame-layout';

/** The corpus files under `base` (the app reads them; `articles/` is for other tools and never cached). */
export function isCorpusFile(path: string, base: string): boolean {
	return path.startsWith(`${base}/corpus/`);
}

/** The corpus files every visit needs first: the newest articles with the corpus's description, and the search index's head. */
export function coreCorpusFiles(base: string): string[] {
	return [`${base}/corpus/meta/0.json`, `${base}/corpus/index/head.bin`];
}

/**
 * Every corpus file the app may read, as the corpus's first piece describes it: the metadata
 * pieces, cards, id tables, body chunks, the search index's head, shards and number tables
 * (as many as the id tables), the columns, the term table and the versions. The service worker
 * keeps these; it does not carry the build's list of files, which at a million articles is
 * 83,000 paths (2.4 MB of script fetched on every update check). Just the core files when the
 * piece is not at hand.
 */
export function corpusFilesOf(head: Partial<MetaHead>, base: string): string[] {
	const { articleCount, pieceCount, idTables, chunkSize } = head;
	if (typeof articleCount !== 'number' || typeof pieceCount !== 'number') return coreCorpusFiles(base);
	const corpus = `${base}/corpus`;
	const shards = idTables ?? 1;
	const numbered = (count: number, path: (n: number) => string) => Array.from({ length: count }, (_, n) => path(n));
	return [
		...numbered(pieceCount, (n) => `${corpus}/meta/${n}.json`),
		...numbered(Math.ceil(articleCount / CARD_SIZE), (n) => `${corpus}/cards/${n}.json`),
		...numbered(shards, (n) => `${corpus}/ids/${n}.json`),
		...numbered(Math.ceil(articleCount / (chunkSize ?? CHUNK_SIZE)), (n) => `${corpus}/bodies/${n}.json`),
		`${corpus}/index/head.bin`,
		...['c', 'p', 'n'].flatMap((kind) => numbered(shards, (n) => `${corpus}/index/${kind}/${n}.bin`)),
		// The pair shards and their positions: a bucket's, then one per large pair (see pair-shards.ts).
		...['q', 'r'].flatMap((kind) => numbered(2 * shards, (n) => `${corpus}/index/${kind}/${n}.bin`)),
		`${corpus}/columns.bin`,
		`${corpus}/mentions.bin`,
		`${corpus}/codes.bin`,
		`${corpus}/terms.bin`,
		`${corpus}/versions.json`
	];
}

/** Four-letter kinds that open the binary files framed with their build (see corpus/frame.ts). */
const FRAMED_KINDS = ['WIH3', 'WIC2', 'WIP2', 'WIQ2', 'WIR1', 'WSIN', 'WCO2', 'WSCM', 'WCC3', 'WST2'];
/** Bytes read from a file's start to find its build. */
const HEAD_BYTES = 600;

/**
 * Why the response for corpus file `path` must not be kept, or null when it may: a failed or
 * redirected answer; a JSON file that is not JSON as a whole (an HTML page, a file cut short);
 * a binary file without its kind; a framed file whose content is not as long as its frame
 * says or not of its checksum (cut short or damaged on the way); or a file naming another
 * build than `build` (when known).
 */
export async function unfitCorpusResponse(path: string, res: Response, build: string | undefined): Promise<string | null> {
	if (res.status !== 200 || res.redirected) return `HTTP ${res.status}${res.redirected ? ', redirected' : ''}`;
	const bytes = new Uint8Array(await res.clone().arrayBuffer());
	if (bytes.length === 0) return 'empty';
	const head = new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES));
	if (path.endsWith('.json')) {
		if (!/^\s*[[{]/.test(head)) return 'not JSON';
		try {
			JSON.parse(new TextDecoder().decode(bytes));
		} catch {
			return 'not whole JSON (cut short or damaged)';
		}
		const named = /"build":"([^"]*)"/.exec(head);
		if (build && named && named[1] !== build) return 'of another build';
		return null;
	}
	if (path.endsWith('.bin')) {
		const kind = head.slice(0, 4);
		if (!FRAMED_KINDS.includes(kind)) return 'not a wirescope file';
		const parts = frameParts(bytes);
		if ('problem' in parts) return parts.problem;
		if (build && parts.build !== build) return 'of another build';
	}
	return null;
}
