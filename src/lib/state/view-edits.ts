/**
 * What each of the user's actions makes of the view (see view-url.ts): pure functions from the
 * view as it stands to the view, or the part of it, the action changes. The page applies them
 * (ExplorerPage.setView), the only writer of the view.
 */
import { MAX_QUERIES, type View } from './view-url';

/**
 * `view` with `patch`: a compared version, and the paragraph shown, belong to the article open
 * with them, and go with it.
 */
export function patched(view: View, patch: Partial<View>): View {
	const next = { ...view, ...patch };
	const other = !next.article || next.article !== view.article;
	if (other && !('version' in patch)) next.version = null;
	if (!next.article || (other && !('at' in patch))) next.at = null;
	return next;
}

/** The query the search box edits (the tab shown) replaced by `q`. */
export function withQueryText(view: View, q: string): Partial<View> {
	return { queries: view.queries.map((old, i) => (i === view.tab ? q : old)) };
}

/** An empty query to compare, its tab shown; null when MAX_QUERIES are compared already. */
export function withAddedQuery(view: View): Partial<View> | null {
	const { queries } = view;
	return queries.length >= MAX_QUERIES ? null : { queries: [...queries, ''], tab: queries.length, article: null };
}

/** Query `i` removed (the last one left only empties); the tab shown stays on the same query where it can. */
export function withoutQuery(view: View, i: number): Partial<View> {
	const { queries, tab } = view;
	if (queries.length === 1) return { queries: [''], tab: 0 };
	const next = queries.filter((_, k) => k !== i);
	return { queries: next, tab: tab > i ? tab - 1 : Math.min(tab, next.length - 1), article: null };
}

/** `q` with `term` added: a name or a phrase in quotes, as a phrase. */
export function withTerm(q: string, term: string): string {
	const added = /\s/.test(term) ? `"${term}"` : term;
	return q.trim() ? `${q.trim()} ${added}` : added;
}

/** `list` with `value` added, or taken out when it is there (`same` says when two are one). */
export function toggled(list: readonly string[], value: string, same = (a: string, b: string) => a === b): string[] {
	return list.some((v) => same(v, value)) ? list.filter((v) => !same(v, value)) : [...list, value];
}

/**
 * A cell of the filed-from matrix: the articles filed from `row` that name `code`; the same
 * cell again lifts both filters.
 */
export function withCell(view: View, row: string, code: string): Partial<View> {
	const { filed, countries } = view;
	if (filed.length === 1 && filed[0] === row && countries.includes(code))
		return { filed: [], countries: countries.filter((c) => c !== code) };
	return { filed: [row], countries: countries.includes(code) ? countries : [...countries, code] };
}
