/**
 * npm run bench [-- --sizes 1000,10000,50000,100000 --runs 3]
 * npm run bench -- --site .bench/site-100000 [--runs 3]   (measure a site already built)
 * For each size: generates a synthetic corpus, builds the site, serves it, and measures in
 * headless Chromium: bytes before first results (raw and gzip), navigation to first results,
 * search latency per keystroke (worker, and keystroke to painted results) p50/p95, JS heap
 * after load, the longest main-thread task while typing, and the build time. Prints a table
 * and writes bench/results.json. A benchmark, not a test: figures are medians over runs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { serveStatic } from '../tests/serve-static';
import { measurePage, type PageFigures } from './bench/measure-page';
import { WORK, articlesIn, buildSite, ensureCorpus } from './bench/sites';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}

const SIZES = arg('sizes', '1000,10000,50000,100000').split(',').map(Number);
/** A built site to measure as it is, without generating or building anything. */
const SITE = arg('site', '');
const RUNS = Number(arg('runs', '3'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Gzip sizes of the files the page fetched, as a static host with compression would send them. */
function gzipBytes(siteDir: string, paths: string[]): number {
	return paths.reduce((sum, p) => {
		const file = join(siteDir, p === '/' ? 'index.html' : decodeURIComponent(p));
		return existsSync(file) ? sum + gzipSync(readFileSync(file)).length : sum;
	}, 0);
}

interface Row extends PageFigures {
	articles: number;
	buildSeconds: number;
	gzipBytes: number;
}

async function main() {
	mkdirSync(WORK, { recursive: true });
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, '--enable-precise-memory-info']
	});
	const rows: Row[] = [];
	// A failed build must not leave the browser running (and the benchmark hanging).
	try {
		for (const n of SITE ? [articlesIn(SITE)] : SIZES) {
			const { dir, seconds } = SITE ? { dir: resolve(SITE), seconds: NaN } : buildSite(n, ensureCorpus(n));
			const port = 4300 + rows.length;
			const server = await serveStatic(dir, port);
			const runs: PageFigures[] = [];
			for (let r = 0; r < RUNS; r++) {
				runs.push(await measurePage(browser, `http://localhost:${port}/`));
				console.error(`bench: ${n} run ${r + 1}, slowest in the worker: ${runs[r].slowest.join(', ')}`);
				if (runs[r].longTasks.length) console.error(`bench: ${n} run ${r + 1}, long tasks while typing: ${runs[r].longTasks.join(', ')}`);
			}
			server.close();
			const pick = (k: keyof PageFigures) => median(runs.map((x) => x[k] as number));
			const row: Row = {
				articles: n,
				buildSeconds: seconds,
				bytesBeforeResults: pick('bytesBeforeResults'),
				gzipBytes: gzipBytes(dir, runs[0].pathsBeforeResults),
				pathsBeforeResults: runs[0].pathsBeforeResults,
				firstResultsMs: pick('firstResultsMs'),
				workerP50: pick('workerP50'),
				workerP95: pick('workerP95'),
				paintP50: pick('paintP50'),
				paintP95: pick('paintP95'),
				heapMB: pick('heapMB'),
				longestTaskMs: pick('longestTaskMs'),
				queries: pick('queries'),
				slowest: runs.flatMap((x) => x.slowest),
				longTasks: runs.flatMap((x) => x.longTasks)
			};
			rows.push(row);
			console.error(`bench: ${n} done`, JSON.stringify(row));
		}
	} finally {
		await browser.close();
	}
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
	const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
	const lines = [
		`| articles | build | bytes before first results (raw / gzip) | first results | worker search p50 / p95 | keystroke→paint p50 / p95 | longest task while typing | JS heap after load |`,
		`| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
		...rows.map(
			(r) =>
				`| ${r.articles.toLocaleString('en')} | ${r.buildSeconds.toFixed(0)} s | ${mb(r.bytesBeforeResults)} / ${mb(r.gzipBytes)} MB | ${r.firstResultsMs.toFixed(0)} ms | ${r.workerP50.toFixed(1)} / ${r.workerP95.toFixed(1)} ms | ${r.paintP50.toFixed(0)} / ${r.paintP95.toFixed(0)} ms | ${r.longestTaskMs.toFixed(0)} ms | ${r.heapMB.toFixed(0)} MB |`
		)
	];
	console.log(`Machine: ${machine}; medians of ${RUNS} runs.\n`);
	console.log(lines.join('\n'));
	mkdirSync('bench', { recursive: true });
	writeFileSync('bench/results.json', `${JSON.stringify({ machine, runs: RUNS, date: new Date().toISOString(), rows }, null, 1)}\n`);
}

main().catch((err) => {
	console.error(err);
	process.exitCode = 1;
});
