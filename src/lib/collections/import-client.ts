import type { Rejection } from '../corpus/types';
import type { ImportJob, ImportProgress, ImportReply, ImportRequest } from './import-messages';
import type { PickedFile } from './picked-files';
import type { CollectionRecord } from './types';

export type { ImportProgress } from './import-messages';

/** What an import stored (null: nothing new), and how many files were skipped as already stored. */
export interface ImportOutcome {
	record: CollectionRecord | null;
	/** Articles in the stored collection. */
	articles: number;
	skipped: number;
	/** With no record: the files refused, with their reasons. */
	rejected: Rejection[];
}

/** Files per message: cloning a File handle costs the page about half a millisecond. */
const FILES_PER_MESSAGE = 20;
/** The page posts files for at most this long before it lets other work (input, paint) run. */
const POST_SLICE_MS = 25;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** An import stopped by the reader before anything was stored. */
export class ImportCancelled extends Error {
	constructor() {
		super('Import cancelled: nothing was stored.');
	}
}

/**
 * Parses and stores files in a fresh import worker; files whose hashes are in `knownHashes`
 * are skipped. The worker starts on the first files while the page still sends the rest.
 * `cancel` stops it while it reads (ImportCancelled): it writes nothing before it has read all.
 */
export function importInWorker(
	files: PickedFile[],
	job: Omit<ImportJob, 'total'>,
	onprogress: (p: ImportProgress) => void,
	cancel?: AbortSignal
): Promise<ImportOutcome> {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	let storing = false;
	return new Promise<ImportOutcome>((resolve, reject) => {
		cancel?.addEventListener('abort', () => {
			// Once it stores, it finishes: a collection half written would be worse than a wait.
			if (storing) return;
			worker.terminate();
			reject(new ImportCancelled());
		});
		worker.addEventListener('error', (e) => reject(new Error(e.message || 'the import worker failed to start')));
		worker.addEventListener('message', (e: MessageEvent<ImportReply>) => {
			const msg = e.data;
			if (msg.type === 'progress') {
				storing ||= msg.phase === 'storing';
				onprogress({ done: msg.done, total: msg.total, phase: msg.phase, file: msg.file });
			} else if (msg.type === 'failed') reject(new Error(msg.message));
			else resolve({ record: msg.record, articles: msg.articles, skipped: msg.skipped, rejected: msg.rejected });
		});
		const post = (msg: ImportRequest) => worker.postMessage(msg);
		post({ type: 'job', ...job, total: files.length });
		// Posting cannot fail; the worker's replies settle the import.
		void (async () => {
			let slice = performance.now();
			for (let k = 0; k < files.length; k += FILES_PER_MESSAGE) {
				if (performance.now() - slice > POST_SLICE_MS) {
					await nextTask();
					slice = performance.now();
				}
				post({ type: 'files', files: files.slice(k, k + FILES_PER_MESSAGE) });
			}
			post({ type: 'end' });
		})();
	}).finally(() => worker.terminate());
}
