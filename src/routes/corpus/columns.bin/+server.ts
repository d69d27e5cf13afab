import { siteFile } from '$lib/server/site-bundle';

export const prerender = true;

/** Every article's day, countries, filed-from place and byline (see search/article-columns.ts), deflated and tagged with the build. */
export const GET = () => siteFile('corpus/columns.bin');
