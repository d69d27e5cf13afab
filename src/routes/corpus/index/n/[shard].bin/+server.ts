import { indexShardEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** As many shards as the corpus's file count gives (see shardCount): the index fills them. */
export const entries: EntryGenerator = indexShardEntries;

/** One number table of the search index: its numbers (runs of digits), their sizes and where their postings lie. */
export const GET: RequestHandler = ({ params }) => siteFile(`corpus/index/n/${params.shard}.bin`);
