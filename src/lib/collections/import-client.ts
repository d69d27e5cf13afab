import { Caller, type FromWorker } from '../worker-calls';
import type { ImportCalls, ImportJob, ImportOutcome, ImportProgress } from './import-messages';
import type { PickedFile } from './picked-files';

export type { ImportOutcome, ImportProgress } from './import-messages';

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
	const caller = new Caller<ImportCalls>((message, transfer) => worker.postMessage(message, transfer));
	worker.addEventListener('message', (e: MessageEvent<FromWorker>) => caller.receive(e.data));
	let storing = false;
	return new Promise<ImportOutcome>((resolve, reject) => {
		cancel?.addEventListener('abort', () => {
			// Once it stores, it finishes: a collection half written would be worse than a wait.
			if (storing) return;
			worker.terminate();
			reject(new ImportCancelled());
		});
		worker.addEventListener('error', (e) => reject(new Error(e.message || 'the import worker failed to start')));
		caller
			.call(
				'job',
				{ ...job, total: files.length },
				{
					onevent: (progress) => {
						storing ||= progress.phase === 'storing';
						onprogress(progress);
					}
				}
			)
			.then((outcome) => resolve(outcome!), reject);
		// The job's answer settles the import; a batch's own answer says nothing more.
		void (async () => {
			let slice = performance.now();
			for (let k = 0; k < files.length; k += FILES_PER_MESSAGE) {
				if (performance.now() - slice > POST_SLICE_MS) {
					await nextTask();
					slice = performance.now();
				}
				caller.tell('files', files.slice(k, k + FILES_PER_MESSAGE));
			}
			caller.tell('end', null);
		})();
	}).finally(() => worker.terminate());
}
