/// <reference lib="webworker" />
/**
 * Imports files off the main thread: parses them with the build's own parser and
 * `CorpusBuilder` (so rejections carry the CLI's reasons), stores the new collection in
 * IndexedDB here (so the page never serialises it), then sends the articles to the page in
 * batches. Progress goes out at most every PROGRESS_MS. It reads only the files it is
 * given: nothing here touches the network.
 */
import { CorpusBuilder } from '../corpus/corpus';
import type { Article } from '../corpus/types';
import { hashBytes } from './hash';
import { addCollection, ARTICLES_PER_RECORD } from './store';
import type { CollectionRecord, ImportedFile } from './types';
import { unpack } from './unpack';

export interface ImportJob {
	/** Hashes of files already stored: skipped. */
	knownHashes: string[];
	collection: Pick<CollectionRecord, 'id' | 'name' | 'createdAt'>;
}
/**
 * An import arrives as a job, the picked files in batches (cloning 10,000 File handles in
 * one message would hold the page for seconds), and an end.
 */
export type ImportRequest =
	| ({ type: 'job' } & ImportJob)
	| { type: 'files'; files: { name: string; file: File }[] }
	| { type: 'end' };
export type ImportReply =
	| { type: 'progress'; done: number; total: number; phase: 'reading' | 'storing' }
	| { type: 'articles'; articles: Article[] }
	/** `record` is null when there was nothing new to store. */
	| { type: 'done'; record: CollectionRecord | null; skipped: number }
	| { type: 'failed'; message: string };

const PROGRESS_MS = 100;

const reply = (msg: ImportReply) => self.postMessage(msg);

async function run(files: { name: string; file: File }[], { knownHashes, collection }: ImportJob) {
	const known = new Set(knownHashes);
	const builder = new CorpusBuilder();
	const imported: ImportedFile[] = [];
	let skipped = 0;
	let total = files.length;
	let done = 0;
	let lastReport = 0;
	const report = (force = false) => {
		const now = performance.now();
		if (!force && now - lastReport < PROGRESS_MS) return;
		lastReport = now;
		reply({ type: 'progress', done, total, phase: 'reading' });
	};
	for (const { name, file } of files) {
		let parts;
		try {
			parts = unpack(name, new Uint8Array(await file.arrayBuffer()));
		} catch (err) {
			parts = [{ rejection: { file: name, reason: `could not be read: ${(err as Error).message}` } }];
		}
		total += parts.length - 1;
		for (const part of parts) {
			done++;
			if ('rejection' in part) builder.reject(part.rejection);
			else {
				const hash = hashBytes(part.source.bytes);
				if (known.has(hash)) skipped++;
				else {
					known.add(hash);
					imported.push({ name: part.source.file, size: part.source.bytes.length, hash });
					builder.add(part.source);
				}
			}
			report();
		}
	}
	report(true);
	const { articles, rejected } = builder.result();
	if (!imported.length && !rejected.length) return reply({ type: 'done', record: null, skipped });
	const record: CollectionRecord = { ...collection, hidden: false, files: imported, rejected, pieces: Math.ceil(articles.length / ARTICLES_PER_RECORD) };
	reply({ type: 'progress', done, total, phase: 'storing' });
	await addCollection({ ...record, articles });
	for (let k = 0; k < articles.length; k += ARTICLES_PER_RECORD) reply({ type: 'articles', articles: articles.slice(k, k + ARTICLES_PER_RECORD) });
	reply({ type: 'done', record, skipped });
}

let job: ImportJob | null = null;
const picked: { name: string; file: File }[] = [];

self.onmessage = (event: MessageEvent<ImportRequest>) => {
	const msg = event.data;
	if (msg.type === 'job') job = msg;
	else if (msg.type === 'files') picked.push(...msg.files);
	else if (job) run(picked, job).catch((err: Error) => reply({ type: 'failed', message: err.message }));
};
