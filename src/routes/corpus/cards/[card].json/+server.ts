import { CARD_SIZE } from '$lib/corpus/bundle';
import { runEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Entries from the file count, as for the metadata pieces: cards past the last article are empty. */
export const entries: EntryGenerator = async () => (await runEntries(CARD_SIZE)).map((card) => ({ card }));

/** CARD_SIZE articles' metadata, laid out as a metadata piece (see metaPieceText). */
export const GET: RequestHandler = ({ params }) => siteFile(`corpus/cards/${params.card}.json`);
