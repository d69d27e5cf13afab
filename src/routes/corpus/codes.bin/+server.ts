import { siteBundle } from '$lib/server/site-bundle';

export const prerender = true;

/** Every article's stamp and news code, and the places as printed (see search/code-columns.ts), deflated and tagged with the build. */
export async function GET() {
	const { codes } = await siteBundle();
	return new Response(new Blob([codes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/octet-stream' } });
}
