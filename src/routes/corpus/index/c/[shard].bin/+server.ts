import { indexShardEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** As many shards as the corpus's file count gives (see shardCount): the index fills them. */
export const entries: EntryGenerator = indexShardEntries;

/** One search index count shard: words' articles, summaries and short fields. */
export const GET: RequestHandler = ({ params }) => siteFile(`corpus/index/c/${params.shard}.bin`);
