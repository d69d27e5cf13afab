import { describe, expect, it } from 'vitest';
import { FIRST_RESULTS, FirstScreen, STEPS, startInTurn } from './first-screen.svelte';

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
