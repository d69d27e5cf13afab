import { siteBundle } from '$lib/server/site-bundle';

export const prerender = true;

export async function GET() {
	const { terms } = await siteBundle();
	return new Response(new Blob([terms as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/octet-stream' } });
}
