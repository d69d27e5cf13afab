import { metaPieceCount } from '$lib/corpus/bundle-write';
import { corpusFileCount, metaPieceSize, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Entries from the file count, as for the body chunks: pieces past the last article are empty. */
export const entries: EntryGenerator = async () =>
	Array.from({ length: metaPieceCount(await corpusFileCount(), metaPieceSize()) }, (_, piece) => ({ piece: String(piece) }));

/** One article per line (see metaPieceText): the page reads a large piece a few articles per task. */
export const GET: RequestHandler = ({ params }) => siteFile(`corpus/meta/${params.piece}.json`);
