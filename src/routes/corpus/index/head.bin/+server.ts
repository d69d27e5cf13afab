import { siteFile } from '$lib/server/site-bundle';

export const prerender = true;

/** The search index's head: vocabulary, word sizes, article shapes (see search/index-shards.ts). */
export const GET = () => siteFile('corpus/index/head.bin');
