/**
 * The one retry policy for the bundle's files: a network that drops for a moment, or a host
 * that answers 5xx while it redeploys, gets asked again after growing pauses; a refusal does
 * not. Metadata pieces, index shards, the term table, the versions of stories and the world
 * map's shapes all go through it.
 */
import { BundleChanged } from '../corpus/bundle';
import { fetchBytes } from './fetch-bytes';

/** Pauses before a file that failed to arrive is asked for again; after the last, the load fails (and the page offers Retry). */
export const RETRY_MS = [1000, 2000, 4000, 8000, 16_000];

/** `attempt()`, tried again after each pause in `pauses` while it fails. */
export async function withRetries<T>(attempt: () => Promise<T>, pauses: readonly number[] = RETRY_MS): Promise<T> {
	for (let k = 0; ; k++) {
		try {
			return await attempt();
		} catch (err) {
			// A refusal (HTTP 4xx but a timeout or a rate limit) will not change by asking again.
			const refused = /\bHTTP 4(?!08|29)\d\d\b/.test((err as Error).message);
			const stopped = (err as Error).name === 'AbortError' || (err as Error).message === 'superseded';
			if (k >= pauses.length || refused || stopped) throw err;
			await new Promise((resume) => setTimeout(resume, pauses[k]));
		}
	}
}

/** A bundle file's bytes, asked for again while the network or the host fails; `init` as fetch's. */
export function fetchWithRetries(url: string, pauses: readonly number[] = RETRY_MS, init?: RequestInit): Promise<Uint8Array> {
	return withRetries(() => fetchBytes(url, undefined, init), pauses);
}

/**
 * A bundle file read by `read`. When `read` throws, the file is damaged (a host's error page
 * sent as the file, a file cut short) and is fetched once more past every cache (`cache:
 * 'reload'`, which the service worker obeys too, replacing its copy), so a damaged copy never
 * stays; unless it is of another build (BundleChanged), which fetching again will not change.
 * `pauses`: as withRetries' (none: the caller retries, telling the reader meanwhile).
 */
export async function fetchChecked<T>(
	url: string,
	read: (bytes: Uint8Array) => T | Promise<T>,
	pauses: readonly number[] = RETRY_MS,
	init?: RequestInit
): Promise<T> {
	const bytes = await fetchWithRetries(url, pauses, init);
	try {
		return await read(bytes);
	} catch (err) {
		if (err instanceof BundleChanged) throw err;
		return await read(await fetchWithRetries(url, pauses, { ...init, cache: 'reload' }));
	}
}

/** A small JSON file of the site (the world map's shapes, the versions of stories), fetched as every bundle file is; `signal` stops it. */
export function fetchJson(url: string, signal?: AbortSignal, pauses: readonly number[] = RETRY_MS): Promise<unknown> {
	return fetchChecked(url, (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown, pauses, { signal });
}
