/**
 * npm run bench:views -- --site <built site> [--runs 3]
 * The views of provenance in headless Chromium, on a whole corpus: for each of "Filed from ×
 * countries named", "Bylines" and "News codes", the time from scrolling it on screen to its
 * being painted (it is worked out only then), then a matrix cell clicked (the results and every
 * view follow), what is behind a period of the timeline opened (its results and terms
 * painted), keyword in context and collocates scrolled to (the first results' text fetched and
 * read), a story's versions compared, and every main-thread task over 50 ms during each.
 * A benchmark, not a test: medians over runs, and the longest task seen.
 */
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { serveStatic } from '../tests/serve-static';
import { longTasksOf, recordLongTasks } from './bench/long-tasks';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}

const SITE = resolve(arg('site', '.bench/site-100000'));
const RUNS = Number(arg('runs', '3'));
const PORT = 4303;
const FIGURES = ['Filed from × countries named', 'Bylines', 'News codes'];
const CONTEXTS = ['Keyword in context', 'Collocates'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Long tasks since `since` (ms on the page's clock). */
const longTasks = async (page: Page, since: number) => (await longTasksOf(page)).filter((t) => t.start >= since).map((t) => t.duration);

/**
 * Runs `act` in the page, then waits until `done` holds and a frame is painted: the
 * milliseconds between. Sent as text: tsx would wrap a named function in a helper the page lacks.
 */
async function timed(page: Page, act: string, done: string): Promise<{ ms: number; start: number }> {
	return page.evaluate(`(async () => {
		const start = performance.now();
		${act};
		await new Promise((resolve) => {
			const tick = () => ((${done}) ? requestAnimationFrame(() => setTimeout(resolve)) : requestAnimationFrame(tick));
			tick();
		});
		return { ms: performance.now() - start, start };
	})()`);
}

const figure = (name: string) =>
	`[...document.querySelectorAll('figure')].find((f) => f.querySelector('figcaption')?.textContent?.trim() === ${JSON.stringify(name)})`;

interface Run {
	shown: Record<string, number>;
	long: Record<string, number[]>;
}

async function visit(browser: import('@playwright/test').Browser): Promise<Run> {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await recordLongTasks(page);
	await page.goto(`http://localhost:${PORT}/`);
	await page.waitForFunction(() => performance.getEntriesByName('wirescope:first-results').length > 0, null, { timeout: 180_000 });
	await page.getByRole('progressbar', { name: /^Loading [\d,]+ of/ }).waitFor({ state: 'detached', timeout: 180_000 });
	await page.waitForTimeout(1500);
	const run: Run = { shown: {}, long: {} };
	for (const name of FIGURES) {
		const { ms, start } = await timed(page, `${figure(name)}.scrollIntoView()`, `${figure(name)}.querySelector('.figure-downloads')`);
		await page.waitForTimeout(300);
		run.shown[name] = ms;
		run.long[name] = await longTasks(page, start);
	}
	// A cell off the diagonal: the results, the charts and the three views follow it.
	const since = await page.evaluate(() => performance.now());
	await page.locator('.filed-matrix button.cell').nth(14).click();
	await page.waitForFunction(() => !document.querySelector('[role=status]')?.textContent?.includes('searching'));
	await page.waitForTimeout(1500);
	run.long['cell clicked'] = await longTasks(page, since);
	// For comparison, a country bar clicked: the explorer's own filtering, without the views.
	await page.goto(`http://localhost:${PORT}/`);
	await page.waitForFunction(() => performance.getEntriesByName('wirescope:first-results').length > 0, null, { timeout: 180_000 });
	await page.getByRole('progressbar', { name: /^Loading [\d,]+ of/ }).waitFor({ state: 'detached', timeout: 180_000 });
	await page.waitForTimeout(1500);
	const barAt = await page.evaluate(() => performance.now());
	await page.locator('.country-bars button.bar-row').nth(3).click();
	await page.waitForFunction(() => !document.querySelector('[role=status]')?.textContent?.includes('searching'));
	await page.waitForTimeout(1500);
	run.long['country bar clicked'] = await longTasks(page, barAt);
	// What is behind a period: Enter on the timeline's first handle after a search, to its results
	// and terms painted (the worker counts both).
	await page.goto(`http://localhost:${PORT}/?q=railway`);
	await page.waitForFunction(() => performance.getEntriesByName('wirescope:first-results').length > 0, null, { timeout: 180_000 });
	await page.waitForFunction(() => !document.querySelector('[role=status]')?.textContent?.includes('searching'), null, {
		timeout: 180_000
	});
	await page.waitForTimeout(1500);
	await page.getByRole('slider', { name: 'Start date' }).focus();
	const behind = await timed(
		page,
		`document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))`,
		`document.querySelector('figure.behind[aria-busy="false"]') && !document.querySelector('figure.behind [aria-busy="true"]')`
	);
	run.shown['behind a period'] = behind.ms;
	run.long['behind a period'] = await longTasks(page, behind.start);
	// Keyword in context scrolled to on the same results: the first 50 results' text fetched and
	// read, its lines painted; then the collocates, worked out from the same text.
	// Each scrolled to its foot: the views of provenance below, timed above, stay off screen.
	for (const [name, css] of CONTEXTS.map((name, k) => [name, ['kwic', 'collocates'][k]])) {
		const read = await timed(
			page,
			`${figure(name)}.scrollIntoView({ block: 'end' })`,
			`document.querySelector('figure.${css}[aria-busy="false"] tbody tr')`
		);
		await page.waitForTimeout(300);
		run.shown[name] = read.ms;
		run.long[name] = await longTasks(page, read.start);
	}
	// A story's versions compared.
	await page.goto(`http://localhost:${PORT}/?q=${encodeURIComponent('"a new version of article"')}`);
	await page.waitForFunction(() => performance.getEntriesByName('wirescope:first-results').length > 0, null, { timeout: 180_000 });
	// The search answers once the whole corpus is in; until then the list is every article.
	const result = page
		.locator('ol.results li')
		.filter({ has: page.locator('.meta', { hasText: 'versions' }) })
		.first();
	await result.waitFor({ timeout: 180_000 });
	await result.locator('h3 a').click();
	const compare = page.getByRole('button', { name: /^Compare versions/ });
	await compare.waitFor({ timeout: 60_000 });
	const before = await page.evaluate(() => performance.now());
	await compare.click();
	await page.getByRole('region', { name: 'Versions compared' }).waitFor();
	run.shown['versions compared'] = (await page.evaluate(() => performance.now())) - before;
	run.long['versions compared'] = await longTasks(page, before);
	await context.close();
	return run;
}

const server = await serveStatic(SITE, PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	const runs: Run[] = [];
	for (let r = 0; r < RUNS; r++) runs.push(await visit(browser));
	console.log(`views: ${SITE}, ${RUNS} visits`);
	for (const step of [...FIGURES, 'cell clicked', 'country bar clicked', 'behind a period', ...CONTEXTS, 'versions compared']) {
		const shown = runs.map((r) => r.shown[step]).filter((x) => x !== undefined);
		const long = runs.flatMap((r) => r.long[step]);
		console.log(
			`views: ${step}: ${shown.length ? `drawn in ${Math.round(median(shown))} ms (median; ${shown.map(Math.round).join(', ')}), ` : ''}${long.length} tasks over 50 ms${long.length ? ` (longest ${Math.round(Math.max(...long))} ms)` : ''}`
		);
	}
} finally {
	await browser.close();
	server.close();
}
