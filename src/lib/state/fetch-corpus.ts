import type { Corpus } from '../corpus/types';

/** Fetches the corpus bundle, reporting bytes as they arrive so a large corpus shows progress. */
export async function fetchCorpus(url: string, onprogress: (loaded: number, total: number | null) => void): Promise<Corpus> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`the corpus bundle could not be loaded (HTTP ${res.status})`);
	const length = Number(res.headers.get('content-length')) || null;
	// A compressed response's length counts compressed bytes, not what the reader yields.
	const total = res.headers.get('content-encoding') ? null : length;
	if (!res.body) return (await res.json()) as Corpus;
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
	const corpus = JSON.parse(new TextDecoder().decode(bytes)) as Corpus;
	if (!Array.isArray(corpus?.articles)) throw new Error('the corpus bundle is not in the expected format');
	return corpus;
}
