/**
 * Turns what a reader dropped into the files to parse: plain files as they are, and each
 * `.zip` as the files inside it ("captures.zip/2021/a.txt"). Folders and the metadata that
 * archivers add (`__MACOSX/`, dot files) are skipped, as the CLI skips dot-folders.
 */
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES, oversizeReason } from '../corpus/decode';
import type { Rejection, SourceFile } from '../corpus/types';

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
const unreadable = (name: string, err: unknown): Unpacked => ({
	rejection: { file: name, reason: `not a readable zip archive: ${(err as Error).message}` }
});

/** The synchronous unzip: fflate's asynchronous one starts blob: workers, which the CSP forbids. */
function* inflateInSteps(name: string, bytes: Uint8Array, paths: string[]): Generator<Unpacked[]> {
	for (let k = 0; k < paths.length; k += ZIP_FILES_PER_STEP) {
		const step = new Set(paths.slice(k, k + ZIP_FILES_PER_STEP));
		let entries: Record<string, Uint8Array>;
		try {
			entries = unzipSync(bytes, { filter: (f) => step.has(f.name) });
		} catch (err) {
			yield [unreadable(name, err)];
			return;
		}
		yield [...step].map((path) => ({ source: { file: `${name}/${path}`, bytes: entries[path] } }));
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
export function unpackInSteps(name: string, bytes: Uint8Array, budget: ImportBudget = { left: Infinity, limit: '' }): Unpacking {
	if (!isZip(name, bytes)) return { count: 1, steps: [[{ source: { file: name, bytes } }]] };
	/** Files refused from the directory alone: too large, or with an unsafe path. */
	const oversized: Unpacked[] = [];
	const paths: string[] = [];
	try {
		// The directory alone: a filter that takes nothing inflates nothing.
		unzipSync(bytes, {
			filter: (f) => {
				if (isUnsafe(f.name)) oversized.push({ rejection: { file: `${name}/${f.name}`, reason: UNSAFE_REASON } });
				else if (isJunk(f.name)) return false;
				else if (f.originalSize > MAX_FILE_BYTES)
					oversized.push({ rejection: { file: `${name}/${f.name}`, reason: oversizeReason(f.originalSize) } });
				else if (f.originalSize > budget.left)
					oversized.push({ rejection: { file: `${name}/${f.name}`, reason: overBudgetReason(budget) } });
				else {
					budget.left -= f.originalSize;
					paths.push(f.name);
				}
				return false;
			}
		});
	} catch (err) {
		return { count: 1, steps: [[unreadable(name, err)]] };
	}
	// A name listed twice is one file, as it would be once unzipped.
	const unique = [...new Set(paths)].sort();
	return {
		count: oversized.length + unique.length,
		steps: (function* () {
			yield oversized;
			yield* inflateInSteps(name, bytes, unique);
		})()
	};
}

export function unpack(name: string, bytes: Uint8Array, budget?: ImportBudget): Unpacked[] {
	return [...unpackInSteps(name, bytes, budget).steps].flat();
}
