/**
 * Links to the explorer's view: a result's (the view with that article open), the view's own,
 * and the view's frozen link, which names the corpus it was made on so that, opened on
 * another corpus (a later build, other collections), the page says so (`otherCorpus`).
 */
import { corpusFingerprint } from '../corpus/hash';
import type { Explorer } from './explorer.svelte';
import { viewToParams, type FrozenCorpus } from './view-url';

export interface ViewLinks {
	/**
	 * The view's link was made on another corpus than this page has (other articles, or
	 * collections imported there and not here): both, to say so. Null when it was not, or
	 * cannot be known yet.
	 */
	readonly otherCorpus: { then: FrozenCorpus; now: FrozenCorpus } | null;
	/** The link of a result: the view with that article open, at paragraph `at` (0 first) when given. */
	hrefFor(id: string, at?: number | null): string;
	/** `path` with the view's query string. */
	withView(path: string): string;
	/**
	 * `path` with the view's query string and the corpus it is on: a link that, opened on
	 * another corpus, says so. Before the corpus is whole, the link is the view's alone.
	 */
	frozenLink(path: string): string;
}

/** The links of `ex`'s view, derived from it (call it while the page is set up). */
export function viewLinks(ex: Explorer): ViewLinks {
	/** The view's query string without the article: worked out once per view, not per result. */
	const listQuery = $derived(viewToParams({ ...ex.view, article: null }).toString());
	/** The corpus as this page has it, once whole: what a link to a view says it was made on. */
	const corpusNow = $derived.by((): FrozenCorpus | null => {
		if (!ex.collectionsRead) return null;
		// Before its pieces are in, the bundle's build names its articles (it is their fingerprint).
		if (ex.byColumns && ex.build && !ex.importedMetas.length) return { fingerprint: ex.build, articles: ex.total };
		if (!ex.complete) return null;
		return { fingerprint: corpusFingerprint(ex.articles.map((a) => a.id)), articles: ex.articles.length };
	});
	const otherCorpus = $derived.by(() => {
		const then = ex.view.corpus;
		const now = then && corpusNow;
		return then && now && now.fingerprint !== then.fingerprint ? { then, now } : null;
	});
	const withQuery = (path: string, qs: string) => (qs ? `${path}?${qs}` : path);
	return {
		get otherCorpus() {
			return otherCorpus;
		},
		hrefFor: (id, at = null) =>
			`?${listQuery ? `${listQuery}&` : ''}${new URLSearchParams(at === null ? { article: id } : { article: id, at: String(at + 1) })}`,
		withView: (path) => withQuery(path, viewToParams(ex.view).toString()),
		frozenLink: (path) => withQuery(path, viewToParams({ ...ex.view, corpus: corpusNow }).toString())
	};
}
