import { siteFile } from '$lib/server/site-bundle';

export const prerender = true;

/** The files of the corpus folder that hold no article, each with why: for tools, beside the articles. */
export const GET = () => siteFile('articles/rejected.json');
