import type { Page } from '@playwright/test';

/** A main-thread task over 50 ms, as the page's PerformanceObserver saw it. */
export interface LongTask {
	start: number;
	duration: number;
}

/** Records every long task of the pages `page` loads from now on, in `window.__long`. */
export function recordLongTasks(page: Page): Promise<void> {
	return page.addInitScript(() => {
		const w = window as unknown as { __long: LongTask[] };
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
}

/** The long tasks recorded so far (times on the page's clock). */
export function longTasksOf(page: Page): Promise<LongTask[]> {
	return page.evaluate(() => (window as unknown as { __long: LongTask[] }).__long);
}
