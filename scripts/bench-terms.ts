/**
 * npm run bench:terms -- --site <built site> [--runs 5]
 * The "Top terms" lists in headless Chromium: the term table's size, the first lists (the
 * table fetched and read), then, for broad queries typed one after another, the time from the
 * page asking for a query's lists to their being painted (and the worker's part of it), and
 * every main-thread task over 50 ms meanwhile. A benchmark, not a test: medians over runs.
 * `--without-terms` refuses the term table to the page and types the same queries: the
 * main-thread tasks that remain are the rest of the page's (the results and the charts).
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { serveStatic } from '../tests/serve-static';
import { longTasksOf, recordLongTasks } from './bench/long-tasks';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}

const SITE = resolve(arg('site', '.bench/site-100000'));
const RUNS = Number(arg('runs', '5'));
const WITHOUT_TERMS = process.argv.includes('--without-terms');
const PORT = 4302;
/** Broad queries: each matches a large part of a generated corpus. */
const QUERIES = ['cooperation', 'minister', 'trade', 'railway', 'security', 'border'];
const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const median = (xs: number[]) => quantile(xs, 0.5);

interface Run {
	firstMs: number;
	paint: number[];
	worker: number[];
	articles: number[];
	longTasks: number[];
	duringLists: number[];
	fromQuery: number[];
}

async function visit(browser: import('@playwright/test').Browser): Promise<Run> {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await recordLongTasks(page);
	if (WITHOUT_TERMS) await page.route('**/corpus/terms.bin', (route) => route.abort());
	await page.goto(`http://localhost:${PORT}/`);
	// The lists are counted once their figure is on screen.
	await page.locator('.top-terms').scrollIntoViewIfNeeded({ timeout: 180_000 });
	const count = () => page.evaluate(() => performance.getEntriesByName('wirescope:terms').length);
	if (WITHOUT_TERMS) await page.locator('.top-terms .note', { hasText: 'could not be counted' }).waitFor({ timeout: 180_000 });
	else
		await page
			.waitForFunction(() => performance.getEntriesByName('wirescope:terms').length > 0, null, { timeout: 180_000 })
			.catch(async (err) => {
				const seen = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => e.name));
				const note = await page
					.locator('.top-terms .note')
					.first()
					.textContent()
					.catch(() => 'no Top terms figure');
				throw new Error(`no lists painted (measures: ${seen.join(', ') || 'none'}; the figure says: ${note?.trim()})`, { cause: err });
			});
	const firstMs = WITHOUT_TERMS ? NaN : await page.evaluate(() => performance.getEntriesByName('wirescope:terms')[0].duration);
	const since = await page.evaluate(() => performance.now());
	const box = page.getByRole('searchbox', { name: 'Search articles' });
	const fromQuery: number[] = [];
	for (const q of QUERIES) {
		const before = await count();
		const typed = await page.evaluate(() => performance.now());
		await box.fill(q);
		if (WITHOUT_TERMS) {
			await page.waitForTimeout(900);
			continue;
		}
		await page.waitForFunction((n) => performance.getEntriesByName('wirescope:terms').length > n, before, { timeout: 60_000 });
		// From the query typed to its lists painted: the search, the charts' pause after typing, then the lists.
		fromQuery.push(
			await page.evaluate(
				(t) =>
					performance.getEntriesByName('wirescope:terms').at(-1)!.startTime +
					performance.getEntriesByName('wirescope:terms').at(-1)!.duration -
					t,
				typed
			)
		);
		await page.waitForTimeout(300);
	}
	const { entries, ...run } = await page.evaluate((start) => {
		// No named helpers in here: tsx would wrap them in a helper the page lacks.
		const entries = (performance.getEntriesByName('wirescope:terms') as PerformanceMeasure[]).filter((e) => e.startTime >= start);
		return {
			paint: entries.map((e) => e.duration),
			worker: entries.map((e) => (e.detail as { workerMs: number }).workerMs),
			articles: entries.map((e) => (e.detail as { articles: number }).articles),
			entries: entries.map((e) => ({ start: e.startTime, duration: e.duration }))
		};
	}, since);
	const long = (await longTasksOf(page)).filter((t) => t.start >= since);
	await context.close();
	return {
		firstMs,
		fromQuery,
		...run,
		longTasks: long.map((t) => t.duration),
		// Those that began while some lists were on their way (asked for, not yet painted).
		duringLists: long.filter((t) => entries.some((e) => t.start >= e.start && t.start < e.start + e.duration)).map((t) => t.duration)
	};
}

const server = await serveStatic(SITE, PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const runs: Run[] = [];
try {
	for (let r = 0; r < RUNS; r++) {
		runs.push(await visit(browser));
		console.error(`bench:terms run ${r + 1}/${RUNS} done`);
	}
} finally {
	await browser.close();
	server.close();
}
if (WITHOUT_TERMS) {
	const long = runs.flatMap((r) => r.longTasks);
	console.log(
		`without the term table: main-thread tasks over 50 ms while the queries were typed: ${long.length}${long.length ? ` (longest ${Math.max(...long).toFixed(0)} ms)` : ''}`
	);
	process.exit(0);
}
const table = statSync(join(SITE, 'corpus/terms.bin')).size;
const all = (key: 'paint' | 'worker') => runs.flatMap((r) => r[key]);
console.log(`site: ${SITE}`);
console.log(`term table: ${(table / 1024 / 1024).toFixed(1)} MB`);
console.log(`first lists (table fetched and read), median of ${RUNS} runs: ${median(runs.map((r) => r.firstMs)).toFixed(0)} ms`);
console.log(`queries' results counted: median ${median(runs.flatMap((r) => r.articles))} articles`);
console.log(`request to painted lists: p50 ${median(all('paint')).toFixed(0)} ms, p95 ${quantile(all('paint'), 0.95).toFixed(0)} ms`);
const typedToPainted = runs.flatMap((r) => r.fromQuery);
console.log(
	`query typed to painted lists: p50 ${median(typedToPainted).toFixed(0)} ms, p95 ${quantile(typedToPainted, 0.95).toFixed(0)} ms`
);
console.log(`  of which the worker: p50 ${median(all('worker')).toFixed(0)} ms, p95 ${quantile(all('worker'), 0.95).toFixed(0)} ms`);
const tasks = (xs: number[]) => `${xs.length}${xs.length ? ` (longest ${Math.max(...xs).toFixed(0)} ms)` : ''}`;
console.log(`main-thread tasks over 50 ms while the queries were typed: ${tasks(runs.flatMap((r) => r.longTasks))}`);
console.log(`  of which began while lists were on their way: ${tasks(runs.flatMap((r) => r.duringLists))}`);
