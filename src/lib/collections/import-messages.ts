/** The messages between the page (import-client.ts) and the import worker (import.worker.ts). */
import type { Rejection } from '../corpus/types';
import type { PickedFile } from './picked-files';
import type { CollectionRecord } from './types';

export interface ImportProgress {
	done: number;
	total: number;
	/**
	 * Reading and parsing files (counting files), writing the parsed collection to IndexedDB
	 * (counting articles), or adding its articles to what the page shows (counting articles).
	 */
	phase: 'reading' | 'storing' | 'showing';
	/** While reading: the file being read now. */
	file?: string;
}

export interface ImportJob {
	/** Hashes of files already stored: skipped. */
	knownHashes: string[];
	collection: Pick<CollectionRecord, 'id' | 'name' | 'createdAt'>;
	/** How many files the page will send. */
	total: number;
}

/** What an import stored (null: nothing new), and how many files were skipped as already stored. */
export interface ImportOutcome {
	record: CollectionRecord | null;
	/** Articles in the stored collection. */
	articles: number;
	skipped: number;
	/** With no record: the files refused, with their reasons. */
	rejected: Rejection[];
}

/**
 * The import worker's calls (see worker-calls.ts). An import arrives as a job, answered with
 * what it stored and telling its progress on the way, then the picked files in small batches
 * (cloning a File handle costs the page most of a millisecond: 10,000 in one message would
 * hold it for seconds) and an end. Parsing starts with the first batch.
 */
export type ImportCalls = {
	job: { ask: ImportJob; answer: ImportOutcome; event: ImportProgress };
	files: { ask: PickedFile[]; answer: void };
	end: { ask: null; answer: void };
};
