import { CARD_SIZE } from '$lib/corpus/bundle';
import { metaPieceText } from '$lib/corpus/bundle-write';
import { countCorpusFiles } from '$lib/server/read-corpus';
import { siteCards } from '$lib/server/site-bundle';
import { corpusDir } from '$lib/server/site-corpus';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Entries from the file count, as for the metadata pieces: cards past the last article are empty. */
export const entries: EntryGenerator = async () => {
	const files = await countCorpusFiles([corpusDir()]);
	return Array.from({ length: Math.max(1, Math.ceil(files / CARD_SIZE)) }, (_, card) => ({ card: String(card) }));
};

/** CARD_SIZE articles' metadata, laid out as a metadata piece (see metaPieceText). */
export const GET: RequestHandler = async ({ params }) =>
	new Response(metaPieceText(await siteCards(Number(params.card))), { headers: { 'content-type': 'application/json' } });
