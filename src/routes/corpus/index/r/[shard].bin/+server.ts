import { pairShardEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** As many as the pair shards (see q/[shard].bin): the index fills them. */
export const entries: EntryGenerator = pairShardEntries;

/** One search index pair position shard: the positions of the pairs of pair shard N. */
export const GET: RequestHandler = ({ params }) => siteFile(`corpus/index/r/${params.shard}.bin`);
