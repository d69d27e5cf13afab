import { siteBundle } from '$lib/server/site-bundle';

export const prerender = true;

/** The search index's head: vocabulary, word sizes, article shapes (see search/index-shards.ts). */
export async function GET() {
	const { index } = await siteBundle();
	return new Response(new Blob([index.head as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/octet-stream' } });
}
