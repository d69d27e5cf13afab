import { ARTICLES_PER_PART } from '$lib/server/bundle-writer';
import { runEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The corpus for tools, ARTICLES_PER_PART articles a file, one per line (JSON Lines), newest first; the app never reads it. */
export const entries: EntryGenerator = async () => (await runEntries(ARTICLES_PER_PART)).map((part) => ({ part }));

export const GET: RequestHandler = ({ params }) => siteFile(`articles/${params.part}.jsonl`);
