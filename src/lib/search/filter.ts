import type { Hit } from './engine';

/** What filtering needs of an article: its date and the countries it names. */
export interface Filterable {
	publishedAt: string | null;
	countries: readonly { code: string }[];
}

export interface Filters {
	from: string | null;
	to: string | null;
	countries: string[];
}

export type SortOrder = 'relevance' | 'date';

/** One article in the current results: its index in the bundle and, when a query is set, its hit. */
export interface Row {
	i: number;
	hit: Hit | null;
}

/** The article's publication day (YYYY-MM-DD, local as printed), or null. */
export function dayOf(a: Filterable): string | null {
	return a.publishedAt ? a.publishedAt.slice(0, 10) : null;
}

function inRange(a: Filterable, from: string | null, to: string | null): boolean {
	if (!from && !to) return true;
	const day = dayOf(a);
	if (!day) return false;
	return (!from || day >= from) && (!to || day <= to);
}

function mentionsAll(a: Filterable, codes: string[]): boolean {
	return codes.every((code) => a.countries.some((c) => c.code === code));
}

/**
 * The articles that pass a query's hits (null: every article) and the filters.
 * Articles arrive newest first, so "date" order for a query is a re-sort and no query keeps it.
 */
export function filterRows(articles: readonly Filterable[], hits: Hit[] | null, filters: Filters, sort: SortOrder): Row[] {
	// Hits can briefly outlive a collection that was hidden, until the search answers again.
	const rows: Row[] = hits ? hits.filter((hit) => hit.i < articles.length).map((hit) => ({ i: hit.i, hit })) : articles.map((_, i) => ({ i, hit: null }));
	const kept = rows.filter(({ i }) => inRange(articles[i], filters.from, filters.to) && mentionsAll(articles[i], filters.countries));
	if (hits && sort === 'date') kept.sort((a, b) => a.i - b.i);
	return kept;
}
