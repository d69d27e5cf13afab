import { error, json } from '@sveltejs/kit';
import { siteBundle } from '$lib/server/site-bundle';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => (await siteBundle()).chunks.map((_, chunk) => ({ chunk: String(chunk) }));

export const GET: RequestHandler = async ({ params }) => {
	const chunk = (await siteBundle()).chunks[Number(params.chunk)];
	if (!chunk) error(404, 'no such body chunk');
	return json(chunk);
};
