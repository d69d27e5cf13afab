/// <reference lib="webworker" />
/**
 * Imports files off the main thread: parses them with the build's own parser and
 * `CorpusBuilder` (so rejections carry the CLI's reasons) as they arrive from the page, and
 * stores the new collection in IndexedDB here, piece by piece, so the page never serialises
 * or even receives the articles: it reads their metadata back from IndexedDB. Progress goes
 * out at most every PROGRESS_MS while reading and after each stored piece. It reads only the
 * files it is given: nothing here touches the network.
 */
import { signature, versionGroups } from '../provenance/versions';
import { appendAll } from '../append';
import { CorpusBuilder } from '../corpus/corpus';
import { hashBytes } from '../corpus/hash';
import type { ImportCalls, ImportJob, ImportOutcome, ImportProgress } from './import-messages';
import { answerCalls, type ToWorker } from '../worker-calls';
import type { PickedFile } from './picked-files';
import { addCollection, ARTICLES_PER_RECORD } from './store';
import type { CollectionRecord, ImportedFile } from './types';
import { importBudget, refusedBySize } from './import-limits';
import { unpackInSteps, type ImportBudget, type Unpacking } from './unpack';

const PROGRESS_MS = 100;
/** Files being read at once: each read waits on the browser's file store, so a few overlap. */
const READ_AHEAD = 8;

const picked: (PickedFile | null)[] = [];
let ended = false;
/** Wakes the reader up when more files (or the end) arrive. */
let arrived: () => void = () => {};

/** A picked file refused before it was unpacked, with the reason. */
const refusal = (file: string, reason: string): Unpacking => ({ count: 1, steps: [[{ rejection: { file, reason } }]] });

/** The picked files' contents, in order, as they arrive and are read (a few at a time). */
async function* contents(budget: ImportBudget): AsyncGenerator<Unpacking> {
	const reading: Promise<{ name: string; bytes: Uint8Array } | Unpacking>[] = [];
	let next = 0;
	for (;;) {
		while (reading.length < READ_AHEAD && next < picked.length) {
			const { name, file } = picked[next]!;
			// Read once, then let the handle go.
			picked[next++] = null;
			const refused = refusedBySize(name, file.size, budget);
			reading.push(
				refused
					? Promise.resolve(refusal(name, refused))
					: file.arrayBuffer().then(
							(buffer) => ({ name, bytes: new Uint8Array(buffer) }),
							(err: Error) => refusal(name, `could not be read: ${err.message}`)
						)
			);
		}
		if (reading.length) {
			const read = await reading.shift()!;
			// Unpacked here, in turn: a zip's files are inflated as the import gets to them.
			yield 'bytes' in read ? unpackInSteps(read.name, read.bytes, budget) : read;
		} else if (ended) return;
		else await new Promise<void>((wake) => (arrived = wake));
	}
}

async function run({ knownHashes, collection, total: fileCount }: ImportJob, tell: (p: ImportProgress) => void): Promise<ImportOutcome> {
	const known = new Set(knownHashes);
	const builder = new CorpusBuilder();
	const imported: ImportedFile[] = [];
	let skipped = 0;
	let total = fileCount;
	let done = 0;
	let lastReport = 0;
	let file = '';
	const report = (force = false) => {
		const now = performance.now();
		if (!force && now - lastReport < PROGRESS_MS) return;
		lastReport = now;
		tell({ done, total, phase: 'reading', file });
	};
	for await (const { count, steps } of contents(await importBudget())) {
		total += count - 1;
		// A zip's count is news: say it before inflating its first files.
		if (count > 1) report(true);
		for (const parts of steps) {
			for (const part of parts) {
				done++;
				file = 'rejection' in part ? part.rejection.file : part.source.file;
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
	}
	report(true);
	const { articles, rejected } = builder.result();
	// Only the files stored are remembered as imported: one the parser refused may come back fixed.
	const refused = new Set(rejected.map((r) => r.file));
	const stored = imported.filter((f) => !refused.has(f.name));
	// Nothing to store: the rejections (if any) are said, not kept as a collection of nothing.
	if (!articles.length) return { record: null, articles: 0, skipped, rejected };
	const record: CollectionRecord = {
		...collection,
		hidden: false,
		files: stored,
		rejected,
		pieces: Math.ceil(articles.length / ARTICLES_PER_RECORD),
		versions: versionGroups(articles.map((a) => signature(a.paragraphs)))
	};
	tell({ done: 0, total: articles.length, phase: 'storing' });
	await addCollection({ ...record, articles }, (stored) => tell({ done: stored, total: articles.length, phase: 'storing' }));
	return { record, articles: articles.length, skipped, rejected: [] };
}

const calls = answerCalls<ImportCalls>(
	{
		job: (job, call) => run(job, (progress) => call.tell(progress)),
		files: (files) => {
			appendAll(picked, files);
			arrived();
		},
		end: () => {
			ended = true;
			arrived();
		}
	},
	(message, transfer) => self.postMessage(message, transfer)
);
self.onmessage = (event: MessageEvent<ToWorker<ImportCalls>>) => calls.receive(event.data);
