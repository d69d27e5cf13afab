/**
 * The imported collections as the search worker searches them: read from this browser's
 * IndexedDB, indexed in the worker (the bundle's index stays as built) and searched beside the
 * bundle's engine. Both rank by the same rules, so their hits merge into one list.
 */
import type { Article } from '../corpus/types';
import { listCollections, readArticles } from '../collections/store';
import { appendAll } from '../append';
import { toIndexedText } from './documents';
import { createEngine, mergeResults, type SearchEngine, type SearchResult } from './engine';
import { buildTokenIndex } from './token-index';

export class ImportedSearch {
	private imported: { engine: SearchEngine; offset: number } | null = null;
	/** Set while imported articles are being read and indexed: queries wait for it. */
	loading: Promise<void> | null = null;
	private asked = 0;

	/** `joined`: told of the articles searched from now on after the bundle's (null: none), for the columns and terms. */
	constructor(private joined: (offset: number, articles: Article[] | null) => void) {}

	/** Searches the collections `ids` (in this order) from index `offset` on, once read; the newest call wins. */
	set(offset: number, ids: string[]): void {
		const loading = this.index(offset, ids)
			.catch(() => {
				// Unreadable storage: search the bundle alone rather than not at all.
				this.drop(offset);
			})
			.finally(() => {
				if (this.loading === loading) this.loading = null;
			});
		this.loading = loading;
	}

	/** The bundle's hits (`main`) and the imported articles' in one list, best first. */
	searchAll(main: SearchEngine, query: string): SearchResult | null {
		const own = main.search(query);
		const imports = this.imported;
		const extra = imports?.engine.search(query);
		if (!imports || !own || !extra) return own ?? null;
		// A note on partial matches holds for the list as a whole only if neither side had every word.
		const partial = own.partial && extra.partial ? (own.partial.matched >= extra.partial.matched ? own.partial : extra.partial) : null;
		const full = (r: SearchResult) => (r.partial ? { hits: new Int32Array(), scores: new Uint32Array() } : r);
		const merged = partial ? mergeResults(own, extra, imports.offset) : mergeResults(full(own), full(extra), imports.offset);
		const suggestions = merged.hits.length
			? []
			: [...own.suggestions, ...extra.suggestions.filter((e) => !own.suggestions.some((s) => s.word === e.word))];
		return { ...merged, words: [...new Set([...own.words, ...extra.words])], partial, suggestions, notes: own.notes };
	}

	/** Searches the bundle alone. */
	private drop(offset: number): void {
		this.imported = null;
		this.joined(offset, null);
	}

	private async index(offset: number, ids: string[]): Promise<void> {
		const asked = ++this.asked;
		if (!ids.length) {
			this.drop(offset);
			return;
		}
		const records = await listCollections();
		const articles: Article[] = [];
		for (const id of ids) {
			const record = records.find((r) => r.id === id);
			if (record) appendAll(articles, await readArticles(record));
		}
		// A newer list of collections arrived while these were read: it wins.
		if (asked !== this.asked) return;
		this.imported = articles.length ? { engine: createEngine(buildTokenIndex(articles.map(toIndexedText))), offset } : null;
		this.joined(offset, articles);
	}
}
