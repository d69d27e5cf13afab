import { withoutControls } from '../controls';
import type { Filters } from '../search/filter';
import type { KwicOrder } from '../contexts/kwic';

/** The shareable part of the explorer's state, and its query-string form. */
export interface View {
	/**
	 * The queries, at least one: one is a search, more are compared (each a line on the timeline
	 * and a bar per country), at most MAX_QUERIES. An empty query matches every article.
	 */
	queries: string[];
	/** Which query the search box edits and the results list (an index into `queries`). */
	tab: number;
	countries: string[];
	/** Filed from any of these: country codes, places as printed, or "none" (see provenance/filed.ts). */
	filed: string[];
	/** By any of these byline keys (see provenance/bylines.ts). */
	bylines: string[];
	/** Crediting any of these agencies (see provenance/agencies.ts). */
	agencies: string[];
	from: string | null;
	to: string | null;
	article: string | null;
	/** Another version of the open article, compared with it word by word (its id). */
	version: string | null;
	/** The paragraph of the open article to show (0 first): where a line of "Keyword in context" opened it. */
	at: number | null;
	/**
	 * The corpus the view was made on, when its link says (a "frozen" view): its fingerprint
	 * (see corpus/hash.ts) and its article count, so that a page with another corpus can say so.
	 */
	corpus: FrozenCorpus | null;
	/** The news-code sequence shown (an outlet's site or agency), or null for the largest. */
	codes: string | null;
	/** The timeline shows each bin's matches as a share of all its articles, not as counts. */
	share: boolean;
	/** A period of the timeline opened to see what is behind it: its top results and distinctive terms. */
	behind: Period | null;
	/** How "Keyword in context" lists its lines: as the results are, or by the words left or right of the keyword. */
	kwic: KwicOrder;
}

/** Days from `from` to `to`, both included (YYYY-MM-DD). */
export interface Period {
	from: string;
	to: string;
}

export interface FrozenCorpus {
	fingerprint: string;
	articles: number;
}

/** As many queries as a chart can tell apart by colour and dash (see charts/series.ts). */
export const MAX_QUERIES = 5;

/** Longest filed-from place, byline or agency read from an address, and how many of each. */
const MAX_TEXT = 200;
const MAX_VALUES = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{2}$/;

export function emptyView(): View {
	return {
		queries: [''],
		tab: 0,
		countries: [],
		filed: [],
		bylines: [],
		agencies: [],
		from: null,
		to: null,
		article: null,
		version: null,
		at: null,
		corpus: null,
		codes: null,
		share: false,
		behind: null,
		kwic: 'results'
	};
}

/** The query the search box edits and the results list. */
export function queryOf(view: View): string {
	return view.queries[view.tab] ?? '';
}

/** The view's filters, with its date range or (`dates` false) without. */
export function filtersOf(view: View, dates = true): Filters {
	const { countries, filed, bylines, agencies } = view;
	return { countries, filed, bylines, agencies, from: dates ? view.from : null, to: dates ? view.to : null };
}

const FINGERPRINT = /^ws1-[0-9a-z]{11}$/;

function frozenFrom(params: URLSearchParams): FrozenCorpus | null {
	const fingerprint = params.get('corpus') ?? '';
	const count = params.get('articles');
	const articles = count && /^\d+$/.test(count) ? Number(count) : NaN;
	return FINGERPRINT.test(fingerprint) && Number.isSafeInteger(articles) && articles >= 0 ? { fingerprint, articles } : null;
}

/** Reads a view from a query string; malformed values are dropped rather than trusted. */
export function viewFromParams(params: URLSearchParams): View {
	const day = (v: string | null) => (v && DAY.test(v) ? v : null);
	const countries = [
		...new Set(
			params
				.getAll('country')
				.map((c) => c.toUpperCase())
				.filter((c) => CODE.test(c))
		)
	];
	// Free text, but bounded: a crafted link cannot make every article compare a megabyte.
	const texts = (name: string) =>
		[
			...new Set(
				params
					.getAll(name)
					.map((v) => v.trim())
					.filter((v) => v && v.length <= MAX_TEXT)
			)
		].slice(0, MAX_VALUES);
	const queries = params
		.getAll('q')
		.slice(0, MAX_QUERIES)
		.map((q) => withoutControls(q));
	if (!queries.length) queries.push('');
	const tab = Number(params.get('tab'));
	return {
		queries,
		// Written from 1, as people count tabs.
		tab: Number.isInteger(tab) && tab >= 1 && tab <= queries.length ? tab - 1 : 0,
		countries,
		filed: texts('filed'),
		bylines: texts('byline'),
		agencies: texts('agency'),
		from: day(params.get('from')),
		to: day(params.get('to')),
		article: params.get('article') || null,
		version: (params.get('article') && params.get('version')) || null,
		at: params.get('article') ? paragraphFrom(params.get('at')) : null,
		corpus: frozenFrom(params),
		codes: texts('codes')[0] ?? null,
		share: params.get('scale') === 'share',
		behind: periodFrom(params.get('behind')),
		kwic: KWIC_ORDERS.find((o) => o === params.get('kwic')) ?? 'results'
	};
}

const KWIC_ORDERS: readonly KwicOrder[] = ['results', 'left', 'right'];

/** A paragraph as a link writes it, counted from 1 as people count; null unless a whole number from 1. */
function paragraphFrom(value: string | null): number | null {
	const n = value && /^\d{1,6}$/.test(value) ? Number(value) : 0;
	return n >= 1 ? n - 1 : null;
}

/** A period as a link writes it, `2020-03-01..2020-03-31`; null unless both are days, in order. */
function periodFrom(value: string | null): Period | null {
	const [from, to, ...rest] = (value ?? '').split('..');
	return !rest.length && DAY.test(from) && DAY.test(to ?? '') && from <= to ? { from, to } : null;
}

/** The query string for a view; parameters left at their defaults are omitted. */
export function viewToParams(view: View): URLSearchParams {
	const p = new URLSearchParams();
	// Compared queries are written even when empty: each is a tab of its own.
	if (view.queries.length > 1 || view.queries[0]) for (const q of view.queries) p.append('q', q);
	if (view.tab > 0) p.set('tab', String(view.tab + 1));
	for (const c of view.countries) p.append('country', c);
	for (const f of view.filed) p.append('filed', f);
	for (const b of view.bylines) p.append('byline', b);
	for (const a of view.agencies) p.append('agency', a);
	if (view.from) p.set('from', view.from);
	if (view.to) p.set('to', view.to);
	if (view.article) p.set('article', view.article);
	if (view.article && view.version) p.set('version', view.version);
	if (view.article && view.at !== null) p.set('at', String(view.at + 1));
	if (view.share) p.set('scale', 'share');
	if (view.codes) p.set('codes', view.codes);
	if (view.behind) p.set('behind', `${view.behind.from}..${view.behind.to}`);
	if (view.kwic !== 'results') p.set('kwic', view.kwic);
	if (view.corpus) {
		p.set('corpus', view.corpus.fingerprint);
		p.set('articles', String(view.corpus.articles));
	}
	return p;
}
