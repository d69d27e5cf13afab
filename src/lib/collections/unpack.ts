/**
 * Turns what a reader dropped into the files to parse: plain files as they are, and each
 * `.zip` as the files inside it ("captures.zip/2021/a.txt"). Folders and the metadata that
 * archivers add (`__MACOSX/`, dot files) are skipped, as the CLI skips dot-folders.
 */
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES, oversizeReason } from '../corpus/decode';
import type { Rejection, SourceFile } from '../corpus/types';

export type Unpacked = { source: SourceFile } | { rejection: Rejection };

const isZip = (name: string, bytes: Uint8Array) => /\.zip$/i.test(name) && bytes[0] === 0x50 && bytes[1] === 0x4b;
const isJunk = (path: string) => path.endsWith('/') || path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

export function unpack(name: string, bytes: Uint8Array): Unpacked[] {
	if (!isZip(name, bytes)) return [{ source: { file: name, bytes } }];
	const out: Unpacked[] = [];
	let entries: Record<string, Uint8Array>;
	try {
		// The synchronous unzip: fflate's asynchronous one starts blob: workers, which the CSP forbids.
		entries = unzipSync(bytes, {
			filter: (f) => {
				if (isJunk(f.name)) return false;
				if (f.originalSize > MAX_FILE_BYTES) out.push({ rejection: { file: `${name}/${f.name}`, reason: oversizeReason(f.originalSize) } });
				return f.originalSize <= MAX_FILE_BYTES;
			}
		});
	} catch (err) {
		return [{ rejection: { file: name, reason: `not a readable zip archive: ${(err as Error).message}` } }];
	}
	for (const path of Object.keys(entries).sort()) out.push({ source: { file: `${name}/${path}`, bytes: entries[path] } });
	return out;
}
