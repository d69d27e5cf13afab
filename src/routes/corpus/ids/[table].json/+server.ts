import { indexShardEntries, siteFile } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** As many id tables as the index has shards (see MetaFile.idTables): known from the file count. */
export const entries: EntryGenerator = async () => (await indexShardEntries()).map(({ shard }) => ({ table: shard }));

/** The articles whose id falls in this table, each with its index in the bundle. */
export const GET: RequestHandler = ({ params }) => siteFile(`corpus/ids/${params.table}.json`);
