/** One benchmark visit: load the explorer, then type a fixed list of queries, reading the app's User Timing entries. */
import type { Browser } from '@playwright/test';

/** Typos, prefixes, names and multi-word queries, typed one key at a time. */
export const BENCH_QUERIES = ['Kyrgyzstan', 'narcotcs', 'railway link', 'Tehrna', 'pipeline exports', 'Venezeula', 'Tavakoli', 'scholarships'];
/** A fast typist: a key every 120 ms. */
const KEY_DELAY_MS = 120;

export interface PageFigures {
	bytesBeforeResults: number;
	pathsBeforeResults: string[];
	firstResultsMs: number;
	workerP50: number;
	workerP95: number;
	paintP50: number;
	paintP95: number;
	heapMB: number;
	longestTaskMs: number;
	queries: number;
	/** The slowest queries in the worker, slowest first: "query ms". */
	slowest: string[];
	/** Main-thread tasks over 50 ms while typing, with the query in the box then: "query ms". */
	longTasks: string[];
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

export async function measurePage(browser: Browser, url: string, extraCss?: string): Promise<PageFigures> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = window as unknown as { __longTasks: { start: number; duration: number; query: string }[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			// The query in the box when the task is reported: which keystroke the task followed.
			const query = document.querySelector<HTMLInputElement>('input[type="search"]')?.value ?? '';
			for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration, query });
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(url);
	if (extraCss) await page.addStyleTag({ content: extraCss });
	await page.waitForFunction(() => performance.getEntriesByName('wirescope:first-results').length > 0, null, { timeout: 120_000 });
	const load = await page.evaluate(() => {
		const first = performance.getEntriesByName('wirescope:first-results')[0].startTime;
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.responseEnd <= first);
		return {
			first,
			bytes: nav.encodedBodySize + resources.reduce((s, r) => s + r.encodedBodySize, 0),
			paths: ['/', ...resources.map((r) => new URL(r.name).pathname)]
		};
	});
	const box = page.getByRole('searchbox', { name: 'Search articles' });
	const status = page.getByRole('status').filter({ hasText: / of / });
	// Wait for the worker: the first query is answered only once the index is in.
	await box.fill('iran');
	await status.filter({ hasNotText: 'searching' }).waitFor({ timeout: 120_000 });
	await box.fill('');
	await status.filter({ hasNotText: 'searching' }).waitFor();
	const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
	const workerHeaps = await Promise.all(page.workers().map((w) => w.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0).catch(() => 0)));
	await page.evaluate(() => performance.clearMeasures());
	const typingStart = await page.evaluate(() => performance.now());
	for (const q of BENCH_QUERIES) {
		await box.focus();
		await page.keyboard.type(q, { delay: KEY_DELAY_MS });
		await status.filter({ hasNotText: 'searching' }).waitFor({ timeout: 60_000 });
		await page.waitForTimeout(200);
		await box.fill('');
		await status.filter({ hasNotText: 'searching' }).waitFor();
	}
	// No named helpers inside evaluated functions: tsx would wrap them in a helper the page lacks.
	const typed = await page.evaluate((start) => ({
		worker: performance.getEntriesByName('wirescope:worker').map((e) => e.duration),
		slowest: (performance.getEntriesByName('wirescope:worker') as PerformanceMeasure[])
			.map((e) => ({ q: (e.detail as { query?: string } | null)?.query ?? '?', ms: e.duration }))
			.sort((a, b) => b.ms - a.ms)
			.slice(0, 6)
			.map((e) => `${JSON.stringify(e.q)} ${e.ms.toFixed(1)}`),
		paint: performance.getEntriesByName('wirescope:paint').map((e) => e.duration),
		longest: Math.max(
			0,
			...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= start).map((t) => t.duration)
		),
		longTasks: (window as unknown as { __longTasks: { start: number; duration: number; query: string }[] }).__longTasks
			.filter((t) => t.start >= start)
			.map((t) => `${JSON.stringify(t.query)} ${t.duration.toFixed(0)} ms`)
	}), typingStart);
	await context.close();
	return {
		bytesBeforeResults: load.bytes,
		pathsBeforeResults: load.paths,
		firstResultsMs: load.first,
		workerP50: quantile(typed.worker, 0.5),
		workerP95: quantile(typed.worker, 0.95),
		paintP50: quantile(typed.paint, 0.5),
		paintP95: quantile(typed.paint, 0.95),
		heapMB: (heap + workerHeaps.reduce((a, b) => a + b, 0)) / 1024 / 1024,
		longestTaskMs: typed.longest,
		queries: typed.worker.length,
		slowest: typed.slowest,
		longTasks: typed.longTasks
	};
}
