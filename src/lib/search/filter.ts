import { publishedDay } from '../corpus/day';
import { agencyKey, type AgencyArticle } from '../provenance/agencies';
import { bylineKey, type BylineArticle } from '../provenance/bylines';
import { filedFrom, type FiledArticle } from '../provenance/filed';

/** What filtering needs of an article: its date, the countries it names, where it was filed, who wrote it and the agency it credits. */
export interface Filterable extends FiledArticle, BylineArticle, AgencyArticle {
	publishedAt: string | null;
	countries: readonly { code: string }[];
}

export interface Filters {
	from: string | null;
	to: string | null;
	/** Every one of these must be named. */
	countries: string[];
	/** Filed from any of these (see provenance/filed.ts); none: any. */
	filed: string[];
	/** By any of these byline keys (see provenance/bylines.ts); none: any. */
	bylines: string[];
	/** Crediting any of these agencies (see provenance/agencies.ts); none: any. */
	agencies: string[];
}

export type SortOrder = 'relevance' | 'date';

/**
 * The current results: article indices in the bundle, in display order. A typed array, as the
 * worker's hits are: at 100,000 articles, a list of objects per keystroke is what costs.
 */
export type Rows = Int32Array;

/** The article's publication day (YYYY-MM-DD, local as printed), or null. */
export function dayOf(a: Filterable): string | null {
	return publishedDay(a.publishedAt);
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

/** The test of one set of filters, its values sorted out once for every article. */
function passing(f: Filters): (a: Filterable) => boolean {
	const filed = f.filed.length ? filedFrom(f.filed) : null;
	const bylines = f.bylines.length ? new Set(f.bylines) : null;
	const agencies = f.agencies.length ? new Set(f.agencies) : null;
	const dated = !!(f.from || f.to);
	return (a) => {
		if (dated && !inRange(a, f.from, f.to)) return false;
		if (f.countries.length && !mentionsAll(a, f.countries)) return false;
		if (filed && !filed(a)) return false;
		if (bylines) {
			const key = bylineKey(a);
			if (key === null || !bylines.has(key)) return false;
		}
		if (agencies) {
			const key = agencyKey(a);
			if (key === null || !agencies.has(key)) return false;
		}
		return true;
	};
}

/** Whether any of the filters keeps an article out. */
export function anyFilter(f: Filters): boolean {
	return !!(f.from || f.to || f.countries.length || f.filed.length || f.bylines.length || f.agencies.length);
}

/**
 * The articles that pass a query's hits (null: every article) and the filters.
 * Articles arrive newest first, so "date" order for a query is a re-sort and no query keeps it.
 */
export function filterRows(articles: readonly Filterable[], hits: Int32Array | null, filters: Filters, sort: SortOrder): Rows {
	const filtered = anyFilter(filters);
	// Nothing to filter or sort: every article (already newest first), or the hits themselves (never written to).
	if (!filtered && !hits) return everyRow(articles.length);
	if (!filtered && hits && sort !== 'date' && allBelow(hits, articles.length)) return hits;
	const n = hits ? hits.length : articles.length;
	const passes = passing(filters);
	const out = new Int32Array(n);
	let k = 0;
	for (let j = 0; j < n; j++) {
		const i = hits ? hits[j] : j;
		// Hits can briefly outlive a collection that was hidden, until the search answers again.
		if (i >= articles.length) continue;
		if (filtered && !passes(articles[i])) continue;
		out[k++] = i;
	}
	const rows = k === n ? out : out.slice(0, k);
	if (hits && sort === 'date') rows.sort();
	return rows;
}

/** The indices of every article, made once per corpus size: at 100,000 articles each copy is 400 kB. */
let every = new Int32Array(0);
export function everyRow(n: number): Rows {
	if (every.length !== n) {
		// A plain loop: Int32Array.from with a mapping function takes some 100 ms for a million.
		every = new Int32Array(n);
		for (let i = 0; i < n; i++) every[i] = i;
	}
	return every;
}

/** Hits can briefly outlive a collection that was hidden (see filterRows). */
function allBelow(hits: Int32Array, n: number): boolean {
	for (let j = 0; j < hits.length; j++) if (hits[j] >= n) return false;
	return true;
}
