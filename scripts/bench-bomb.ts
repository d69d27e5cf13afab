/**
 * npm run bench:bomb [-- --runs 2]
 * The hostile-input issue's compression bomb, picked on the seed site in headless Chromium: a
 * zip of 300 entries of 5,000,000 bytes of one sentence (tests/bomb-zip.ts). Prints how long the
 * page took to refuse it and the resident memory of Chromium's processes before and at most
 * while it was read, sampled every 100 ms from /proc (Linux only; shared pages count in each
 * process, so the sum is an upper bound). A benchmark, not a test: the browser test asserts the
 * refusal and the time.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { serveStatic } from '../tests/serve-static';
import { bombZip } from '../tests/bomb-zip';

const i = process.argv.indexOf('--runs');
const RUNS = i > 0 ? Number(process.argv[i + 1]) : 2;
const SITE = join(resolve('.bench/bomb'), 'site');
const PORT = 4304;

/** The resident memory of every Chromium process, in MB. */
function chromiumMB(): number {
	let kb = 0;
	for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			if (!/chrom/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) continue;
			kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
		} catch {
			// The process ended while it was read.
		}
	}
	return kb / 1024;
}

if (!existsSync('/proc/self/status')) throw new Error('bench:bomb reads memory from /proc: it runs on Linux only');
mkdirSync(SITE, { recursive: true });
execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BUILD_DIR: SITE } });
const server = await serveStatic(SITE, PORT);
const sentence = new TextEncoder().encode('Iran and Oman signed an agreement on trade. '.repeat(120_000)).subarray(0, 5_000_000);
const zip = bombZip(300, sentence);
for (let run = 1; run <= RUNS; run++) {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const page = await browser.newPage();
	await page.goto(`http://localhost:${PORT}/`);
	await page.getByRole('searchbox', { name: 'Search articles' }).waitFor();
	await page.waitForTimeout(2000);
	const before = chromiumMB();
	let peak = before;
	const sampling = setInterval(() => (peak = Math.max(peak, chromiumMB())), 100);
	const started = Date.now();
	await page
		.getByLabel('Text files or zip archives to import')
		.setInputFiles({ name: 'bombs.zip', mimeType: 'application/zip', buffer: zip });
	await page.getByText(/^Nothing new to import; 300 files rejected/).waitFor({ timeout: 120_000 });
	const ms = Date.now() - started;
	await page.waitForTimeout(1000);
	clearInterval(sampling);
	console.log(
		`bench:bomb run ${run}: refused in ${ms} ms; Chromium's resident memory ${before.toFixed(0)} MB before, at most ${peak.toFixed(0)} MB`
	);
	await browser.close();
}
server.close();
