/**
 * What the explorer's figures count beside the search, each only once it has come on screen
 * (or, for the views of provenance, once the whole corpus is in): the top terms of the results
 * and what is behind a peak of the timeline, counted in the search worker after a pause in
 * typing, and the views of provenance's columns, built a slice per task from the articles the
 * page holds or, for a corpus loaded on demand, taken from the worker's. Its effects run with
 * the page's (create it while the page component is set up).
 */
import { untrack } from 'svelte';
import type { ArticleMeta } from '../corpus/bundle';
import type { ProvenanceColumns } from '../provenance/columns';
import type { Explorer } from './explorer.svelte';
import { CHARTS_AFTER_MS, type FirstScreen } from './first-screen.svelte';
import { buildProvenance } from './provenance-build';
import type { CorpusSession } from './session';

export class ChartFeeds {
	/** The top terms' figure has been on screen: its lists are counted from then on. */
	termsShown = $state(false);
	/** A view of provenance has been on screen: their columns are built from then on. */
	provenanceShown = $state(false);
	/** How far the last build of those columns got, to resume from. */
	private provenanceBuilt: { articles: readonly ArticleMeta[]; columns: ProvenanceColumns } | null = null;

	/** `options.compact`: the embed, which shows neither. */
	constructor(
		ex: Explorer,
		private session: CorpusSession,
		private screen: FirstScreen<unknown>,
		private options: { compact: boolean; nextTask: () => Promise<void> }
	) {
		// The top terms follow the results after the charts' pause in typing, counted in the worker
		// while the page draws the charts; not before the whole corpus is in and the figure has
		// come on screen (the term table is fetched at the first request). The embed shows none.
		$effect(() => {
			if (this.options.compact || !this.termsShown || !this.screen.up || !(ex.complete || ex.byColumns)) return;
			const rows = ex.passAll ? null : ex.rows;
			const timer = setTimeout(() => this.session.answers.countTerms(rows), CHARTS_AFTER_MS);
			return () => clearTimeout(timer);
		});
		// What is behind a peak of the timeline: while byColumns, the period's results come from the
		// worker (asked again for each query, filters and period: see Explorer.behindKey).
		$effect(() => {
			if (this.options.compact || !ex.behindKey || !ex.byColumns || !this.screen.up) return;
			this.session.answers.behind();
		});
		// Then its distinctive terms against the other results, after the charts' pause in typing.
		$effect(() => {
			const behind = ex.behind;
			const key = ex.behindKey;
			if (this.options.compact || !behind || behind.error || !(ex.complete || ex.byColumns) || untrack(() => ex.behindTerms?.key) === key)
				return;
			const timer = setTimeout(() => this.session.answers.countPeriodTerms(key, behind.rows, behind.all), CHARTS_AFTER_MS);
			return () => clearTimeout(timer);
		});
		// The views of provenance's columns, a slice per task; while byColumns, from the worker's.
		$effect(() => {
			const articles = ex.articles;
			// Built in the background once the whole corpus is in, so that a view scrolled to later
			// draws at once; or as soon as one is on screen. The embed shows none of them.
			const wanted = this.provenanceShown || (!this.options.compact && this.screen.up && ex.complete);
			if (!wanted || !articles.length || (ex.byColumns && ex.load.status !== 'ready')) return;
			let stopped = false;
			// Counting over metadata the page holds is pure, a slice per task: nothing there can fail.
			const built = ex.byColumns
				? this.session.provenance().then((got) => got && { articles, ...got })
				: buildProvenance(
						articles,
						this.provenanceBuilt,
						() => stopped,
						this.options.nextTask,
						(columns) => {
							this.provenanceBuilt = { articles, columns };
						}
					);
			// The views draw the new columns one per frame (see components/paced-figures).
			void built.then((built) => {
				if (built && !stopped) ex.provenance = built;
			});
			return () => {
				stopped = true;
			};
		});
	}
}
