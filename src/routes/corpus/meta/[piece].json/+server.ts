import { metaPieceCount, metaPieceText } from '$lib/corpus/bundle-write';
import { countCorpusFiles } from '$lib/server/read-corpus';
import { metaPieceSize, siteBundle } from '$lib/server/site-bundle';
import { corpusDir } from '$lib/server/site-corpus';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Entries from the file count, as for the body chunks: pieces past the last article are empty. */
export const entries: EntryGenerator = async () => {
	const files = await countCorpusFiles([corpusDir()]);
	return Array.from({ length: metaPieceCount(files, metaPieceSize()) }, (_, piece) => ({ piece: String(piece) }));
};

/** One article per line (see metaPieceText): the page reads a large piece a few articles per task. */
export const GET: RequestHandler = async ({ params }) =>
	new Response(metaPieceText((await siteBundle()).meta[Number(params.piece)] ?? { articles: [] }), {
		headers: { 'content-type': 'application/json' }
	});
