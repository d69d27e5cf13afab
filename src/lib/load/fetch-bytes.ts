/**
 * Fetches a bundle file as bytes, reporting progress (when asked) so a large corpus shows how
 * far it has got. Without `onprogress` the browser puts the bytes together off the page's thread.
 */
export async function fetchBytes(
	url: string,
	onprogress?: (loaded: number, total: number | null) => void,
	init?: RequestInit
): Promise<Uint8Array> {
	const res = await fetch(url, init);
	if (!res.ok) throw new Error(`the corpus bundle could not be loaded (HTTP ${res.status})`);
	if (!onprogress) return new Uint8Array(await res.arrayBuffer());
	const length = Number(res.headers.get('content-length')) || null;
	// A compressed response's length counts compressed bytes, not what the reader yields.
	const total = res.headers.get('content-encoding') ? null : length;
	if (!res.body) return new Uint8Array(await res.arrayBuffer());
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.length;
		onprogress(loaded, total);
	}
	const bytes = new Uint8Array(loaded);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.length;
	}
	return bytes;
}
