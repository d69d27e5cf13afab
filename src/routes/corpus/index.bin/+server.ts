import { siteBundle } from '$lib/server/site-bundle';

export const prerender = true;

export async function GET() {
	const { index } = await siteBundle();
	return new Response(new Blob([index as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/octet-stream' } });
}
