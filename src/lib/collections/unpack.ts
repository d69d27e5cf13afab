/**
 * Turns what a reader dropped into the files to parse: plain files as they are, and each
 * `.zip` as the files inside it ("captures.zip/2021/a.txt"). Folders and the metadata that
 * archivers add (`__MACOSX/`, dot files) are skipped, as the CLI skips dot-folders.
 */
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES, oversizeReason } from '../corpus/decode';
import type { Rejection, SourceFile } from '../corpus/types';
import { crc32 } from '../crc32';

export type Unpacked = { source: SourceFile } | { rejection: Rejection };

/** A file's contents: how many there are, and the contents themselves in steps. */
export interface Unpacking {
	count: number;
	steps: Iterable<Unpacked[]>;
}

/**
 * Files inflated per pass over a zip. Each pass reads the archive's directory again (a few
 * milliseconds for 10,000 files), and between passes an import can say how far it has got.
 */
const ZIP_FILES_PER_STEP = 500;

const isZip = (name: string, bytes: Uint8Array) => /\.zip$/i.test(name) && bytes[0] === 0x50 && bytes[1] === 0x4b;
/** A path that would climb out of the folder it is unpacked to ("../x", "/etc/x", "C:\\x"). */
const isUnsafe = (path: string) => /^([/\\]|[a-zA-Z]:)/.test(path) || path.split(/[/\\]/).includes('..');
const isJunk = (path: string) =>
	path.endsWith('/') || path.split('/').some((part) => (part.startsWith('.') && part !== '..') || part === '__MACOSX');
const UNSAFE_REASON = 'a path that leads out of the archive, not unpacked';
/** Why fflate could not read an archive, as a person reads it. */
function zipTrouble(message: string): string {
	const method = /unknown compression type (\d+)/.exec(message);
	if (method) return `its directory is damaged, or an entry is packed by a method this reader lacks (${method[1]})`;
	if (/invalid zip data/.test(message)) return 'its directory is damaged or missing';
	if (/unexpected EOF/i.test(message)) return 'it is cut short';
	return message;
}
const unreadable = (name: string, err: unknown): Unpacked => ({
	rejection: { file: name, reason: `not a readable zip archive: ${zipTrouble((err as Error).message)}` }
});
const TWICE_REASON = 'the archive lists another entry of this name: only one of them is read';

/** Code page 437's characters for bytes 0x80–0xFF: what a zip's names mean when not marked UTF-8 (the format's default). */
const CP437_HIGH =
	'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const UTF8_FLAG = 0x800;

/**
 * An entry's name as a person reads it: UTF-8 when the entry says so, or when its bytes are
 * UTF-8 anyway (many tools write UTF-8 without saying); otherwise code page 437, as the zip
 * format has it and as Windows' own zip tool writes ("caf\x82.txt" is café.txt).
 */
function readableName(raw: Uint8Array, flags: number): string {
	if (flags & UTF8_FLAG) return new TextDecoder().decode(raw);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(raw);
	} catch {
		return Array.from(raw, (b) => (b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80])).join('');
	}
}

interface Recorded {
	crc: number;
	/** The name to show (see readableName). */
	name: string;
}

/**
 * Each entry's CRC-32 and readable name as the archive's central directory records them, by
 * the name fflate gives the entry (UTF-8 when flagged, else Latin-1): empty when the directory
 * cannot be read this simply, as in a ZIP64 archive (then no entry is checked).
 */
function recordedEntries(bytes: Uint8Array): Map<string, Recorded> {
	const entries = new Map<string, Recorded>();
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	eachListed(bytes, (at) => {
		const flags = view.getUint16(at + 8, true);
		const nameLength = view.getUint16(at + 28, true);
		const raw = bytes.subarray(at + 46, at + 46 + nameLength);
		const key = flags & UTF8_FLAG ? new TextDecoder().decode(raw) : Array.from(raw, (b) => String.fromCharCode(b)).join('');
		entries.set(key, { crc: view.getUint32(at + 16, true), name: readableName(raw, flags) });
	});
	return entries;
}

/** The end record's comment is at most this long: the record is searched for no further back. */
const MAX_END_SEARCH = 22 + 0xffff;

/** Where the archive's end record is, the number of entries it says the directory holds, and where the directory ends; null when there is none. */
function endRecord(bytes: Uint8Array): { end: number; declared: number; directoryEnd: number } | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	while (end >= 0 && end >= bytes.length - MAX_END_SEARCH && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0 || end < bytes.length - MAX_END_SEARCH) return null;
	return { end, declared: view.getUint16(end + 10, true), directoryEnd: view.getUint32(end + 16, true) + view.getUint32(end + 12, true) };
}

/**
 * Calls `visit` with each record of the central directory, as many as it holds, whatever the end
 * record says; returns how many, and whether the walk reached the directory's recorded end (a
 * directory damaged halfway, or of 65,535 entries or more, does not).
 */
function eachListed(bytes: Uint8Array, visit: (at: number) => void = () => {}): { listed: number; whole: boolean } {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const record = endRecord(bytes);
	if (!record) return { listed: 0, whole: false };
	let at = view.getUint32(record.end + 16, true);
	let n = 0;
	for (; at + 46 <= record.end && view.getUint32(at, true) === 0x02014b50 && n < 0xffff; n++) {
		visit(at);
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return { listed: n, whole: at === record.directoryEnd };
}

/**
 * An archive whose end record says it holds another number of entries than its directory lists
 * (1,000 for 3, or 1 for 2: damaged or crafted) is read by its directory, every listed entry,
 * and says so: a copy with the end record's count made right, and the note.
 */
function countedRight(bytes: Uint8Array): { bytes: Uint8Array; note: string | null } {
	const record = endRecord(bytes);
	const { listed, whole } = eachListed(bytes);
	// Only a directory walked to its end is known to list every entry: else fflate's own reading, and its refusal.
	if (!record || !whole || listed === 0 || listed === record.declared) return { bytes, note: null };
	const fixed = bytes.slice();
	const view = new DataView(fixed.buffer);
	view.setUint16(record.end + 8, listed, true);
	view.setUint16(record.end + 10, listed, true);
	const says = record.declared.toLocaleString('en');
	return {
		bytes: fixed,
		note: `the archive's end record says it holds ${says} ${record.declared === 1 ? 'entry' : 'entries'} but its directory lists ${listed.toLocaleString('en')} (a damaged or crafted zip): every listed entry was read`
	};
}

/**
 * Past this many times its packed size, an entry is taken for a compression bomb: text packs
 * about 3 to 1, a page of markup 10 to 1; an entry of one sentence repeated, 1,000 to 1. (Apache
 * POI refuses past 100 to 1 too.) An entry of up to RATIO_GRACE_BYTES (a file of one line
 * repeated) is let through, as long as such entries of an archive inflate to TIGHT_SMALL_BYTES
 * in all: thousands of small ones make a bomb too.
 */
export const MAX_PACKING_RATIO = 100;
const RATIO_GRACE_BYTES = 100 * 1024;
const TIGHT_SMALL_BYTES = 1024 * 1024;
const bombReason = (ratio: number) =>
	`packed ${Math.round(ratio).toLocaleString('en')} to 1, far tighter than any text (a compression bomb?), not read`;

const CRC_REASON = 'inflates to other contents than the archive records (a damaged or crafted archive), not read';

/**
 * The synchronous unzip: fflate's asynchronous one starts blob: workers, which the CSP forbids.
 * fflate inflates each entry into a buffer of its declared size and stops there, so an entry
 * that declares less than it holds is cut, never inflated without bound; its checksum then
 * differs from the one recorded, and it is refused.
 */
function* inflateInSteps(name: string, bytes: Uint8Array, paths: string[], recorded: Map<string, Recorded>): Generator<Unpacked[]> {
	for (let k = 0; k < paths.length; k += ZIP_FILES_PER_STEP) {
		const step = new Set(paths.slice(k, k + ZIP_FILES_PER_STEP));
		let entries: Record<string, Uint8Array>;
		try {
			entries = unzipSync(bytes, { filter: (f) => step.has(f.name) });
		} catch (err) {
			yield [unreadable(name, err)];
			return;
		}
		yield [...step].map((path): Unpacked => {
			const entry = recorded.get(path);
			const file = `${name}/${entry?.name ?? path}`;
			if (entry && crc32(entries[path]) !== entry.crc) return { rejection: { file, reason: CRC_REASON } };
			return { source: { file, bytes: entries[path] } };
		});
	}
}

/**
 * What an import may still take, in bytes of text: files past it are refused, each with the
 * reason. A zip's files count by the size their directory declares; an entry that inflates past
 * its declared size is cut there (fflate fills a buffer of the declared size), so the memory an
 * import takes is bounded by what it declared and accepted.
 */
export interface ImportBudget {
	left: number;
	/** What the limit is, for the reason given: "the 800 MB this browser lets the site store". */
	limit: string;
}

export const overBudgetReason = (budget: ImportBudget) => `the import would go past ${budget.limit}: import the rest separately`;

/** A file as it is, or a zip's files (oversized ones rejected up front, the rest in path order), inflated a few hundred at a time. */
export function unpackInSteps(name: string, given: Uint8Array, budget: ImportBudget = { left: Infinity, limit: '' }): Unpacking {
	if (!isZip(name, given)) return { count: 1, steps: [[{ source: { file: name, bytes: given } }]] };
	const { bytes, note } = countedRight(given);
	/** Files refused from the directory alone: too large, packed like a bomb, or with an unsafe path. */
	const oversized: Unpacked[] = [];
	const paths: string[] = [];
	const recorded = recordedEntries(bytes);
	const seen = new Set<string>();
	/** What small entries packed past the ratio may still inflate to. */
	let tightLeft = TIGHT_SMALL_BYTES;
	try {
		// The directory alone: a filter that takes nothing inflates nothing.
		unzipSync(bytes, {
			filter: (f) => {
				const file = `${name}/${recorded.get(f.name)?.name ?? f.name}`;
				const ratio = f.originalSize / Math.max(1, f.size);
				if (seen.has(f.name)) oversized.push({ rejection: { file, reason: TWICE_REASON } });
				else if (isUnsafe(f.name)) oversized.push({ rejection: { file, reason: UNSAFE_REASON } });
				else if (isJunk(f.name)) return false;
				else if (f.originalSize > MAX_FILE_BYTES) oversized.push({ rejection: { file, reason: oversizeReason(f.originalSize) } });
				else if (ratio > MAX_PACKING_RATIO && (f.originalSize > RATIO_GRACE_BYTES || f.originalSize > tightLeft))
					oversized.push({ rejection: { file, reason: bombReason(ratio) } });
				else if (f.originalSize > budget.left) oversized.push({ rejection: { file, reason: overBudgetReason(budget) } });
				else {
					if (ratio > MAX_PACKING_RATIO) tightLeft -= f.originalSize;
					budget.left -= f.originalSize;
					paths.push(f.name);
				}
				seen.add(f.name);
				return false;
			}
		});
	} catch (err) {
		return { count: 1, steps: [[unreadable(name, err)]] };
	}
	// A name listed twice is one file, as it would be once unzipped; the other is listed as rejected.
	const unique = [...paths].sort();
	return {
		count: oversized.length + unique.length,
		steps: (function* () {
			yield oversized;
			for (const step of inflateInSteps(name, bytes, unique, recorded))
				yield note ? step.map((u) => ('source' in u ? { source: { ...u.source, notes: [note] } } : u)) : step;
		})()
	};
}

export function unpack(name: string, bytes: Uint8Array, budget?: ImportBudget): Unpacked[] {
	return [...unpackInSteps(name, bytes, budget).steps].flat();
}
