import { pairShardEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Twice as many shards as the corpus's file count gives (see shardCount): the index fills them. */
export const entries: EntryGenerator = pairShardEntries;

/** One search index pair shard: the postings of the word pairs that hash to it. */
export const GET: RequestHandler = ({ params }) => siteFile(`corpus/index/q/${params.shard}.bin`);
