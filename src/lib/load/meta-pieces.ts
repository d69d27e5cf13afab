/** Loads the bundle's article metadata piece by piece, newest articles first. */
import {
	META_FORMAT,
	adoptMetaPiece,
	checkBuild,
	parseMetaLines,
	splitArticleCount,
	splitMetaBytes,
	type ArticleMeta,
	type MetaFile,
	type MetaHead,
	type MetaPiece
} from '../corpus/bundle';
import { nextTask } from '../next-task';
import { fetchBytes } from './fetch-bytes';
import { RETRY_MS, withRetries } from './retry';

/** How long one task may spend reading a piece's articles before letting the page paint and answer input. */
const READ_SLICE_MS = 5;
/** Articles read between looks at the clock. */
const LINES_AT_ONCE = 10;

export interface MetaPieceLoad {
	/** The first piece, which describes the corpus (counts, country names, rejected files). */
	head: MetaHead;
	/** Which piece this is (0 for the head). */
	n: number;
	articles: ArticleMeta[];
	/** The piece's JSON bytes, already read: the caller may transfer them to a worker. */
	bytes: Uint8Array;
}

/**
 * Fetches `piece(0)`, then the pieces after it one at a time (BundleChanged when one is of
 * another build), calling `onpiece` as each is
 * parsed: a caller can show the first screen long before the last piece is in. When `onpiece`
 * returns a promise, the next piece is fetched once it settles: the first screen does not
 * share the network with the rest of the corpus.
 * `onprogress` reports the first piece's bytes (its size is what the first screen waits for);
 * `fetchLater` fetches the others (the explorer has its search worker do it), each tried again
 * after the pauses of `retryAfter` while it fails (a network that drops for a moment).
 */
export async function loadMetaPieces(
	piece: (n: number) => string,
	onpiece: (load: MetaPieceLoad) => void | Promise<void>,
	onprogress: (loaded: number, total: number | null) => void = () => {},
	fetchLater: (url: string) => Promise<Uint8Array> = (url) => fetchBytes(url),
	retryAfter: readonly number[] = RETRY_MS
): Promise<MetaHead> {
	const first = await fetchBytes(piece(0), onprogress);
	const { head: top, articles } = await readPiece(first, null);
	const head = top as MetaHead;
	await onpiece({ head, n: 0, articles, bytes: first });
	for (let n = 1; n < head.pieceCount; n++) {
		const bytes = await withRetries(() => fetchLater(piece(n)), retryAfter);
		const later = await readPiece(bytes, head.countryNames);
		// A piece of a build deployed since the first piece came: its articles are not this list's.
		checkBuild(head.build, later.head.build);
		await onpiece({ head, n, articles: later.articles, bytes });
	}
	return head;
}

/**
 * A piece's articles as the explorer lists them, read a few at a time in tasks of at most
 * about READ_SLICE_MS: a piece of thousands of articles would otherwise block the page for
 * hundreds of milliseconds on a phone. `countryNames` is null for the first piece, which
 * carries them.
 */
async function readPiece(
	bytes: Uint8Array,
	countryNames: Record<string, string> | null
): Promise<{ head: Partial<MetaFile>; articles: ArticleMeta[] }> {
	const split = splitMetaBytes(bytes);
	// Laid out otherwise (an older writer, a hand-made bundle): read whole.
	const head = (split ? split.head : JSON.parse(new TextDecoder().decode(bytes))) as Partial<MetaFile>;
	if (countryNames === null && head?.format !== META_FORMAT)
		throw new Error('the corpus bundle is not in a format this version understands');
	const names = countryNames ?? head.countryNames ?? {};
	if (!split) return { head, articles: adoptMetaPiece(head as MetaPiece, names) };
	const articles: ArticleMeta[] = [];
	let started = performance.now();
	for (let from = 0; from < splitArticleCount(split); from += LINES_AT_ONCE) {
		if (performance.now() - started > READ_SLICE_MS) {
			await nextTask();
			started = performance.now();
		}
		for (const a of adoptMetaPiece({ articles: parseMetaLines(split, from, from + LINES_AT_ONCE) }, names)) articles.push(a);
	}
	return { head, articles };
}

/** Every article of the bundle, once all pieces are in. */
export async function loadAllMeta(piece: (n: number) => string): Promise<{ head: MetaHead; articles: ArticleMeta[] }> {
	const parts: ArticleMeta[][] = [];
	const head = await loadMetaPieces(piece, ({ articles }) => {
		parts.push(articles);
	});
	return { head, articles: parts.flat() };
}
