import { indexShardEntries, indexShardResponse } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** As many number tables as shards (see shardCount): the numbers shared out evenly, some tables empty in a small corpus. */
export const entries: EntryGenerator = indexShardEntries;

/** One number table of the search index: its numbers (runs of digits), their sizes and where their postings lie. */
export const GET: RequestHandler = ({ params }) => indexShardResponse('numbers', Number(params.shard));
