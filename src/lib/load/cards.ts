/**
 * The cards of a corpus whose metadata loads on demand (see MetaFile.onDemand): the page asks
 * for the articles it shows (results on screen, the article open and its neighbours) and this
 * fetches the card files that hold them (CARD_SIZE articles each), each once, through the one
 * retry policy. A card of another build is never joined: BundleChanged goes to `onfailed`.
 */
import {
	CARD_SIZE,
	adoptMetaPiece,
	cardOf,
	checkBuild,
	idTableOf,
	parseMetaLines,
	splitArticleCount,
	splitMetaBytes,
	type ArticleMeta,
	type IdTable,
	type MetaHead,
	type MetaPiece
} from '../corpus/bundle';
import { fetchChecked } from './retry';

/** A card file's articles, checked against the build; an error (damage) when it is not a card file. */
export function readCard(bytes: Uint8Array, head: Pick<MetaHead, 'build' | 'countryNames'>): MetaPiece['articles'] {
	const split = splitMetaBytes(bytes);
	const piece = (split ? split.head : JSON.parse(new TextDecoder().decode(bytes))) as Partial<MetaPiece>;
	checkBuild(head.build, piece.build);
	const articles = split ? parseMetaLines(split, 0, splitArticleCount(split)) : piece.articles;
	if (!Array.isArray(articles)) throw new Error('the card file holds no articles');
	return articles;
}

/**
 * Where article `id` is in the bundle, from its id table at `url` (see idTableOf), or null when
 * the bundle has no such article. BundleChanged when the table is of another build.
 */
export function findArticle(url: string, id: string, head: Pick<MetaHead, 'build'>): Promise<number | null> {
	return fetchChecked(url, (bytes) => {
		const table = JSON.parse(new TextDecoder().decode(bytes)) as Partial<IdTable>;
		checkBuild(head.build, table.build);
		if (!Array.isArray(table.ids)) throw new Error('the id table lists no articles');
		return table.ids.find(([known]) => known === id)?.[1] ?? null;
	});
}

export class CardLoader {
	/** Card files asked for, fetched or on their way. */
	private asked = new Set<number>();
	/** Ids looked up in the id tables, each once (a failed lookup is tried again when asked). */
	private lookups = new Set<string>();

	constructor(
		private urls: { card: (n: number) => string; ids: (n: number) => string },
		private head: Pick<MetaHead, 'build' | 'countryNames' | 'articleCount' | 'idTables'>,
		/** The articles of card `n` (from index `n * CARD_SIZE`), as the explorer lists them. */
		private oncard: (from: number, articles: ArticleMeta[]) => void,
		private onfailed: (err: Error) => void
	) {}

	/**
	 * Finds a linked article in its id table, and fetches its card: one small file each instead
	 * of every piece. False when the bundle was written without id tables (the caller loads every
	 * piece instead); an id the bundle lacks stays unknown, as in a corpus loaded whole.
	 */
	find(id: string): boolean {
		const tables = this.head.idTables;
		if (!tables) return false;
		if (this.lookups.has(id)) return true;
		this.lookups.add(id);
		findArticle(this.urls.ids(idTableOf(id, tables)), id, this.head).then(
			(index) => {
				if (index !== null) this.need([index]);
			},
			(err: Error) => {
				this.lookups.delete(id);
				this.onfailed(err);
			}
		);
		return true;
	}

	/** Fetches the cards of the bundle's articles among `indices` not yet asked for. */
	need(indices: Iterable<number>): void {
		for (const i of indices) {
			if (i < 0 || i >= this.head.articleCount) continue;
			const n = cardOf(i);
			if (this.asked.has(n)) continue;
			this.asked.add(n);
			void this.fetch(n);
		}
	}

	private async fetch(n: number): Promise<void> {
		try {
			const articles = await fetchChecked(this.urls.card(n), (bytes) => readCard(bytes, this.head));
			this.oncard(n * CARD_SIZE, adoptMetaPiece({ articles }, this.head.countryNames));
		} catch (err) {
			// Asked for again when next needed.
			this.asked.delete(n);
			this.onfailed(err as Error);
		}
	}
}
