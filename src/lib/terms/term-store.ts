/**
 * The search worker's term tables: the bundle's, fetched the first time a list is asked for,
 * joined with a table of the imported articles made on the spot (they follow the bundle's
 * articles, as the page lists them).
 */
import { fetchChecked } from '../load/retry';
import { outsideOf } from './outside';
import { compareTerms, rankTerms, type TermLists } from './rank';
import { buildTermTable, readTermTable, termKey, type TermSource, type TermTable } from './term-table';

export class TermStore {
	private bundle: Promise<TermTable> | null = null;
	private imported: { offset: number; sources: readonly TermSource[] } | null = null;
	/** The bundle's table joined with the imported articles', made once per set of imports. */
	private joined: Promise<TermTable> | null = null;

	/** `build`: the bundle's fingerprint, which the table must carry (a table of another build would list other articles). */
	constructor(
		private url: string,
		private build: () => string | undefined
	) {}

	/** The imported articles the page lists from `offset` on (none: null). */
	setImports(offset: number, sources: readonly TermSource[] | null): void {
		this.imported = sources?.length ? { offset, sources } : null;
		this.joined = null;
	}

	/**
	 * The frequent and distinctive terms of `rows` (article indices; null for every article);
	 * null when, once the table is ready, `wanted` says a newer request has come.
	 */
	lists(rows: ArrayLike<number> | null, wanted: () => boolean = () => true): Promise<TermLists | null> {
		return this.withTable((table) => rankTerms(table, rows), wanted);
	}

	/**
	 * The frequent terms of `inside` (article indices) and those it names more often than the
	 * rest of `all` (null: every article) does; null when a newer request has come (see lists).
	 */
	against(inside: ArrayLike<number>, all: ArrayLike<number> | null, wanted: () => boolean = () => true): Promise<TermLists | null> {
		return this.withTable((table) => compareTerms(table, inside, outsideOf(inside, all, table.start.length - 1))[0], wanted);
	}

	private async withTable(use: (table: TermTable) => TermLists, wanted: () => boolean): Promise<TermLists | null> {
		this.joined ??= this.join();
		try {
			const table = await this.joined;
			return wanted() ? use(table) : null;
		} catch (err) {
			// Tried again at the next request (the connection may be back).
			this.joined = null;
			this.bundle = null;
			throw err;
		}
	}

	private async join(): Promise<TermTable> {
		// A table cut short or damaged on the way is fetched once more past every cache (see fetchChecked).
		this.bundle ??= fetchChecked(this.url, readTermTable).then((table) => {
			const build = this.build();
			if (build && table.build && table.build !== build) throw new Error('the site was updated: reload the page');
			return table;
		});
		const bundle = await this.bundle;
		const imported = this.imported;
		return imported ? joinTables(bundle, imported.offset, imported.sources) : bundle;
	}
}

/**
 * The bundle's table followed, from article `offset` on, by a table of `sources` whose idf
 * counts the bundle's articles too; terms both have share one id.
 */
export function joinTables(bundle: TermTable, offset: number, sources: readonly TermSource[]): TermTable {
	const idOf = new Map(bundle.terms.map((t, i) => [termKey(t), i]));
	const own = buildTermTable(sources, { articles: bundle.start.length - 1, df: (key) => bundle.totals[idOf.get(key) ?? -1] ?? 0 });
	const terms = [...bundle.terms];
	const remap = own.terms.map((term) => {
		const key = termKey(term);
		let id = idOf.get(key);
		if (id === undefined) {
			id = terms.length;
			idOf.set(key, id);
			terms.push(term);
		}
		return id;
	});
	const bundleArticles = Math.min(offset, bundle.start.length - 1);
	const lead = bundle.start[bundleArticles];
	const start = new Uint32Array(offset + sources.length + 1);
	start.set(bundle.start.subarray(0, bundleArticles + 1));
	// Articles of the bundle beyond the table (a table of an older build): no terms.
	start.fill(lead, bundleArticles + 1, offset + 1);
	const ids = new Uint32Array(lead + own.ids.length);
	ids.set(bundle.ids.subarray(0, lead));
	for (let j = 0; j < own.ids.length; j++) ids[lead + j] = remap[own.ids[j]];
	for (let k = 1; k <= sources.length; k++) start[offset + k] = lead + own.start[k];
	const totals = new Uint32Array(terms.length);
	for (const id of ids) totals[id]++;
	return { terms, totals, start, ids, build: bundle.build };
}
