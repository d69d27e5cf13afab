/** Loads the bundle's article metadata piece by piece, newest articles first. */
import { META_FORMAT, readMetaPiece, type ArticleMeta, type MetaFile, type MetaPiece } from '../corpus/bundle';
import { fetchBytes } from './fetch-bytes';

export interface MetaPieceLoad {
	/** The first piece, which describes the corpus (counts, country names, rejected files). */
	head: MetaFile;
	/** Which piece this is (0 for the head). */
	n: number;
	articles: ArticleMeta[];
	/** The piece's JSON bytes, already read: the caller may transfer them to a worker. */
	bytes: Uint8Array;
}

/**
 * Fetches `piece(0)`, then the pieces after it one at a time, calling `onpiece` as each is
 * parsed: a caller can show the first screen long before the last piece is in. When `onpiece`
 * returns a promise, the next piece is fetched once it settles: the first screen does not
 * share the network with the rest of the corpus.
 * `onprogress` reports the first piece's bytes (its size is what the first screen waits for).
 */
export async function loadMetaPieces(
	piece: (n: number) => string,
	onpiece: (load: MetaPieceLoad) => void | Promise<void>,
	onprogress: (loaded: number, total: number | null) => void = () => {}
): Promise<MetaFile> {
	const first = await fetchBytes(piece(0), onprogress);
	const head = JSON.parse(new TextDecoder().decode(first)) as MetaFile;
	if (head?.format !== META_FORMAT) throw new Error('the corpus bundle is not in a format this version understands');
	await onpiece({ head, n: 0, articles: readMetaPiece(head, head.countryNames), bytes: first });
	for (let n = 1; n < head.pieceCount; n++) {
		const bytes = await fetchBytes(piece(n), () => {});
		const part = JSON.parse(new TextDecoder().decode(bytes)) as MetaPiece;
		await onpiece({ head, n, articles: readMetaPiece(part, head.countryNames), bytes });
	}
	return head;
}

/** Every article of the bundle, once all pieces are in. */
export async function loadAllMeta(piece: (n: number) => string): Promise<{ head: MetaFile; articles: ArticleMeta[] }> {
	const parts: ArticleMeta[][] = [];
	const head = await loadMetaPieces(piece, ({ articles }) => {
		parts.push(articles);
	});
	return { head, articles: parts.flat() };
}
