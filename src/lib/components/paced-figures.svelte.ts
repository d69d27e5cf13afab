/**
 * Hands one model to a page's figures one figure per painted frame, so that neither a
 * keystroke's answer nor a new piece of a large corpus redraws every chart in one task. The
 * model stays one (the explorer's `charted`); each figure reads what was handed to it (`at`)
 * and works out its values from that. While the first screen is drawn, the model goes to every
 * figure at once (the screen's steps already draw them a frame apart); after it, the figures
 * follow once typing pauses, or without waiting when the corpus itself changed, in their order;
 * a figure whose parts of the model did not change is handed it without waiting for a frame.
 */
import { untrack } from 'svelte';
import { CHARTS_AFTER_MS, type Scheduler } from '../state/first-screen.svelte';

/** What one figure was handed. */
class Handed<M> {
	model: M = $state.raw() as M;
	constructor(model: M) {
		this.model = model;
	}
}

/** What of the model a figure draws: the parts it reads (a figure whose parts did not change is handed the model without waiting for a frame). */
export type Parts<M> = (model: M) => readonly unknown[];

export class PacedFigures<M> {
	private handed: Handed<M>[];

	/** `figures`: each figure's parts, in the order they are handed a model; each starts with `initial`. */
	constructor(
		private figures: readonly Parts<M>[],
		initial: M,
		private afterPaint: Scheduler
	) {
		this.handed = figures.map(() => new Handed(initial));
	}

	/** The model figure `k` draws. */
	at(k: number): M {
		return this.handed[k].model;
	}

	/** Whether figure `k` reads the same parts of `model` as of the model it was handed. */
	private unchanged(k: number, model: M): boolean {
		const before = this.figures[k](this.handed[k].model);
		const now = this.figures[k](model);
		return before.length === now.length && before.every((part, i) => part === now[i]);
	}

	/**
	 * Hands `model` over: to every figure at once while the first screen is drawn (`now`),
	 * otherwise one figure per painted frame, after a pause in typing unless `urgent`. Returns a
	 * cancel: a newer model cancels the handing over of an older one.
	 */
	offer(model: M, when: { now: boolean; urgent: boolean }): () => void {
		if (when.now) {
			for (const h of this.handed) h.model = model;
			return () => {};
		}
		let cancel = () => {};
		const handTo = (from: number) => {
			// Figures that draw nothing new are handed it at once: no frame waits on them.
			let k = from;
			while (k < this.handed.length && this.unchanged(k, model)) this.handed[k++].model = model;
			if (k === this.handed.length) return;
			cancel = this.afterPaint(() => {
				this.handed[k].model = model;
				handTo(k + 1);
			});
		};
		const timer = setTimeout(() => handTo(0), when.urgent ? 0 : CHARTS_AFTER_MS);
		return () => {
			clearTimeout(timer);
			cancel();
		};
	}
}

/**
 * Paced figures following `model` with the calling component's effect (call it while the
 * component is set up). A model `held` is not handed over (compared queries are drawn together
 * once each is answered: one on its way would show as a line at zero for a moment); `urgent`
 * says whether a model comes from a changed corpus rather than from typing.
 */
export function paceFigures<M>(
	figures: readonly Parts<M>[],
	initial: M,
	model: () => M,
	options: { now: () => boolean; held: (m: M) => boolean; urgent: (before: M, now: M) => boolean },
	afterPaint: Scheduler
): PacedFigures<M> {
	const paced = new PacedFigures(figures, initial, afterPaint);
	let before = initial;
	$effect(() => {
		const next = model();
		if (options.held(next)) return;
		const urgent = options.urgent(before, next);
		before = next;
		return paced.offer(next, { now: untrack(options.now), urgent });
	});
	return paced;
}
