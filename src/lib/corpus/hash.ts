/**
 * Short stable hashes (53 bits, 11 base-36 characters): cyrb53's mix, which needs no secure
 * context (crypto.subtle does) and runs the same in Node and the browser.
 */

/** The mix over `length` values read by `at`, from two seeds. */
function cyrb53(length: number, at: (i: number) => number, seed1: number, seed2: number): string {
	let h1 = seed1;
	let h2 = seed2;
	for (let i = 0; i < length; i++) {
		const c = at(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/** A hash of a text's UTF-16 code units: ids of articles that print no news code, corpus fingerprints. */
export function shortHash(text: string): string {
	return cyrb53(text.length, (i) => text.charCodeAt(i), 0xdeadbeef, 0x41c6ce57);
}

/** A hash of a file's bytes (seeded with its length): tells an imported file seen before. */
export function hashBytes(bytes: Uint8Array): string {
	return cyrb53(bytes.length, (i) => bytes[i], 0xdeadbeef ^ bytes.length, 0x41c6ce57 ^ bytes.length);
}

/**
 * A short fingerprint of a corpus: a hash of every article id in order ("ws1-" + 11 characters).
 * The bundle carries its own in every metadata piece and in the search index, so that a page
 * never joins pieces of two builds; exports name the corpus they came from by it.
 */
export function corpusFingerprint(ids: readonly string[]): string {
	return `ws1-${shortHash(ids.join('\n'))}`;
}
