/**
 * The layout of the bundle's column files (article-columns.ts, code-columns.ts): a JSON head
 * (string tables, sizes), then typed arrays end to end in the machine's byte order. Reading
 * copies each array out, so that it owns an aligned buffer, and checks every length: a file
 * cut short or not such a file at all gives an error a person can act on.
 */

export type Column = Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** `head` and `parts` as one file's content. */
export function packParts(head: object, parts: readonly Column[]): Uint8Array {
	const headBytes = new TextEncoder().encode(JSON.stringify(head));
	const out = new Uint8Array(4 + headBytes.length + parts.reduce((n, p) => n + p.byteLength, 0));
	new DataView(out.buffer).setUint32(0, headBytes.length, true);
	out.set(headBytes, 4);
	let at = 4 + headBytes.length;
	for (const part of parts) {
		out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
		at += part.byteLength;
	}
	return out;
}

/** A packed file being read: its head, then its parts in the order written; `end` checks nothing is left over. */
export interface PartReader<H> {
	head: H;
	take<T extends Column>(make: new (buffer: ArrayBuffer) => T, width: number, n: number): T;
	end(): void;
	/** The error for a file whose parts do not agree. */
	damaged(): Error;
}

/** Starts reading bytes of packParts. `what` names the file in messages ("the article columns"). */
export function readParts<H>(bytes: Uint8Array, what: string): PartReader<H> {
	if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
		throw new Error(`this browser stores numbers big-endian: ${what} cannot be read`);
	const damaged = () => new Error(`${what} file is damaged (reload, or rebuild the site)`);
	if (bytes.length < 4) throw damaged();
	const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
	let head: H;
	try {
		head = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headLength))) as H;
	} catch {
		throw damaged();
	}
	if (head === null || typeof head !== 'object') throw damaged();
	let at = 4 + headLength;
	return {
		head,
		take(make, width, n) {
			if (!(n >= 0) || at + width * n > bytes.length) throw damaged();
			const copy = bytes.slice(at, at + width * n);
			at += width * n;
			return new make(copy.buffer);
		},
		end() {
			if (at !== bytes.length) throw damaged();
		},
		damaged
	};
}
