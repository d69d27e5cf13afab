/**
 * The text behind the "Keyword in context" and "Collocates" figures: the bodies of the first
 * results as listed, read in order of the list once either figure has come on screen, after
 * the charts' pause in typing: ten results' chunks fetched side by side, then an article read
 * per task. The only writer of the explorer's `contexts`.
 * Reading more results goes on from where it stopped; new results or words start again.
 */
import { rankCollocates } from '../contexts/collocates';
import { emptySample, readArticle, sameResults, sameWords, SAMPLE_MAX, SAMPLE_STEP, type ContextSample } from '../contexts/sample';
import type { Body } from '../corpus/bundle';
import { whyNotLoaded } from '../load/failures';
import type { BodyLoader } from './bodies';
import type { Explorer } from './explorer.svelte';
import { CHARTS_AFTER_MS } from './first-screen.svelte';

/** Results whose bodies are asked for at once: their chunks come in parallel, their lines in order. */
const BATCH = 10;
/** Body chunks kept while reading: results sorted by date share chunks of 200 from batch to batch. */
const CHUNKS_KEPT = 4;
/** Past the first step, the figures are told what was read every this many results: each telling sorts the lines again. */
const PUBLISH_EVERY = 50;

/** What has been read of some results, to go on from. */
interface Reading {
	serial: number;
	rows: ArrayLike<number>;
	words: ReadonlySet<string>;
	sample: ContextSample;
	missing: number;
	/** The body chunks last fetched for it, by number. */
	chunks: Map<number, Body[]>;
}

export class ContextReader {
	/** One of the figures has been on screen: the results' text is read from then on. */
	shown = $state(false);
	/** More results to read than the first step, asked for these results. */
	private asked = $state.raw<{ rows: ArrayLike<number>; size: number } | null>(null);
	/** Bumped to try a failed read again. */
	private attempt = $state(0);
	/** What has been read of the current results. */
	private reading: Reading | null = null;

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
		const asked = this.asked;
		return asked && sameResults(asked.rows, rows, asked.size) ? asked.size : SAMPLE_STEP;
	}

	/** Reads SAMPLE_STEP results more (up to SAMPLE_MAX) of the results read. */
	more(): void {
		const rows = this.reading?.rows;
		if (rows) this.asked = { rows, size: Math.min(SAMPLE_MAX, this.sizeFor(rows) + SAMPLE_STEP) };
	}

	/** Tries again to read what could not be fetched. */
	retry(): void {
		this.attempt++;
	}

	/**
	 * Reads the first `size` of `rows` (going on from what was read of the same results with the
	 * same words), telling the figures what was read as it goes, until done, failed, or `stopped`.
	 */
	async read(rows: ArrayLike<number>, words: ReadonlySet<string>, size: number, stopped: () => boolean, nextTask: () => Promise<void>) {
		const ex = this.ex;
		const was = this.reading;
		const same = was && sameWords(was.words, words) && sameResults(was.rows, rows, Math.max(size, was.sample.read + was.missing));
		// The same results in a list worked out again: what was read of them stands.
		const at: Reading = same
			? Object.assign(was, { rows })
			: { serial: (was?.serial ?? 0) + 1, rows, words, sample: emptySample(), missing: 0, chunks: new Map() };
		this.reading = at;
		const done = () => at.sample.read + at.missing;
		const publish = (error: string | null) => {
			const { sample } = at;
			ex.contexts = {
				serial: at.serial,
				rows,
				words: at.words,
				size,
				read: done(),
				missing: at.missing,
				lines: sample.lines.slice(),
				collocates: rankCollocates(sample.tally),
				matches: sample.tally.matches,
				nearWords: sample.tally.nearWords,
				error
			};
		};
		publish(null);
		while (done() < size) {
			const from = done();
			const batch = Array.from({ length: Math.min(BATCH, size - from) }, (_, k) => rows[from + k]);
			let bodies;
			try {
				bodies = await this.bodies.bodiesOf(batch, at.chunks, CHUNKS_KEPT);
			} catch (err) {
				if (!stopped()) publish(whyNotLoaded(err as Error));
				return;
			}
			if (stopped()) return;
			// An article per task: a long one is read in a few milliseconds, but ten are not.
			for (const [k, index] of batch.entries()) {
				const body = bodies.get(index);
				if (body) readArticle(at.sample, body, at.words, index, from + k);
				else at.missing++;
				await nextTask();
				if (stopped()) return;
			}
			if (done() <= SAMPLE_STEP || done() % PUBLISH_EVERY === 0 || done() >= size) publish(null);
		}
	}
}
