/**
 * A short stable hash (53-bit, base 36) of a file's bytes: the same cyrb53 mix as the
 * parser's `shortHash`, over bytes, so it needs no secure context (crypto.subtle does).
 */
export function hashBytes(bytes: Uint8Array): string {
	let h1 = 0xdeadbeef ^ bytes.length;
	let h2 = 0x41c6ce57 ^ bytes.length;
	for (let i = 0; i < bytes.length; i++) {
		const c = bytes[i];
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}
