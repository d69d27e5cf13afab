/** Unsigned varints (seven bits a byte, low first): the search index's and the term table's packing. */

/** A byte buffer that grows as varints are appended: a plain number[] of millions of entries costs far more. */
export class ByteWriter {
	bytes = new Uint8Array(1 << 16);
	length = 0;

	/** Room for `n` more bytes. */
	private reserve(n: number): void {
		if (this.length + n > this.bytes.length) {
			const grown = new Uint8Array(Math.max(this.length + n, this.bytes.length * 2));
			grown.set(this.bytes.subarray(0, this.length));
			this.bytes = grown;
		}
	}

	varint(n: number): void {
		this.reserve(5);
		while (n >= 0x80) {
			this.bytes[this.length++] = (n & 0x7f) | 0x80;
			n >>>= 7;
		}
		this.bytes[this.length++] = n;
	}

	/** Appends bytes as they are. */
	raw(bytes: Uint8Array): void {
		this.reserve(bytes.length);
		this.bytes.set(bytes, this.length);
		this.length += bytes.length;
	}

	done(): Uint8Array {
		return this.bytes.subarray(0, this.length);
	}
}

/** The varint at `cursor.at`, moving the cursor past it (a small function the JIT inlines into the hot loops). */
export function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
	let b = bytes[cursor.at++];
	let n = b & 0x7f;
	for (let shift = 7; b & 0x80; shift += 7) {
		b = bytes[cursor.at++];
		n |= (b & 0x7f) << shift;
	}
	return n;
}
