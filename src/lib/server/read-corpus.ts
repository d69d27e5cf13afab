/** Reads corpus files from disk (Node only: the build and the CLI). */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
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
	const names = (await readdir(path)).sort();
	for (const name of names) {
		const child = join(path, name);
		const link = await lstat(child).catch(() => null);
		if (!link) continue;
		if (name.startsWith('.') && (await stat(child).catch(() => null))?.isDirectory()) continue;
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
 * Yields each file under the given paths as bytes, or as a rejection when it cannot be
 * read or is too large to read at all. `base` is what file names are made relative to.
 */
export async function* readCorpusFiles(paths: string[], base: string): AsyncGenerator<FileEntry> {
	const seen = new Set<string>();
	for (const root of paths) {
		for await (const abs of walk(root, seen)) {
			const file = relative(base, abs) || abs;
			try {
				const info = await stat(abs);
				if (info.size > MAX_FILE_BYTES) {
					yield { rejection: { file, reason: oversizeReason(info.size) } };
					continue;
				}
				yield { source: { file, bytes: new Uint8Array(await readFile(abs)) } };
			} catch (err) {
				yield { rejection: { file, reason: `could not be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` } };
			}
		}
	}
}
