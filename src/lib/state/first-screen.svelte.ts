/**
 * The first screen, drawn in steps.
 *
 * The first screen is drawn top to bottom, a frame apart: the search box, then the timeline,
 * the country bars, the map, the first few results and the rest of their page. One step at a
 * time keeps a slow phone responsive while the page builds (one long task would block it for
 * the whole of it), and since each step only adds below what is shown, nothing on screen moves.
 *
 * After it, the charts follow the results once typing pauses, and the corpus (a later piece,
 * an import) without waiting; either way one chart per frame (components/paced-figures).
 */
import type { Explorer } from './explorer.svelte';

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

/**
 * Runs the first screen's steps with the calling component's effects (call it while the
 * component is set up). `drawn` is told when every step is on screen.
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
