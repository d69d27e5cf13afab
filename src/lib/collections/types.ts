import type { ArticleMeta } from '../corpus/bundle';
import type { Article, Rejection } from '../corpus/types';

/** A file that went into a collection, identified by its content so that it is imported once. */
export interface ImportedFile {
	name: string;
	size: number;
	hash: string;
}

/** A collection as stored, without its articles (stored apart, in pieces: see store.ts). */
export interface CollectionRecord {
	id: string;
	name: string;
	hidden: boolean;
	/** ISO timestamp of the import. */
	createdAt: string;
	files: ImportedFile[];
	rejected: Rejection[];
	/** How many pieces of ARTICLES_PER_RECORD articles the articles are stored in. */
	pieces: number;
	/** Its articles (indices in its order) that are versions of one story; absent in collections imported before. */
	versions?: number[][];
}

/** Files a reader imported, parsed and kept in this browser (IndexedDB), with its articles. */
export interface Collection extends CollectionRecord {
	articles: Article[];
}

/**
 * A collection as the page lists it: its record and its articles' metadata, each marked with
 * the collection's name. The bodies stay in IndexedDB until the reader opens one.
 */
export interface ListedCollection extends CollectionRecord {
	metas: ArticleMeta[];
}
