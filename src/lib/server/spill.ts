/**
 * What a build keeps on disk instead of in memory: a scratch folder removed when the process
 * ends, and append-only files of records read back by offset. A corpus of a million articles
 * holds some gigabytes of text; the build keeps each article there once parsed and reads it
 * back when it writes the bundle.
 */
import { closeSync, mkdtempSync, openSync, readSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ByteSource } from '../search/index-segments';

/** Whether process `pid` is running (on this machine). */
function running(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * A new scratch folder under the system's temporary folder (or WIRESCOPE_SCRATCH), named with
 * this process's id. It is removed when the process exits; a build's prerendering runs in a
 * thread that is stopped without notice, so each new folder's making also removes the folders
 * of builds whose process is gone.
 */
export function scratchFolder(): string {
	const root = process.env.WIRESCOPE_SCRATCH || tmpdir();
	for (const name of readdirSync(root)) {
		const pid = /^wirescope-build-(\d+)-/.exec(name)?.[1];
		if (pid && !running(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
	}
	const dir = mkdtempSync(join(root, `wirescope-build-${process.pid}-`));
	process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
	return dir;
}

/** Bytes gathered before they are written: few large writes, not one per record. */
const BATCH = 4 << 20;

/** An append-only file: `append` says where a record went, `read` gives it back. */
export class Spill implements ByteSource {
	private fd: number;
	private pending: Uint8Array[] = [];
	private pendingBytes = 0;
	/** Bytes written to the file so far. */
	private written = 0;

	constructor(readonly path: string) {
		this.fd = openSync(path, 'w+');
	}

	/** Bytes appended so far. */
	get size(): number {
		return this.written + this.pendingBytes;
	}

	/** Appends a record; where it starts. */
	append(record: Uint8Array | string): number {
		const bytes = typeof record === 'string' ? Buffer.from(record) : record;
		const at = this.size;
		this.pending.push(bytes);
		this.pendingBytes += bytes.length;
		if (this.pendingBytes >= BATCH) this.flush();
		return at;
	}

	private flush(): void {
		if (!this.pendingBytes) return;
		const bytes = Buffer.concat(this.pending);
		for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done, bytes.length - done, this.written + done);
		this.written += bytes.length;
		this.pending = [];
		this.pendingBytes = 0;
	}

	/** `length` bytes from `at`, in a buffer of their own. */
	read(at: number, length: number): Uint8Array {
		if (at + length > this.written) this.flush();
		const out = Buffer.allocUnsafe(length);
		for (let done = 0; done < length;) {
			const n = readSync(this.fd, out, done, length - done, at + done);
			if (n === 0) throw new Error(`${this.path} is shorter than expected`);
			done += n;
		}
		return out;
	}

	close(): void {
		this.flush();
		closeSync(this.fd);
	}

	/** Closes the file and removes it. */
	remove(): void {
		this.close();
		rmSync(this.path, { force: true });
	}
}
