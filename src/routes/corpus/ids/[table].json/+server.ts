import { indexShardEntries, siteIds } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** As many id tables as the index has shards (see MetaFile.idTables): known from the file count. */
export const entries: EntryGenerator = async () => (await indexShardEntries()).map(({ shard }) => ({ table: shard }));

/** The articles whose id falls in this table, each with its index in the bundle. */
export const GET: RequestHandler = async ({ params }) =>
	new Response(JSON.stringify(await siteIds(Number(params.table))), { headers: { 'content-type': 'application/json' } });
