import { siteFile } from '$lib/server/site-bundle';

export const prerender = true;

/** How often each article names each of its countries (see search/article-columns.ts), deflated and tagged with the build. */
export const GET = () => siteFile('corpus/mentions.bin');
