/**
 * The envelope of each file of the site's sharded search index (and of its column files,
 * see article-columns.ts and code-columns.ts): a four-letter kind, the
 * bundle's build (so a shard of another deploy is never joined to this one's), the deflated
 * content's length and CRC-32 (so a file cut short or damaged is never read), then the
 * content, deflated (see frame-layout.ts). Static hosts compress text but not binary files, and postings of common
 * words (runs of small varints) shrink to a third; the browser inflates a shard in
 * milliseconds.
 */
import { deflateSync, inflateSync } from 'fflate';
import { BundleChanged } from './bundle';
import { frameParts, framed } from './frame-layout';

export type FrameKind = 'WIH3' | 'WIC2' | 'WIP2' | 'WIQ2' | 'WIR1' | 'WSIN' | 'WCO2' | 'WSCM' | 'WCC3' | 'WST2';

/** What a person calls a file of each kind. */
const FILE_NAMES: Record<FrameKind, string> = {
	WIH3: 'the search index file',
	WIC2: 'the search index file',
	WIP2: 'the search index file',
	WIQ2: 'the search index file',
	WIR1: 'the search index file',
	WSIN: 'the search index file',
	WCO2: 'the article columns file',
	WSCM: 'the country mentions file',
	WCC3: 'the news code columns file',
	WST2: 'the term table'
};

/** Every kind of framed file. */
export const FRAME_KINDS = Object.keys(FILE_NAMES) as FrameKind[];

/** Wraps `content` as a file of this kind and build. */
export function frame(kind: FrameKind, build: string, content: Uint8Array): Uint8Array {
	return framed(kind, build, deflateSync(content, { level: 6 }));
}

/** A file of this kind checked (BundleChanged when it names another build than `build`, when given): its build and its deflated content. */
function opened(kind: FrameKind, bytes: Uint8Array, build?: string): { build: string; packed: Uint8Array } {
	const name = FILE_NAMES[kind];
	// The kind first: a file of an older layout, or a host's page, is no file of this kind, whatever its bytes say after.
	if (bytes.length < 4 || new TextDecoder().decode(bytes.subarray(0, 4)) !== kind)
		throw new Error(`${name} is damaged or not a wirescope file (reload, or rebuild the site)`);
	const parts = frameParts(bytes);
	if ('problem' in parts) {
		if (parts.problem === 'cut short') throw new Error(`${name} is cut short (reload)`);
		if (parts.problem === 'damaged') throw new Error(`${name} is damaged on the way (reload)`);
	}
	if ('problem' in parts || parts.kind !== kind)
		throw new Error(`${name} is damaged or not a wirescope file (reload, or rebuild the site)`);
	if (build && parts.build && build !== parts.build) throw new BundleChanged();
	return { build: parts.build, packed: parts.packed };
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
