/**
 * Collections kept in this browser's IndexedDB. A collection's record is small (name,
 * files, rejections); its articles are stored apart in pieces, in full (for the search
 * worker and the reader) and as metadata alone (for the page's list and charts, which never
 * hold the bodies), so that reading or writing 10,000 articles is many short tasks rather
 * than one long one on whatever thread does it. Each import is written in one transaction,
 * so a full quota leaves the database exactly as it was. Used by the page (metadata, one
 * body at a time), the import worker (which writes) and the search worker (full articles).
 */
import { appendAll } from '../append';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { toArticleMeta, toBody, type ArticleMeta, type Body } from '../corpus/bundle';
import type { Article } from '../corpus/types';
import type { Collection, CollectionRecord, ListedCollection } from './types';

/** Articles per stored piece: each piece is read (deserialised) in well under a frame's worth of long task. */
export const ARTICLES_PER_RECORD = 250;
/**
 * Pieces asked for at once, reading or writing: their round trips to the database overlap,
 * and each is still (de)serialised on its own, progress told piece by piece.
 */
const PIECES_AT_ONCE = 8;

interface Schema extends DBSchema {
	collections: { key: string; value: CollectionRecord };
	articles: { key: [string, number]; value: { collection: string; n: number; articles: Article[] } };
	/** The same pieces as `articles`, without the bodies (version 2 on; older collections have none). */
	metas: { key: [string, number]; value: { collection: string; n: number; metas: ArticleMeta[] } };
}

/** The message a reader sees when the browser refuses to store more. */
const QUOTA_MESSAGE =
	'This browser has no room left to store the import (storage quota exceeded). Nothing from this import was kept; your other collections are unchanged. Delete a collection or free some disk space, then try again.';

const isQuotaError = (err: unknown) => err instanceof DOMException && (err.name === 'QuotaExceededError' || err.code === 22);

let db: Promise<IDBPDatabase<Schema>> | null = null;
function open(): Promise<IDBPDatabase<Schema>> {
	db ??= openDB<Schema>('wirescope', 2, {
		upgrade(database, oldVersion) {
			if (oldVersion < 1) {
				database.createObjectStore('collections', { keyPath: 'id' });
				database.createObjectStore('articles', { keyPath: ['collection', 'n'] });
			}
			if (oldVersion < 2) database.createObjectStore('metas', { keyPath: ['collection', 'n'] });
		},
		// A newer version opened in another tab: step aside so that its upgrade can run.
		blocking(_current, _next, event) {
			(event.target as IDBDatabase).close();
			db = null;
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
	for (let n = 0; n < record.pieces; n++) appendAll(out, (await database.get('articles', [record.id, n]))?.articles ?? []);
	return out;
}

export async function readCollections(): Promise<Collection[]> {
	const records = await listCollections();
	const out: Collection[] = [];
	for (const r of records) out.push({ ...r, articles: await readArticles(r) });
	return out;
}

/**
 * A collection's article metadata, piece by piece, marked with its name: what the page
 * lists. A collection stored before metadata pieces existed gives its full pieces instead.
 */
export async function* readMetaPieces(record: CollectionRecord): AsyncGenerator<ArticleMeta[]> {
	const database = await open();
	for (let from = 0; from < record.pieces; from += PIECES_AT_ONCE) {
		const tx = database.transaction('metas');
		const reads = [];
		for (let n = from; n < Math.min(record.pieces, from + PIECES_AT_ONCE); n++) reads.push(tx.store.get([record.id, n]));
		for (const [k, read] of reads.entries()) {
			const metas =
				(await read)?.metas ?? ((await database.get('articles', [record.id, from + k]))?.articles ?? []).map((a) => toArticleMeta(a));
			for (const m of metas) m.collection = record.name;
			yield metas;
		}
	}
}

export async function readMetas(record: CollectionRecord): Promise<ArticleMeta[]> {
	const out: ArticleMeta[] = [];
	for await (const metas of readMetaPieces(record)) appendAll(out, metas);
	return out;
}

/** Every collection as the page lists it: records and metadata, no bodies. */
export async function readListedCollections(): Promise<ListedCollection[]> {
	const out: ListedCollection[] = [];
	for (const r of await listCollections()) out.push({ ...r, metas: await readMetas(r) });
	return out;
}

/** The body of a collection's article number `k` (in its stored order), if it is the article `id`. */
export async function readBody(collection: string, k: number, id: string): Promise<Body | null> {
	const piece = await (await open()).get('articles', [collection, Math.floor(k / ARTICLES_PER_RECORD)]);
	const article = piece?.articles[k % ARTICLES_PER_RECORD];
	return article?.id === id ? toBody(article) : null;
}

/**
 * Stores a new collection, record and articles, in one transaction: all of it or, on failure,
 * none. Pieces are written one after another, `onpiece` told the articles stored after each,
 * so that a long write can show its progress.
 */
export async function addCollection(collection: Collection, onpiece: (stored: number) => void = () => {}): Promise<void> {
	const { articles, ...record } = collection;
	const tx = (await open()).transaction(['collections', 'articles', 'metas'], 'readwrite');
	// Awaited below; after an abort, its rejection must not also surface as unhandled.
	tx.done.catch(() => {});
	const writing: Promise<unknown>[] = [];
	const write = (w: Promise<unknown>) => {
		// Awaited in turn below; one that fails meanwhile must not also surface as unhandled.
		w.catch(() => {});
		writing.push(w);
	};
	try {
		write(tx.objectStore('collections').put({ ...record, pieces: Math.ceil(articles.length / ARTICLES_PER_RECORD) }));
		for (let n = 0; n * ARTICLES_PER_RECORD < articles.length; n++) {
			const piece = articles.slice(n * ARTICLES_PER_RECORD, (n + 1) * ARTICLES_PER_RECORD);
			const stored = n * ARTICLES_PER_RECORD + piece.length;
			write(
				Promise.all([
					tx.objectStore('articles').put({ collection: record.id, n, articles: piece }),
					tx.objectStore('metas').put({ collection: record.id, n, metas: piece.map((a) => toArticleMeta(a)) })
				]).then(() => onpiece(stored))
			);
			// Awaiting the transaction's own requests keeps it open; awaiting anything else would let it commit.
			if (writing.length > PIECES_AT_ONCE) await writing.shift();
		}
		await Promise.all([...writing, tx.done]);
	} catch (err) {
		// A write that throws at once leaves the transaction open, and it would commit what came before.
		try {
			tx.abort();
		} catch {
			// Already aborted by the browser (the usual way a full quota shows).
		}
		throw isQuotaError(err) || isQuotaError(tx.error) ? new Error(QUOTA_MESSAGE) : err;
	}
}

/** Renames or hides a collection: only its small record is written. */
export async function updateCollection(record: CollectionRecord): Promise<void> {
	const { articles: _articles, metas: _metas, ...plain } = record as Partial<Collection & ListedCollection> & CollectionRecord;
	try {
		await (await open()).put('collections', plain);
	} catch (err) {
		throw isQuotaError(err) ? new Error(QUOTA_MESSAGE) : err;
	}
}

export async function deleteCollection(id: string): Promise<void> {
	const tx = (await open()).transaction(['collections', 'articles', 'metas'], 'readwrite');
	const pieces = IDBKeyRange.bound([id, 0], [id, Infinity]);
	await Promise.all([
		tx.objectStore('collections').delete(id),
		tx.objectStore('articles').delete(pieces),
		tx.objectStore('metas').delete(pieces),
		tx.done
	]);
}
