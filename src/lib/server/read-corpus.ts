/** Reads corpus files from disk (Node only: the build and the CLI). */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { MAX_FILE_BYTES, oversizeReason } from '../corpus/decode';
import type { Rejection, SourceFile } from '../corpus/types';

export type FileEntry = { source: SourceFile } | { rejection: Rejection };

/** Every regular file below `path`, sorted, following links once; dot-folders (.git) are skipped. */
async function* walk(path: string, seen: Set<string>): AsyncGenerator<string> {
	const info = await stat(path);
	if (!info.isDirectory()) {
		yield path;
		return;
	}
	const real = await realpath(path);
	if (seen.has(real)) return;
	seen.add(real);
	const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		const child = join(path, entry.name);
		// A plain file needs no more system calls here; folders and links are looked at once more.
		if (entry.isFile()) {
			yield child;
			continue;
		}
		const target = await stat(child).catch(() => null);
		if (!target) continue;
		if (entry.name.startsWith('.') && target.isDirectory()) continue;
		yield* walk(child, seen);
	}
}

/** How many files `readCorpusFiles` would read: an upper bound on the number of articles, found without parsing. */
export async function countCorpusFiles(paths: string[]): Promise<number> {
	let n = 0;
	const seen = new Set<string>();
	for (const root of paths) for await (const _ of walk(root, seen)) n++;
	return n;
}

/**
 * One file's bytes, or why they cannot be had. Synchronous on purpose: for many small files,
 * one blocking read costs far less than the promise round trips of an asynchronous one.
 */
function readEntry(abs: string, base: string): FileEntry {
	const file = relative(base, abs) || abs;
	try {
		const fd = openSync(abs, 'r');
		try {
			const { size } = fstatSync(fd);
			if (size > MAX_FILE_BYTES) return { rejection: { file, reason: oversizeReason(size) } };
			return { source: { file, bytes: new Uint8Array(readFileSync(fd)) } };
		} finally {
			closeSync(fd);
		}
	} catch (err) {
		return { rejection: { file, reason: `could not be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` } };
	}
}

/**
 * Yields each file under the given paths as bytes, or as a rejection when it cannot be
 * read or is too large to read at all, in sorted order. `base` is what file names are made
 * relative to.
 */
export async function* readCorpusFiles(paths: string[], base: string): AsyncGenerator<FileEntry> {
	const seen = new Set<string>();
	for (const root of paths) for await (const abs of walk(root, seen)) yield readEntry(abs, base);
}
