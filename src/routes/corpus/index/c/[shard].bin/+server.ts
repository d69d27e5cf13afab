import { indexShardCount, siteBundle } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** As many shards as the corpus's file count gives (see shardCount): the index fills them. */
export const entries: EntryGenerator = async () =>
	Array.from({ length: await indexShardCount() }, (_, shard) => ({ shard: String(shard) }));

/** One search index count shard: words' articles, summaries and short fields. */
export const GET: RequestHandler = async ({ params }) => {
	const file = (await siteBundle()).index.counts[Number(params.shard)];
	if (!file) return new Response('no such shard', { status: 404 });
	return new Response(new Blob([file as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/octet-stream' } });
};
