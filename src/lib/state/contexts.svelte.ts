/**
 * The text behind the "Keyword in context" and "Collocates" figures: the bodies of the first
 * results as listed, read in order of the list once either figure has come on screen, after
 * the charts' pause in typing: ten results' chunks fetched side by side, then an article read
 * per task. The only writer of the explorer's `contexts`.
 * Reading more results goes on from where it stopped; new results or words start again.
 */
import { rankCollocates } from '../contexts/collocates';
import { emptySample, readArticle, type ContextSample } from '../contexts/sample';
import { whyNotLoaded } from '../load/failures';
import type { BodyLoader } from './bodies';
import type { Explorer } from './explorer.svelte';
import { CHARTS_AFTER_MS } from './first-screen.svelte';

/** Results read at first, and more each time the reader asks. */
export const SAMPLE_STEP = 50;
/** Results read at most: past this, a sample says enough and the fetches would be many megabytes. */
export const SAMPLE_MAX = 1_000;
/** Results whose bodies are asked for at once: their chunks come in parallel, their lines in order. */
const BATCH = 10;

export class ContextReader {
	/** One of the figures has been on screen: the results' text is read from then on. */
	shown = $state(false);
	/** More results to read than the first step, asked for these results. */
	private asked = $state.raw<{ rows: ArrayLike<number>; size: number } | null>(null);
	/** Bumped to try a failed read again. */
	private attempt = $state(0);
	/** What has been read of the current results, to go on from. */
	private sample: { rows: ArrayLike<number>; words: ReadonlySet<string>; sample: ContextSample; missing: number } | null = null;

	constructor(
		private ex: Explorer,
		private bodies: BodyLoader,
		options: { compact: boolean; nextTask: () => Promise<void> }
	) {
		$effect(() => {
			if (options.compact || !this.shown || !(ex.complete || ex.byColumns)) return;
			const rows = ex.rows;
			const words = ex.words;
			const size = Math.min(this.sizeFor(rows), rows.length);
			void this.attempt;
			if (ex.pending || !words.size) return;
			let stopped = false;
			const timer = setTimeout(() => void this.read(rows, words, size, () => stopped, options.nextTask), CHARTS_AFTER_MS);
			return () => {
				stopped = true;
				clearTimeout(timer);
			};
		});
	}

	/** Results to read of `rows`: the first step, or more if more were asked for them. */
	sizeFor(rows: ArrayLike<number>): number {
		return this.asked?.rows === rows ? this.asked.size : SAMPLE_STEP;
	}

	/** Reads SAMPLE_STEP results more (up to SAMPLE_MAX) of the results read. */
	more(): void {
		const rows = this.sample?.rows;
		if (rows) this.asked = { rows, size: Math.min(SAMPLE_MAX, this.sizeFor(rows) + SAMPLE_STEP) };
	}

	/** Tries again to read what could not be fetched. */
	retry(): void {
		this.attempt++;
	}

	async read(rows: ArrayLike<number>, words: ReadonlySet<string>, size: number, stopped: () => boolean, nextTask: () => Promise<void>) {
		const ex = this.ex;
		if (this.sample?.rows !== rows || this.sample.words !== words) this.sample = { rows, words, sample: emptySample(), missing: 0 };
		const at = this.sample;
		const publish = (error: string | null) => {
			const { sample } = at;
			ex.contexts = {
				rows,
				words,
				size,
				read: sample.read + at.missing,
				missing: at.missing,
				lines: sample.lines.slice(),
				collocates: rankCollocates(sample.tally),
				matches: sample.tally.matches,
				nearWords: sample.tally.nearWords,
				error
			};
		};
		publish(null);
		while (at.sample.read + at.missing < size) {
			const from = at.sample.read + at.missing;
			const batch = Array.from({ length: Math.min(BATCH, size - from) }, (_, k) => rows[from + k]);
			let bodies;
			try {
				bodies = await this.bodies.bodiesOf(batch);
			} catch (err) {
				if (!stopped()) publish(whyNotLoaded(err as Error));
				return;
			}
			if (stopped()) return;
			// An article per task: a long one is read in a few milliseconds, but ten are not.
			for (const [k, index] of batch.entries()) {
				const body = bodies.get(index);
				if (body) readArticle(at.sample, body.paragraphs, words, index, from + k);
				else at.missing++;
				await nextTask();
				if (stopped()) return;
			}
			publish(null);
		}
	}
}
