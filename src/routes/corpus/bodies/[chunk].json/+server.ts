import { CHUNK_SIZE } from '$lib/corpus/bundle';
import { runEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * SvelteKit asks for the entries in a separate pass before prerendering; counting files
 * there (an upper bound on articles) avoids parsing the whole corpus twice. Chunks past
 * the last article come out as empty lists.
 */
export const entries: EntryGenerator = async () => (await runEntries(CHUNK_SIZE)).map((chunk) => ({ chunk }));

export const GET: RequestHandler = ({ params }) => siteFile(`corpus/bodies/${params.chunk}.json`);
