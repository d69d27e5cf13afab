import { json } from '@sveltejs/kit';
import { CHUNK_SIZE } from '$lib/corpus/bundle';
import { countCorpusFiles } from '$lib/server/read-corpus';
import { siteBundle } from '$lib/server/site-bundle';
import { corpusDir } from '$lib/server/site-corpus';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * SvelteKit asks for the entries in a separate pass before prerendering; counting files
 * there (an upper bound on articles) avoids parsing the whole corpus twice. Chunks past
 * the last article come out as empty lists.
 */
export const entries: EntryGenerator = async () => {
	const files = await countCorpusFiles([corpusDir()]);
	return Array.from({ length: Math.max(1, Math.ceil(files / CHUNK_SIZE)) }, (_, chunk) => ({ chunk: String(chunk) }));
};

export const GET: RequestHandler = async ({ params }) => json((await siteBundle()).chunks[Number(params.chunk)] ?? []);
