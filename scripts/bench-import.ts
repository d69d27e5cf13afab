/**
 * npm run bench:import [-- --n 10000]
 * Imports N synthetic capture files into the seed site in headless Chromium, twice: as N
 * loose .txt files and as one .zip of them. Prints the wall time to a stored collection,
 * the main-thread long tasks (the longest, and how many exceed 200 ms; those that start before
 * the input's change event are the browser's own handling of the picked files, counted apart),
 * and how steadily
 * progress was shown (updates, and the longest gap between them). A benchmark, not a test.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { serveStatic } from '../tests/serve-static';
import { synthArticle } from './synth/generate';

const n = Number(process.argv[process.argv.indexOf('--n') + 1] || 10000) || 10000;
const WORK = resolve('.bench/import');
const SITE = join(WORK, 'site');
const FILES = join(WORK, `files-${n}`);
const PORT = 4185;
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
	articles: string;
}

/** Records long tasks and progress-text changes from the first script on. */
function instrument() {
	const w = window as unknown as { __tasks: [number, number][]; __progress: number[]; __picked: number };
	w.__tasks = [];
	w.__progress = [];
	w.__picked = Infinity;
	addEventListener('change', () => (w.__picked = performance.now()), { capture: true });
	new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
	let last = -1;
	new MutationObserver(() => {
		const value = document.querySelector('progress')?.value ?? -1;
		if (value !== last && value >= 0) w.__progress.push(performance.now());
		last = value;
	}).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

async function importOnce(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<Figures> {
	await page.goto(`http://localhost:${PORT}/`);
	await page.getByRole('searchbox', { name: 'Search articles' }).waitFor({ timeout: 60_000 });
	await page.evaluate(() => {
		const w = window as unknown as { __tasks: [number, number][]; __progress: number[] };
		w.__tasks.length = 0;
		w.__progress.length = 0;
	});
	const t0 = Date.now();
	await page.getByLabel('Text files or zip archives to import').setInputFiles(files);
	const note = page.getByText(/^Imported “/);
	await note.waitFor({ timeout: 600_000 });
	const seconds = (Date.now() - t0) / 1000;
	const { tasks, picker, progress } = await page.evaluate(() => {
		const w = window as unknown as { __tasks: [number, number][]; __progress: number[]; __picked: number };
		return { tasks: w.__tasks.filter(([start]) => start >= w.__picked).map(([, d]) => d), picker: w.__tasks.filter(([start]) => start < w.__picked).map(([, d]) => d), progress: w.__progress };
	});
	const gaps = progress.slice(1).map((t, k) => t - progress[k]);
	return {
		seconds,
		longestTaskMs: Math.round(Math.max(0, ...tasks)),
		tasksOver200: tasks.filter((d) => d > LONG_TASK_MS).length,
		pickerTaskMs: Math.round(Math.max(0, ...picker)),
		progressUpdates: progress.length,
		longestProgressGapMs: Math.round(Math.max(0, ...gaps)),
		articles: (await note.textContent()) ?? ''
	};
}

async function main() {
	mkdirSync(WORK, { recursive: true });
	execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BUILD_DIR: SITE } });
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

	const server = await serveStatic(SITE, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const results: Record<string, Figures> = {};
	try {
		for (const [label, files] of [
			[`${n} loose .txt files`, paths],
			[`one .zip of ${n} files (${(statSync(zip).size / 1e6).toFixed(1)} MB)`, zip]
		] as const) {
			// A fresh profile each time: an empty IndexedDB, so nothing is skipped as already imported.
			const context = await browser.newContext();
			await context.addInitScript(instrument);
			results[label] = await importOnce(await context.newPage(), files);
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log(`Chromium, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
	console.table(results);
}

await main();
