/**
 * Reads corpus files from disk (Node only: the build and the CLI). Only regular files are
 * read, and links only where they lead to a file inside one of the named folders: a FIFO
 * would hang the build, a link to a device would read without end, and a link out of the
 * folder would publish a file nobody meant to (a password file) in the site. Each such file,
 * and each broken link, is listed as rejected with its reason.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent, type Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { MAX_FILE_BYTES, oversizeReason } from '../corpus/decode';
import type { Rejection, SourceFile } from '../corpus/types';

export type FileEntry = { source: SourceFile } | { rejection: Rejection };

/** A path to read, or why it is not read. */
type Found = { path: string } | { path: string; reason: string };

function kindOf(info: Stats): string {
	if (info.isFIFO()) return 'a named pipe';
	if (info.isSocket()) return 'a socket';
	if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
	return 'not a regular file';
}

/** Whether `real` is one of `roots` or inside one. */
function inside(real: string, roots: string[]): boolean {
	return roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));
}

/** A folder's entries in name order. */
async function listed(path: string): Promise<Dirent[]> {
	return (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Every file below `path`, sorted, following links once and only within `roots`; dot-folders
 * (.git) are skipped. Depth first with a stack of the folders being listed rather than the call
 * stack: a folder thousands of levels deep costs memory, not a stack overflow. A folder that
 * cannot be listed (a path too long for the system, no permission) is listed as rejected.
 */
async function* walk(path: string, seen: Set<string>, roots: string[]): AsyncGenerator<Found> {
	const info = await stat(path);
	if (!info.isDirectory()) {
		yield info.isFile() ? { path } : { path, reason: `${kindOf(info)}, not read` };
		return;
	}
	const open: { path: string; entries: Dirent[]; next: number }[] = [];
	/**
	 * Starts listing a folder (once, however many links lead to it: known by device and inode,
	 * as a path's resolution costs a system call per level); why it cannot be, or null.
	 */
	const enter = async (folder: string, info: Stats): Promise<string | null> => {
		const key = `${info.dev}:${info.ino}`;
		if (seen.has(key)) return null;
		seen.add(key);
		try {
			open.push({ path: folder, entries: await listed(folder), next: 0 });
			return null;
		} catch (err) {
			const code = (err as NodeJS.ErrnoException).code;
			return code === 'ENAMETOOLONG'
				? 'a folder whose path is too long for this system, not read'
				: `a folder that could not be listed (${code ?? (err as Error).message})`;
		}
	};
	const failed = await enter(path, info);
	if (failed) yield { path, reason: failed };
	while (open.length) {
		const folder = open[open.length - 1];
		if (folder.next >= folder.entries.length) {
			open.pop();
			continue;
		}
		const entry = folder.entries[folder.next++];
		const child = join(folder.path, entry.name);
		// A plain file needs no more system calls here; folders and links are looked at once more.
		if (entry.isFile()) {
			yield { path: child };
			continue;
		}
		if (entry.isSymbolicLink()) {
			const target = await realpath(child).catch(() => null);
			if (!target) {
				yield { path: child, reason: 'a broken link (nothing is at the place it points to)' };
				continue;
			}
			if (!inside(target, roots)) {
				yield { path: child, reason: 'a link to a file outside the corpus folder, not followed' };
				continue;
			}
		}
		const target = await stat(child).catch((err: NodeJS.ErrnoException) => err);
		if (target instanceof Error) {
			yield {
				path: child,
				reason: target.code === 'ENAMETOOLONG' ? 'a path too long for this system, not read' : 'could not be looked at'
			};
			continue;
		}
		if (target.isDirectory()) {
			if (entry.name.startsWith('.')) continue;
			const cannot = await enter(child, target);
			if (cannot) yield { path: child, reason: cannot };
			continue;
		}
		yield target.isFile() ? { path: child } : { path: child, reason: `${kindOf(target)}, not read` };
	}
}

async function rootsOf(paths: string[]): Promise<string[]> {
	return Promise.all(
		paths.map(async (p) => ((await lstat(p)).isDirectory() || (await stat(p)).isDirectory() ? realpath(p) : realpath(join(p, '..'))))
	);
}

/** How many files `readCorpusFiles` would account for: an upper bound on the number of articles, found without parsing. */
export async function countCorpusFiles(paths: string[]): Promise<number> {
	let n = 0;
	const seen = new Set<string>();
	const roots = await rootsOf(paths);
	for (const root of paths) for await (const _ of walk(root, seen, roots)) n++;
	return n;
}

/**
 * One file's bytes, or why they cannot be had. At most MAX_FILE_BYTES + 1 bytes are read,
 * whatever the file says its size is (a file may grow while it is read). Opened without
 * blocking, in case a pipe took the file's place since it was looked at. Synchronous on
 * purpose: for many small files, one blocking read costs far less than the promise round
 * trips of an asynchronous one.
 */
let readBuffer: Buffer | null = null;

function readEntry(abs: string, base: string): FileEntry {
	const file = relative(base, abs) || abs;
	try {
		const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		try {
			const { size } = fstatSync(fd);
			if (size > MAX_FILE_BYTES) return { rejection: { file, reason: oversizeReason(size) } };
			// One buffer for every file: the bytes kept are copied out of it.
			const buffer = (readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1));
			let length = 0;
			for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
			if (length > MAX_FILE_BYTES) return { rejection: { file, reason: oversizeReason(length) } };
			return { source: { file, bytes: new Uint8Array(buffer.subarray(0, length)) } };
		} finally {
			closeSync(fd);
		}
	} catch (err) {
		return { rejection: { file, reason: `could not be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` } };
	}
}

/**
 * Yields each file under the given paths as bytes, or as a rejection when it is not a file to
 * read (see above), cannot be read or is too large, in sorted order. `base` is what file
 * names are made relative to.
 */
export async function* readCorpusFiles(paths: string[], base: string): AsyncGenerator<FileEntry> {
	const seen = new Set<string>();
	const roots = await rootsOf(paths);
	for (const root of paths) {
		for await (const found of walk(root, seen, roots)) {
			if ('reason' in found) yield { rejection: { file: relative(base, found.path) || found.path, reason: found.reason } };
			else yield readEntry(found.path, base);
		}
	}
}
