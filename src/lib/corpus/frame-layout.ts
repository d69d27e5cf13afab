/**
 * The layout of a framed bundle file (see frame.ts), read without inflating it: a
 * four-letter kind, the build's length and the build, then the deflated content's length and
 * CRC-32, then the content. What the service worker checks before it keeps a file, and what
 * every reader checks before it inflates one: a file cut short or damaged on the way says so.
 */
import { crc32 } from '../crc32';

export interface FrameParts {
	kind: string;
	build: string;
	packed: Uint8Array;
}

/** The parts of a framed file, or why it is not whole: not such a file at all, cut short, or damaged. */
export function frameParts(bytes: Uint8Array): FrameParts | { problem: 'not a wirescope file' | 'cut short' | 'damaged' } {
	if (bytes.length < 8) return { problem: bytes.length ? 'cut short' : 'not a wirescope file' };
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const kind = new TextDecoder().decode(bytes.subarray(0, 4));
	if (!/^W[A-Z0-9]{3}$/.test(kind)) return { problem: 'not a wirescope file' };
	const buildLength = view.getUint32(4, true);
	const start = 8 + buildLength + 8;
	if (start > bytes.length) return { problem: 'cut short' };
	const build = new TextDecoder().decode(bytes.subarray(8, 8 + buildLength));
	const packedLength = view.getUint32(8 + buildLength, true);
	const crc = view.getUint32(12 + buildLength, true);
	if (start + packedLength > bytes.length) return { problem: 'cut short' };
	const packed = bytes.subarray(start, start + packedLength);
	if (start + packedLength < bytes.length || crc32(packed) !== crc) return { problem: 'damaged' };
	return { kind, build, packed };
}

/** A framed file of `kind`, `build` and deflated content `packed`. */
export function framed(kind: string, build: string, packed: Uint8Array): Uint8Array {
	const buildBytes = new TextEncoder().encode(build);
	const out = new Uint8Array(8 + buildBytes.length + 8 + packed.length);
	const view = new DataView(out.buffer);
	out.set(new TextEncoder().encode(kind), 0);
	view.setUint32(4, buildBytes.length, true);
	out.set(buildBytes, 8);
	view.setUint32(8 + buildBytes.length, packed.length, true);
	view.setUint32(12 + buildBytes.length, crc32(packed), true);
	out.set(packed, 16 + buildBytes.length);
	return out;
}
