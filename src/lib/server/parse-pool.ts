/**
 * Parses corpus files on every core: worker threads running the parser, each sent one file at a
 * time (its bytes moved, not copied) and answering with the article as JSON and the facts a
 * StreamedCorpus keeps. The build's own code is bundled by Vite, which makes no worker files for
 * the server, so the worker (parse-worker.ts) is bundled with esbuild into the scratch folder
 * when the pool starts; where that cannot be done, the build parses on one core, as before.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../corpus/types';
import type { ParsedFile } from './streamed-corpus';

/** Where the worker's source is: beside this file when run from source, under the project when run from Vite's bundle. */
function workerSource(): string | null {
	const candidates = [resolve('src/lib/server/parse-worker.ts')];
	try {
		candidates.unshift(fileURLToPath(new URL('./parse-worker.ts', import.meta.url)));
	} catch {
		// Not a file URL: only the project's path is tried.
	}
	return candidates.find((path) => existsSync(path)) ?? null;
}

/** Threads to parse on: WIRESCOPE_PARSE_THREADS, else one per core. */
export function parseThreads(): number {
	const set = process.env.WIRESCOPE_PARSE_THREADS;
	return set !== undefined && set !== '' ? Math.max(0, Math.floor(Number(set)) || 0) : availableParallelism();
}

export class ParsePool {
	private waiting = new Map<number, { resolve: (parsed: ParsedFile) => void; reject: (err: Error) => void }>();
	private next = 0;

	private constructor(private workers: Worker[]) {
		for (const worker of workers) {
			worker.on('message', ({ n, parsed }: { n: number; parsed: ParsedFile }) => {
				this.waiting.get(n)?.resolve(parsed);
				this.waiting.delete(n);
			});
			worker.on('error', (err) => this.fail(new Error(`a parse worker stopped: ${err.message}`)));
		}
	}

	/** A pool of `threads` workers, or why there is none (then the build parses in its own thread). */
	static async start(scratch: string, threads = parseThreads()): Promise<ParsePool | string> {
		if (threads < 1) return 'WIRESCOPE_PARSE_THREADS=0';
		const source = workerSource();
		if (!source) return 'the parse worker’s source was not found';
		try {
			const { build } = await import('esbuild');
			const outfile = join(scratch, 'parse-worker.mjs');
			await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'silent' });
			return new ParsePool(Array.from({ length: threads }, () => new Worker(outfile)));
		} catch (err) {
			return `the parse workers could not start (${(err as Error).message.split('\n')[0]})`;
		}
	}

	get threads(): number {
		return this.workers.length;
	}

	/** Parses one file in a worker; its bytes are moved there. */
	parse(source: SourceFile): Promise<ParsedFile> {
		const n = this.next++;
		return new Promise((resolve, reject) => {
			this.waiting.set(n, { resolve, reject });
			const bytes =
				source.bytes.byteOffset === 0 && source.bytes.byteLength === source.bytes.buffer.byteLength ? source.bytes : source.bytes.slice();
			this.workers[n % this.workers.length].postMessage({ n, source: { file: source.file, bytes } }, [bytes.buffer as ArrayBuffer]);
		});
	}

	private fail(err: Error): void {
		for (const { reject } of this.waiting.values()) reject(err);
		this.waiting.clear();
	}

	close(): Promise<unknown> {
		return Promise.all(this.workers.map((w) => w.terminate()));
	}
}
