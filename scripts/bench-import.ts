/**
 * npm run bench:import [-- --n 10000]
 * Imports N synthetic capture files into the seed site in headless Chromium, twice: as N
 * loose .txt files and as one .zip of them. Prints the wall time to a stored collection
 * shown in the results, the main-thread long tasks (the longest, how many exceed 200 ms, and
 * each over 100 ms; those that start before the input's change event are the browser's own
 * handling of the picked files, counted apart), how steadily progress was shown (updates, the
 * longest gap between them and what the progress said as it began) and the load average (the
 * figures mean little on a busy machine). A benchmark, not a test.
 * `--trace` also saves a Chromium performance trace of each import (.bench/import/trace-*.json,
 * with JavaScript samples): open it in the browser's Performance panel to see what a long task ran.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { serveStatic } from '../tests/serve-static';
import { synthArticle } from '../src/lib/synth/generate';

const n = Number(process.argv[process.argv.indexOf('--n') + 1] || 10000) || 10000;
const trace = process.argv.includes('--trace');
const WORK = resolve('.bench/import');
const SITE = join(WORK, 'site');
const FILES = join(WORK, `files-${n}`);
const PORT = 4480;
/** The bar for a responsive page. */
const LONG_TASK_MS = 200;

interface Figures {
	seconds: number;
	longestTaskMs: number;
	tasksOver200: number;
	/** Before the change event: the browser building the input's file list. */
	pickerTaskMs: number;
	progressUpdates: number;
	longestProgressGapMs: number;
	/** What the progress said when that gap began. */
	gapAfter: string;
	/** Every main-thread task over 100 ms after the files were picked, in order. */
	tasksOver100: string;
	articles: string;
}

/** Records long tasks and progress-text changes from the first script on. */
function instrument() {
	const w = window as unknown as { __tasks: [number, number][]; __progress: [number, string][]; __picked: number };
	w.__tasks = [];
	w.__progress = [];
	w.__picked = Infinity;
	addEventListener('change', () => (w.__picked = performance.now()), { capture: true });
	new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push([e.startTime, e.duration]))).observe({
		type: 'longtask'
	});
	let last = -1;
	new MutationObserver(() => {
		const bar = document.querySelector('progress');
		const value = bar?.value ?? -1;
		if (value !== last && value >= 0) w.__progress.push([performance.now(), bar?.parentElement?.textContent?.trim() ?? '']);
		last = value;
	}).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler',
	'blink.user_timing'
];

async function importOnce(page: Page, files: Parameters<Page['setInputFiles']>[1], tracePath: string | null): Promise<Figures> {
	await page.goto(`http://localhost:${PORT}/`);
	await page.getByRole('searchbox', { name: 'Search articles' }).waitFor({ timeout: 60_000 });
	await page.evaluate(() => {
		const w = window as unknown as { __tasks: [number, number][]; __progress: [number, string][] };
		w.__tasks.length = 0;
		w.__progress.length = 0;
	});
	if (tracePath) await page.context().browser()!.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
	const t0 = Date.now();
	await page.getByLabel('Text files or zip archives to import').setInputFiles(files);
	// A cheap check, seldom: a locator's polling matches text across the page, on its main thread,
	// and would be counted among the long tasks it measures.
	await page.waitForFunction(() => document.querySelector('.add [role="status"]')?.textContent?.trim().startsWith('Imported “'), null, {
		polling: 500,
		timeout: 600_000
	});
	const seconds = (Date.now() - t0) / 1000;
	if (tracePath) await page.context().browser()!.stopTracing();
	const { tasks, picker, progress } = await page.evaluate(() => {
		const w = window as unknown as { __tasks: [number, number][]; __progress: [number, string][]; __picked: number };
		return {
			tasks: w.__tasks.filter(([start]) => start >= w.__picked).map(([, d]) => d),
			picker: w.__tasks.filter(([start]) => start < w.__picked).map(([, d]) => d),
			progress: w.__progress
		};
	});
	const gaps = progress.slice(1).map(([t], k) => t - progress[k][0]);
	const widest = gaps.indexOf(Math.max(...gaps));
	return {
		seconds,
		longestTaskMs: Math.round(Math.max(0, ...tasks)),
		tasksOver200: tasks.filter((d) => d > LONG_TASK_MS).length,
		pickerTaskMs: Math.round(Math.max(0, ...picker)),
		progressUpdates: progress.length,
		longestProgressGapMs: Math.round(Math.max(0, ...gaps)),
		gapAfter: progress[widest]?.[1].replace(/\s+/g, ' ') ?? '',
		tasksOver100: tasks
			.filter((d) => d > 100)
			.map(Math.round)
			.join(' '),
		articles: (await page.evaluate(() => document.querySelector('.add [role="status"]')?.textContent?.trim())) ?? ''
	};
}

async function main() {
	mkdirSync(WORK, { recursive: true });
	// Traced builds keep their function names, so that the trace says what ran.
	execSync(`npx vite build${trace ? ' --minify false' : ''}`, {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BUILD_DIR: SITE }
	});
	if (!existsSync(`${FILES}.done`)) {
		rmSync(FILES, { recursive: true, force: true });
		mkdirSync(FILES, { recursive: true });
		for (let i = 0; i < n; i++) {
			const { name, text } = synthArticle(i, 3);
			writeFileSync(join(FILES, name), text);
		}
		writeFileSync(`${FILES}.done`, '');
	}
	const paths = Array.from({ length: n }, (_, i) => join(FILES, synthArticle(i, 3).name));
	const entries: Record<string, Uint8Array> = {};
	for (let i = 0; i < n; i++) {
		const { name, text } = synthArticle(i, 3);
		entries[name] = new TextEncoder().encode(text);
	}
	// Handed to the browser as a file on disk: a buffer would be base64-decoded in the page by Playwright itself.
	const zip = join(WORK, `bench-${n}.zip`);
	writeFileSync(zip, zipSync(entries));

	const loadBefore = loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	const server = await serveStatic(SITE, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const results: Record<string, Figures> = {};
	try {
		for (const [label, files, kind] of [
			[`${n} loose .txt files`, paths, 'files'],
			[`one .zip of ${n} files (${(statSync(zip).size / 1e6).toFixed(1)} MB)`, zip, 'zip']
		] as const) {
			// A fresh profile each time: an empty IndexedDB, so nothing is skipped as already imported.
			const context = await browser.newContext();
			await context.addInitScript(instrument);
			results[label] = await importOnce(await context.newPage(), files, trace ? join(WORK, `trace-${kind}-${n}.json`) : null);
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log(
		`Chromium, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); load average ${loadBefore} before, ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')} after`
	);
	console.table(results);
}

await main();
