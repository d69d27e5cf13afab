import { siteFile } from '$lib/server/site-bundle';

export const prerender = true;

/** Every article's stamp and news code, and the places as printed (see search/code-columns.ts), deflated and tagged with the build. */
export const GET = () => siteFile('corpus/codes.bin');
