/**
 * npm run lighthouse [-- <built-folder>] [--runs 3] [--preset mobile|desktop] [--save <dir>]
 * Serves an already built site (default build/) the way any static host would, text
 * compressed, runs Lighthouse on it in Chromium with the desktop and mobile presets, and prints
 * the median score per category (with its range over the runs) and the audits that failed
 * (--save also writes every report as JSON; with LH_TRACE=1 in the environment, each run's
 * trace too, for finding what a long task was).
 * A measurement, not a test: it exits 0 whatever the scores.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { serveStatic } from '../tests/serve-static';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
// Lighthouse's own mobile preset is its default config.
const ALL_PRESETS: Record<string, Config | undefined> = { desktop: desktopConfig, mobile: undefined };

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
}

const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const root = resolve(positional[0] ?? 'build');
const runs = Number(option('runs') ?? 3);
const save = option('save');
// --preset mobile (or desktop) runs one preset only.
const only = option('preset');
if (only && !Object.hasOwn(ALL_PRESETS, only)) {
	console.error(`--preset takes ${Object.keys(ALL_PRESETS).join(' or ')}, not ${only}.`);
	process.exit(2);
}
const PRESETS = only ? { [only]: ALL_PRESETS[only] } : ALL_PRESETS;
if (save) mkdirSync(save, { recursive: true });
if (!existsSync(resolve(root, 'index.html'))) {
	console.error(`${root} holds no built site (no index.html): build it first (npx vite build).`);
	process.exit(2);
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Audits scored below 1 in a category (informative and not-applicable ones have no score). */
function failing(result: Result): Map<string, string> {
	const failed = new Map<string, string>();
	for (const id of CATEGORIES) {
		for (const ref of result.categories[id]?.auditRefs ?? []) {
			const audit = result.audits[ref.id];
			if (audit.score === null || audit.score >= 1) continue;
			if (audit.scoreDisplayMode !== 'binary' && audit.scoreDisplayMode !== 'numeric' && audit.scoreDisplayMode !== 'metricSavings')
				continue;
			failed.set(ref.id, `${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
		}
	}
	return failed;
}

const server = await serveStatic(root, 0, '/', { compress: true });
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const chrome = await chromeLauncher.launch({
	chromePath: CHROMIUM_PATH,
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
});

try {
	console.log(`Lighthouse on ${root} (${url}), ${runs} run${runs === 1 ? '' : 's'} per preset`);
	for (const [preset, config] of Object.entries(PRESETS)) {
		const results: Result[] = [];
		for (let r = 0; r < runs; r++) {
			const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
			const answer = await lighthouse(url, flags, config);
			if (!answer) throw new Error('Lighthouse returned no result');
			// Scores are still computed when one gatherer fails (such as reading a huge response body).
			if (answer.lhr.runtimeError) console.log(`  note, ${preset} run ${r + 1}: ${answer.lhr.runtimeError.message}`);
			if (save) writeFileSync(resolve(save, `${preset}-${r + 1}.json`), JSON.stringify(answer.lhr));
			if (save && process.env.LH_TRACE)
				writeFileSync(resolve(save, `${preset}-${r + 1}.trace.json`), JSON.stringify(answer.artifacts.Trace));
			results.push(answer.lhr);
		}
		const scores = CATEGORIES.map((id) => {
			const all = results.map((r) => Math.round(100 * (r.categories[id]?.score ?? 0)));
			return `${id} ${median(all)}${runs > 1 ? ` (${Math.min(...all)}–${Math.max(...all)})` : ''}`;
		});
		console.log(`\n${preset}: ${scores.join(' · ')}`);
		const metrics = METRICS.map((id) => {
			const values = results.map((r) => r.audits[id]?.numericValue ?? NaN);
			const value = median(values);
			return id === 'cumulative-layout-shift' ? `CLS ${value.toFixed(3)}` : `${results[0].audits[id].title} ${Math.round(value)} ms`;
		});
		console.log(`  medians: ${metrics.join(' · ')}`);
		// An audit is listed with the number of runs it failed in, so flaky ones stand out.
		const tally = new Map<string, { text: string; count: number }>();
		for (const result of results) {
			for (const [id, text] of failing(result)) tally.set(id, { text, count: (tally.get(id)?.count ?? 0) + 1 });
		}
		for (const { text, count } of tally.values()) console.log(`  failed ${count}/${runs}: ${text}`);
	}
} finally {
	await chrome.kill();
	server.close();
}
