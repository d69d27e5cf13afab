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

/**
 * An import arrives as a job, the picked files in small batches (cloning a File handle costs
 * the page most of a millisecond: 10,000 in one message would hold it for seconds), and an end.
 * Parsing starts with the first batch.
 */
export type ImportRequest = ({ type: 'job' } & ImportJob) | { type: 'files'; files: PickedFile[] } | { type: 'end' };
export type ImportReply =
	| ({ type: 'progress' } & ImportProgress)
	/** `record` is null when there was nothing new to store; then `rejected` lists what was refused (else the record does). */
	| { type: 'done'; record: CollectionRecord | null; articles: number; skipped: number; rejected: Rejection[] }
	| { type: 'failed'; message: string };
