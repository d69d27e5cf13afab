/**
 * The envelope of each file of the site's sharded search index (and of its column files,
 * see article-columns.ts and code-columns.ts): a four-letter kind, the
 * bundle's build (so a shard of another deploy is never joined to this one's), then the
 * content, deflated. Static hosts compress text but not binary files, and postings of common
 * words (runs of small varints) shrink to a third; the browser inflates a shard in
 * milliseconds.
 */
import { deflateSync, inflateSync } from 'fflate';
import { BundleChanged } from '../corpus/bundle';

export type FrameKind = 'WIH3' | 'WIC2' | 'WIP2' | 'WIQ1' | 'WSIN' | 'WCO2' | 'WSCM' | 'WCC3';

/** What a person calls a file of each kind. */
const FILE_NAMES: Record<FrameKind, string> = {
	WIH3: 'the search index file',
	WIC2: 'the search index file',
	WIP2: 'the search index file',
	WIQ1: 'the search index file',
	WSIN: 'the search index file',
	WCO2: 'the article columns file',
	WSCM: 'the country mentions file',
	WCC3: 'the news code columns file'
};

/** Every kind of framed file. */
export const FRAME_KINDS = Object.keys(FILE_NAMES) as FrameKind[];

/** Wraps `content` as a file of this kind and build. */
export function frame(kind: FrameKind, build: string, content: Uint8Array): Uint8Array {
	const buildBytes = new TextEncoder().encode(build);
	const packed = deflateSync(content, { level: 6 });
	const out = new Uint8Array(8 + buildBytes.length + packed.length);
	out.set(new TextEncoder().encode(kind), 0);
	new DataView(out.buffer).setUint32(4, buildBytes.length, true);
	out.set(buildBytes, 8);
	out.set(packed, 8 + buildBytes.length);
	return out;
}

/** A file of this kind checked (BundleChanged when it names another build than `build`, when given): its build and its deflated content. */
function opened(kind: FrameKind, bytes: Uint8Array, build?: string): { build: string; packed: Uint8Array } {
	const name = FILE_NAMES[kind];
	if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== kind) {
		throw new Error(`${name} is damaged or not a wirescope file (reload, or rebuild the site)`);
	}
	const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
	if (8 + length > bytes.length) throw new Error(`${name} is cut short (reload)`);
	const found = new TextDecoder().decode(bytes.subarray(8, 8 + length));
	if (build && found && build !== found) throw new BundleChanged();
	return { build: found, packed: bytes.subarray(8 + length) };
}

const cutShort = (kind: FrameKind) => new Error(`${FILE_NAMES[kind]} is cut short or damaged (reload)`);

/**
 * The content of a file of this kind, checked: BundleChanged when it names another build than
 * `build` (when given), an error a person can act on when it is not such a file at all (a
 * host's error page, a file cut short).
 */
export function unframe(kind: FrameKind, bytes: Uint8Array, build?: string): { build: string; content: Uint8Array } {
	const { build: found, packed } = opened(kind, bytes, build);
	try {
		return { build: found, content: inflateSync(packed) };
	} catch {
		throw cutShort(kind);
	}
}

/**
 * As unframe, inflated by the browser's own zlib where it has one: for a file of megabytes
 * (the index's head, the columns) several times faster than inflating in JavaScript, which a
 * cold worker runs slowly. Browsers without it inflate as unframe does.
 */
export async function unframeAsync(kind: FrameKind, bytes: Uint8Array, build?: string): Promise<{ build: string; content: Uint8Array }> {
	const { build: found, packed } = opened(kind, bytes, build);
	let stream: DecompressionStream;
	try {
		stream = new DecompressionStream('deflate-raw');
	} catch {
		return unframe(kind, bytes, build);
	}
	try {
		const inflated = await new Response(new Blob([packed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream)).arrayBuffer();
		return { build: found, content: new Uint8Array(inflated) };
	} catch {
		throw cutShort(kind);
	}
}
