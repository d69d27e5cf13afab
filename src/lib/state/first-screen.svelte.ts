/**
 * The first screen, drawn in steps, and the charts' inputs after it.
 *
 * The first screen is drawn top to bottom, a frame apart: the search box, then the timeline,
 * the country bars, the map, the first few results and the rest of their page. One step at a
 * time keeps a slow phone responsive while the page builds (one long task would block it for
 * the whole of it), and since each step only adds below what is shown, nothing on screen moves.
 *
 * After it, the charts follow the results once typing pauses, and the corpus (a later piece,
 * an import) without waiting; either way one chart per frame, so that neither a keystroke nor a
 * piece of a large corpus holds the page for every chart at once.
 */
import { untrack } from 'svelte';
import type { Charted, Explorer } from './explorer.svelte';
import { filtersOf } from './view-url';

export const STEPS = { timeline: 1, countries: 2, map: 3, results: 4, allResults: 5 } as const;
/** Results drawn in the results step: about a screenful; the rest of the page of results follows. */
export const FIRST_RESULTS = 5;
/** The charts' code is slow in coming after this: the first screen goes on without it. */
export const CHARTS_WAIT_MS = 4000;
/** The pause in typing after which the charts follow the results. */
export const CHARTS_AFTER_MS = 150;

/** Runs a function once the browser has painted (see after-paint.ts); returns its cancel. */
export type Scheduler = (fn: () => void) => () => void;

/** Where the first screen is, and the charts' code (`C`) once it has come. */
export class FirstScreen<C> {
	/** The last step drawn (see STEPS). */
	drawn = $state(0);
	/** The charts' code; without it the search and the results still work. */
	charts = $state.raw<C | null>(null);
	chartsFailed = $state(false);
	chartsLate = $state(false);
	/** Every step is drawn. */
	up = $state(false);

	/** `compact`: the embed, which has no country charts. */
	constructor(private compact: boolean) {}

	/** Whether another step may be drawn: the corpus is in, and the charts' code is here, failed or late. */
	canStep(corpusReady: boolean): boolean {
		return corpusReady && this.drawn < STEPS.allResults && (this.charts !== null || this.chartsFailed || this.chartsLate);
	}

	/** The step after the last drawn: in the embed the results come straight after the timeline. */
	next(): number {
		return this.compact && this.drawn === STEPS.timeline ? STEPS.results : this.drawn + 1;
	}

	/** How many results the list may draw now. */
	get resultsShown(): number {
		return this.drawn < STEPS.allResults ? FIRST_RESULTS : Infinity;
	}
}

/** The charts' inputs as the explorer's state stands: the timeline's, and the country charts'. */
export function chartInputs(ex: Explorer): { timeline: Charted; countries: Charted } {
	// No answered query and no filter but dates: every article passes, loaded or not (see
	// Explorer.corpusTotals); the country charts also count only the date range's articles.
	return {
		timeline: {
			articles: ex.articles,
			rows: ex.rowsAnyDate,
			series: ex.seriesRows(filtersOf(ex.view, false)),
			imported: ex.importedMetas,
			everything: ex.passAnyDate,
			counted: ex.byColumns ? ex.counted : null
		},
		countries: {
			articles: ex.articles,
			rows: ex.rows,
			series: ex.seriesRows(filtersOf(ex.view)),
			imported: ex.importedMetas,
			everything: ex.passAll,
			counted: ex.byColumns ? ex.counted : null
		}
	};
}

/**
 * Hands the charts new inputs: at once while the first screen is drawn (its steps already
 * draw them a frame apart); otherwise one chart per painted frame, after a pause in typing
 * or, when the corpus itself changed, straight away. Returns a cancel for the handing over.
 */
export function feedCharts(
	ex: Explorer,
	inputs: { timeline: Charted; countries: Charted },
	when: { first: boolean; corpusChanged: boolean },
	afterPaint: Scheduler
): () => void {
	if (when.first) {
		ex.timelineInput = inputs.timeline;
		ex.countriesInput = ex.mapInput = ex.sourcesInput = ex.bylinesInput = inputs.countries;
		return () => {};
	}
	let cancel = () => {};
	const inTurn = (...steps: (() => void)[]) => {
		const [step, ...rest] = steps;
		cancel = afterPaint(() => {
			step();
			if (rest.length) inTurn(...rest);
		});
	};
	const timer = setTimeout(
		() =>
			inTurn(
				() => (ex.timelineInput = inputs.timeline),
				() => (ex.countriesInput = inputs.countries),
				() => (ex.mapInput = inputs.countries),
				() => (ex.sourcesInput = inputs.countries),
				() => (ex.bylinesInput = inputs.countries)
			),
		when.corpusChanged ? 0 : CHARTS_AFTER_MS
	);
	return () => {
		clearTimeout(timer);
		cancel();
	};
}

/**
 * Runs the first screen's steps and the charts' feeding with the calling component's effects
 * (call it while the component is set up). `drawn` is told when every step is on screen.
 */
export function drawFirstScreen<C>(screen: FirstScreen<C>, ex: Explorer, afterPaint: Scheduler, drawn: () => void): void {
	$effect(() => {
		if (screen.canStep(ex.load.status === 'ready')) return afterPaint(() => (screen.drawn = screen.next()));
	});
	$effect(() => {
		if (screen.drawn === STEPS.allResults)
			return afterPaint(() => {
				drawn();
				screen.up = true;
			});
	});
	let chartedArticles: readonly unknown[] | null = null;
	$effect(() => {
		const inputs = chartInputs(ex);
		// Compared queries are drawn together once each is answered: a query on its way would
		// otherwise show as a line at zero for a moment.
		if (inputs.timeline.series.some((s) => s.pending)) return;
		const corpusChanged = inputs.timeline.articles !== chartedArticles;
		chartedArticles = inputs.timeline.articles;
		const first = untrack(() => screen.drawn < STEPS.allResults);
		return feedCharts(ex, inputs, { first, corpusChanged }, afterPaint);
	});
}

/** Starts each of `starts` in a task of its own, in order (each costs a phone tens of milliseconds); returns a stop. */
export function startInTurn(starts: (() => unknown)[], nextTask: () => Promise<void>): () => void {
	let gone = false;
	// Each start runs in a task of its own; none returns a promise to wait for.
	void (async () => {
		for (const start of starts) {
			await nextTask();
			if (gone) return;
			start();
		}
	})();
	return () => (gone = true);
}
