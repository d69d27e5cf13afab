import { json } from '@sveltejs/kit';
import { siteCorpus } from '$lib/server/site-corpus';

export const prerender = true;

export async function GET() {
	const { corpus } = await siteCorpus();
	return json(corpus);
}
