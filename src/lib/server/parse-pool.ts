/**
 * Parses corpus files on every core: worker threads running the parser, each sent one file at a
 * time (its bytes moved, not copied) and answering with the article as JSON and the facts a
 * StreamedCorpus keeps (parse-worker.ts, see bundled-worker.ts); where workers cannot start, the
 * build parses on one core.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { SourceFile } from '../corpus/types';
import { startWorker } from './bundled-worker';
import type { ParsedFile } from './streamed-corpus';

/** Each parse worker's heap: a file at a time needs little, and a small heap is collected often. */
const PARSE_HEAP_MB = 256;

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
		try {
			const limits = { resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB } };
			return new ParsePool(await Promise.all(Array.from({ length: threads }, () => startWorker('parse-worker', scratch, limits))));
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
