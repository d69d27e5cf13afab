import { siteFile } from '$lib/server/site-bundle';

export const prerender = true;

export const GET = () => siteFile('corpus/terms.bin');
