import { indexShardEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** As many shards as the corpus's file count gives (see shardCount): the index fills them. */
export const entries: EntryGenerator = indexShardEntries;

/** One search index position shard: words' positions in each article. */
export const GET: RequestHandler = ({ params }) => siteFile(`corpus/index/p/${params.shard}.bin`);
