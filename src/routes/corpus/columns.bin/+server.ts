import { siteBundle } from '$lib/server/site-bundle';

export const prerender = true;

/** Every article's day, countries, filed-from place and byline (see search/article-columns.ts), deflated and tagged with the build. */
export async function GET() {
	const { columns } = await siteBundle();
	return new Response(new Blob([columns as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/octet-stream' } });
}
