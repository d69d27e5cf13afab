/**
 * Collections kept in this browser's IndexedDB. A collection's record is small (name,
 * files, rejections); its articles are stored apart in pieces, so that reading or writing
 * 10,000 articles is many short tasks rather than one long one on whatever thread does it.
 * Each import is written in one transaction, so a full quota leaves the database exactly as
 * it was. Used by the page, the import worker (which writes) and the search worker (which reads).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../corpus/types';
import type { Collection, CollectionRecord } from './types';

/** Articles per stored piece: each piece is read (deserialised) in well under a frame's worth of long task. */
export const ARTICLES_PER_RECORD = 250;

interface Schema extends DBSchema {
	collections: { key: string; value: CollectionRecord };
	articles: { key: [string, number]; value: { collection: string; n: number; articles: Article[] } };
}

/** The message a reader sees when the browser refuses to store more. */
const QUOTA_MESSAGE =
	'This browser has no room left to store the import (storage quota exceeded). Nothing from this import was kept; your other collections are unchanged. Delete a collection or free some disk space, then try again.';

const isQuotaError = (err: unknown) => err instanceof DOMException && (err.name === 'QuotaExceededError' || err.code === 22);

let db: Promise<IDBPDatabase<Schema>> | null = null;
function open(): Promise<IDBPDatabase<Schema>> {
	db ??= openDB<Schema>('wirescope', 1, {
		upgrade(database) {
			database.createObjectStore('collections', { keyPath: 'id' });
			database.createObjectStore('articles', { keyPath: ['collection', 'n'] });
		}
	});
	return db;
}

export async function listCollections(): Promise<CollectionRecord[]> {
	const all = await (await open()).getAll('collections');
	return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** A collection's articles, read piece by piece. */
export async function readArticles(record: CollectionRecord): Promise<Article[]> {
	const database = await open();
	const out: Article[] = [];
	for (let n = 0; n < record.pieces; n++) out.push(...((await database.get('articles', [record.id, n]))?.articles ?? []));
	return out;
}

export async function readCollections(): Promise<Collection[]> {
	const records = await listCollections();
	const out: Collection[] = [];
	for (const r of records) out.push({ ...r, articles: await readArticles(r) });
	return out;
}

/** Stores a new collection, record and articles, in one transaction: all of it or, on failure, none. */
export async function addCollection(collection: Collection): Promise<void> {
	const { articles, ...record } = collection;
	const tx = (await open()).transaction(['collections', 'articles'], 'readwrite');
	try {
		const writes: Promise<unknown>[] = [tx.objectStore('collections').put({ ...record, pieces: Math.ceil(articles.length / ARTICLES_PER_RECORD) })];
		for (let n = 0; n * ARTICLES_PER_RECORD < articles.length; n++) {
			writes.push(tx.objectStore('articles').put({ collection: record.id, n, articles: articles.slice(n * ARTICLES_PER_RECORD, (n + 1) * ARTICLES_PER_RECORD) }));
		}
		await Promise.all([...writes, tx.done]);
	} catch (err) {
		// A write that throws at once leaves the transaction open, and it would commit what came before.
		try {
			tx.abort();
		} catch {
			// Already aborted by the browser (the usual way a full quota shows).
		}
		throw isQuotaError(err) ? new Error(QUOTA_MESSAGE) : err;
	}
}

/** Renames or hides a collection: only its small record is written. */
export async function updateCollection(record: CollectionRecord): Promise<void> {
	const { articles: _articles, ...plain } = record as Collection;
	try {
		await (await open()).put('collections', plain);
	} catch (err) {
		throw isQuotaError(err) ? new Error(QUOTA_MESSAGE) : err;
	}
}

export async function deleteCollection(id: string): Promise<void> {
	const tx = (await open()).transaction(['collections', 'articles'], 'readwrite');
	await Promise.all([tx.objectStore('collections').delete(id), tx.objectStore('articles').delete(IDBKeyRange.bound([id, 0], [id, Infinity])), tx.done]);
}
