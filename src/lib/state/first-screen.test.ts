import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Explorer, type Charted } from './explorer.svelte';
import { CHARTS_AFTER_MS, FIRST_RESULTS, FirstScreen, STEPS, feedCharts, startInTurn } from './first-screen.svelte';

/** Steps through a screen as the page's effect does, a frame per step. */
function steps(screen: FirstScreen<object>): number[] {
	const seen: number[] = [];
	while (screen.canStep(true)) seen.push((screen.drawn = screen.next()));
	return seen;
}

describe('the first screen, step by step', () => {
	it('waits for the corpus, and for the charts’ code unless it failed or is late', () => {
		const screen = new FirstScreen<object>(false);
		expect(screen.canStep(false)).toBe(false);
		expect(screen.canStep(true)).toBe(false);
		screen.chartsLate = true;
		expect(screen.canStep(true)).toBe(true);
		const failed = new FirstScreen<object>(false);
		failed.chartsFailed = true;
		expect(failed.canStep(true)).toBe(true);
	});

	it('draws the timeline, the country bars, the map, the first results, then the rest, in that order', () => {
		const screen = new FirstScreen<object>(false);
		screen.charts = {};
		expect(steps(screen)).toEqual([STEPS.timeline, STEPS.countries, STEPS.map, STEPS.results, STEPS.allResults]);
		expect(screen.canStep(true)).toBe(false);
	});

	it('goes from the timeline straight to the results in the embed, which has no country charts', () => {
		const screen = new FirstScreen<object>(true);
		screen.charts = {};
		expect(steps(screen)).toEqual([STEPS.timeline, STEPS.results, STEPS.allResults]);
	});

	it('lets the results list draw about a screenful until the last step', () => {
		const screen = new FirstScreen<object>(false);
		screen.drawn = STEPS.results;
		expect(screen.resultsShown).toBe(FIRST_RESULTS);
		screen.drawn = STEPS.allResults;
		expect(screen.resultsShown).toBe(Infinity);
	});
});

describe('the charts’ inputs', () => {
	const input = (n: number): Charted => ({ articles: [], rows: new Int32Array(n), series: [], imported: [] });
	let frames: (() => void)[];
	const afterPaint = (fn: () => void) => {
		frames.push(fn);
		return () => (frames = frames.filter((f) => f !== fn));
	};
	const paint = () => frames.shift()?.();
	beforeEach(() => {
		frames = [];
		vi.useFakeTimers();
	});
	afterEach(() => vi.useRealTimers());

	it('are handed over at once while the first screen is drawn', () => {
		const ex = new Explorer();
		feedCharts(ex, { timeline: input(1), countries: input(2) }, { first: true, corpusChanged: true }, afterPaint);
		expect([ex.timelineInput.rows.length, ex.countriesInput.rows.length, ex.mapInput.rows.length]).toEqual([1, 2, 2]);
	});

	it('follow the typing once it pauses, one chart per frame, and a newer keystroke cancels the older', () => {
		const ex = new Explorer();
		const before = ex.timelineInput;
		const cancel = feedCharts(ex, { timeline: input(1), countries: input(2) }, { first: false, corpusChanged: false }, afterPaint);
		vi.advanceTimersByTime(CHARTS_AFTER_MS - 1);
		expect(frames).toHaveLength(0);
		cancel();
		feedCharts(ex, { timeline: input(3), countries: input(4) }, { first: false, corpusChanged: false }, afterPaint);
		vi.advanceTimersByTime(CHARTS_AFTER_MS);
		expect(ex.timelineInput).toBe(before);
		paint();
		expect(ex.timelineInput.rows.length).toBe(3);
		expect(ex.countriesInput.rows.length).not.toBe(4);
		paint();
		expect(ex.countriesInput.rows.length).toBe(4);
		expect(ex.mapInput.rows.length).not.toBe(4);
		paint();
		expect(ex.mapInput.rows.length).toBe(4);
	});

	it('follow a change of corpus without waiting for a pause', () => {
		const ex = new Explorer();
		feedCharts(ex, { timeline: input(5), countries: input(6) }, { first: false, corpusChanged: true }, afterPaint);
		vi.advanceTimersByTime(0);
		paint();
		expect(ex.timelineInput.rows.length).toBe(5);
	});
});

describe('startInTurn', () => {
	it('starts each in a task of its own, in order, and none once stopped', async () => {
		const started: string[] = [];
		let release: () => void = () => {};
		const nextTask = () => new Promise<void>((r) => (release = r));
		const stop = startInTurn([() => started.push('corpus'), () => started.push('charts'), () => started.push('collections')], nextTask);
		expect(started).toEqual([]);
		release();
		await Promise.resolve();
		await Promise.resolve();
		expect(started).toEqual(['corpus']);
		stop();
		release();
		await Promise.resolve();
		await Promise.resolve();
		expect(started).toEqual(['corpus']);
	});
});
