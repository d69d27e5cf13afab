import { json } from '@sveltejs/kit';
import { siteBundle } from '$lib/server/site-bundle';

export const prerender = true;

export async function GET() {
	return json((await siteBundle()).versions);
}
