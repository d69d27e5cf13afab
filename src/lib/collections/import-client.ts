import type { Article } from '../corpus/types';
import type { ImportJob, ImportReply, ImportRequest } from './import.worker';
import type { Collection } from './types';

export interface ImportProgress {
	done: number;
	total: number;
	/** Reading and parsing files, or writing the parsed collection to IndexedDB. */
	phase: 'reading' | 'storing';
}

/** What an import stored (null: nothing new), and how many files were skipped as already stored. */
export interface ImportOutcome {
	collection: Collection | null;
	skipped: number;
}

/** Files handed to the worker per message, one message per task: each clone stays well under a long task. */
const FILES_PER_MESSAGE = 250;

/** Parses and stores files in a fresh import worker; files whose hashes are in `knownHashes` are skipped. */
export function importInWorker(files: { name: string; file: File }[], job: ImportJob, onprogress: (p: ImportProgress) => void): Promise<ImportOutcome> {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	const articles: Article[] = [];
	return new Promise<ImportOutcome>((resolve, reject) => {
		worker.addEventListener('error', (e) => reject(new Error(e.message || 'the import worker failed to start')));
		worker.addEventListener('message', (e: MessageEvent<ImportReply>) => {
			const msg = e.data;
			if (msg.type === 'progress') onprogress({ done: msg.done, total: msg.total, phase: msg.phase });
			else if (msg.type === 'articles') articles.push(...msg.articles);
			else if (msg.type === 'failed') reject(new Error(msg.message));
			else resolve({ collection: msg.record && { ...msg.record, articles }, skipped: msg.skipped });
		});
		const post = (msg: ImportRequest) => worker.postMessage(msg);
		post({ type: 'job', ...job });
		(async () => {
			for (let k = 0; k < files.length; k += FILES_PER_MESSAGE) {
				post({ type: 'files', files: files.slice(k, k + FILES_PER_MESSAGE) });
				await new Promise((next) => setTimeout(next));
			}
			post({ type: 'end' });
		})();
	}).finally(() => worker.terminate());
}
