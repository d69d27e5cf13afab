/** The shareable part of the explorer's state, and its query-string form. */
export interface View {
	q: string;
	countries: string[];
	from: string | null;
	to: string | null;
	article: string | null;
	/** The timeline shows each bin's matches as a share of all its articles, not as counts. */
	share: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{2}$/;

export function emptyView(): View {
	return { q: '', countries: [], from: null, to: null, article: null, share: false };
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
	return {
		q: params.get('q') ?? '',
		countries,
		from: day(params.get('from')),
		to: day(params.get('to')),
		article: params.get('article') || null,
		share: params.get('scale') === 'share'
	};
}

/** The query string for a view; parameters left at their defaults are omitted. */
export function viewToParams(view: View): URLSearchParams {
	const p = new URLSearchParams();
	if (view.q) p.set('q', view.q);
	for (const c of view.countries) p.append('country', c);
	if (view.from) p.set('from', view.from);
	if (view.to) p.set('to', view.to);
	if (view.article) p.set('article', view.article);
	if (view.share) p.set('scale', 'share');
	return p;
}
