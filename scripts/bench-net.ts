/**
 * npm run bench:net [-- --sizes 100000,1000000 --site <built-site> --no-pagefind --kinds typo,phrase --files]
 * A query as a user meets it: the site served as a static host serves it (gzip or brotli for
 * text, ETag revalidation) through an emulated home line (20 Mbit/s shared by every response,
 * 40 ms before each), opened cold in Chromium with no service worker, and a query typed as soon
 * as the first results show. For each of 20 queries of every kind (a fresh visit each): first
 * results and the bytes before them, the query's complete answer (the count over the whole
 * corpus with the first results, timeline and countries drawn) and the bytes it fetched, the
 * same query again once its data is in, the longest main-thread task from the first results on,
 * and the page's and workers' memory. Then the same queries with Pagefind over the same
 * articles on the same line. Prints medians and p95s; a benchmark, not a test.
 */
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { serveStatic, type Link, type Sent } from '../tests/serve-static';
import { PAGEFIND_VERSION, ensurePagefindSite } from './bench/pagefind-site';
import { articlesIn, buildSite, ensureCorpus } from './bench/sites';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}

const SIZES = arg('sizes', '100000').split(',').map(Number);
const SITE = arg('site', '');
const PAGEFIND = !process.argv.includes('--no-pagefind');
/** Only the queries of these kinds (all when not given). */
const KINDS = arg('kinds', '').split(',').filter(Boolean);
/** List each cold query's files with their bytes. */
const FILES = process.argv.includes('--files');
/** A good home line: 20 Mbit/s down, 40 ms to the host. */
const LINK: Link = { bytesPerSecond: 20e6 / 8, latencyMs: 40 };
/** How long one query may take before it counts as failed. */
const QUERY_TIMEOUT_MS = 180_000;

/**
 * Twenty queries of every kind on a generated corpus of `n` articles (the generator's
 * vocabulary); `params` add a filter. The rare words are article numbers: each generated
 * article names its own, and every other word of the generator is in many articles.
 */
const queriesFor = (n: number): { kind: string; q: string; params?: string; country?: string }[] => [
	{ kind: 'rare word', q: String(Math.floor(n / 2) + 13) },
	{ kind: 'rare words', q: `${Math.floor(n / 3) + 7} synthetic` },
	{ kind: 'mid word', q: 'Chabahar' },
	{ kind: 'typo', q: 'Kyrgyzstna' },
	{ kind: 'typo', q: 'narcotcs' },
	{ kind: 'typo', q: 'Venezeula' },
	{ kind: 'typo', q: 'scholarshps' },
	{ kind: 'broad word', q: 'officials' },
	{ kind: 'broad word', q: 'Iran' },
	{ kind: 'two words', q: 'railway link' },
	{ kind: 'two words', q: 'Tavakoli Dushanbe' },

	{ kind: 'phrase', q: '"free trade agreement"' },
	{ kind: 'phrase', q: '"border market"' },
	{ kind: 'boolean', q: '(wheat OR barley) AND Kazakhstan' },
	{ kind: 'boolean', q: 'Japan -China' },
	{ kind: 'boolean', q: 'earthquake OR tourism' },
	{ kind: 'country filter', q: 'railway', params: 'country=KG', country: 'KG' },
	{ kind: 'country filter', q: 'Ebrahimi', params: 'country=VE', country: 'VE' },
	{ kind: 'date range', q: 'pipeline', params: 'from=2020-01-01&to=2020-06-30' },
	{ kind: 'date range', q: 'Tavakoli', params: 'from=2019-03-01&to=2019-03-31' }
];

interface Visit {
	firstResultsMs: number;
	bytesBeforeResults: number;
	answerMs: number;
	answerBytes: number;
	/** Of them, those but the files fetched once a visit (the issue's measure: a query's bytes beside the columns). */
	ownBytes: number;
	cachedMs: number;
	longestTaskMs: number;
	memoryMB: number;
	count: string;
	/** The files the cold query fetched, with their bytes. */
	files: Sent[];
}

const quantile = (xs: number[], q: number) => {
	const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const bytesIn = (log: Sent[], from: number, to: number) => log.filter((s) => s.end > from && s.start < to).reduce((n, s) => n + s.bytes, 0);
/** Files an archive's page fetches once a visit, whatever is asked: the index's head and the columns the views count over. */
const ONCE_A_VISIT = /\/corpus\/(index\/head\.bin|columns\.bin|mentions\.bin|codes\.bin)$/;
/**
 * The bytes on the line from `from` to `to`: each response's share of its bytes sent by then (its
 * bytes spread over its time on the line), so a file asked for as the first results show is not
 * counted whole among the bytes before them.
 */
const bytesOnLine = (log: Sent[], from: number, to: number) =>
	log.reduce((n, s) => {
		const overlap = Math.min(s.end, to) - Math.max(s.start, from);
		if (overlap <= 0) return n;
		return n + (s.end > s.start ? (s.bytes * overlap) / (s.end - s.start) : s.bytes);
	}, 0);

/** Whether the page shows a complete answer to `q`: its count over the whole corpus, nothing still loading. */
function answered(q: string): boolean {
	const box = document.querySelector<HTMLInputElement>('input[type="search"]');
	const status = [...document.querySelectorAll('[role="status"]')].find((s) => / of /.test(s.textContent ?? ''));
	const loading = [...document.querySelectorAll('[role="progressbar"]')].some((p) => /^Loading/.test(p.getAttribute('aria-label') ?? ''));
	// The results on screen are drawn, not waiting for their cards (a corpus loaded on demand).
	const cardsDue = document.querySelector('ol.results li[aria-busy="true"]') !== null;
	return box?.value === q && !!status && !/searching/.test(status.textContent ?? '') && !loading && !cardsDue;
}

async function visitWirescope(browser: Browser, url: string, q: string, log: Sent[]): Promise<Visit> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = window as unknown as { __tasks: { start: number; duration: number }[] };
		w.__tasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	const opened = performance.now();
	await page.goto(url);
	await page.waitForFunction(() => performance.getEntriesByName('wirescope:first-results').length > 0, null, {
		timeout: QUERY_TIMEOUT_MS,
		polling: 'raf'
	});
	const shown = performance.now();
	const firstResultsMs = await page.evaluate(() => performance.getEntriesByName('wirescope:first-results')[0].startTime);
	const box = page.getByRole('searchbox', { name: 'Search articles' });
	const typed = performance.now();
	const typedAt = await page.evaluate(() => performance.now());
	await box.fill(q);
	await page.waitForFunction(answered, q, { timeout: QUERY_TIMEOUT_MS, polling: 'raf' });
	const answerMs = (await page.evaluate(() => performance.now())) - typedAt;
	const done = performance.now();
	const count = (await page.getByRole('status').filter({ hasText: / of / }).textContent())?.trim() ?? '';
	// The same query again, its data now in.
	await box.fill('');
	await page.waitForFunction(answered, '', { timeout: QUERY_TIMEOUT_MS, polling: 'raf' });
	const againAt = await page.evaluate(() => performance.now());
	await box.fill(q);
	await page.waitForFunction(answered, q, { timeout: QUERY_TIMEOUT_MS, polling: 'raf' });
	const cachedMs = (await page.evaluate(() => performance.now())) - againAt;
	const after = await page.evaluate((from) => {
		const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks.filter((t) => t.start >= from);
		return {
			longest: Math.max(0, ...tasks.map((t) => t.duration)),
			heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0
		};
	}, firstResultsMs);
	const workers = await Promise.all(
		page
			.workers()
			.map((w) =>
				w.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0).catch(() => 0)
			)
	);
	await context.close();
	return {
		firstResultsMs,
		bytesBeforeResults: bytesOnLine(log, opened, shown),
		answerMs,
		answerBytes: bytesIn(log, typed, done),
		ownBytes: bytesIn(
			log.filter((s) => !ONCE_A_VISIT.test(s.path)),
			typed,
			done
		),
		cachedMs,
		files: log.filter((s) => s.end > typed && s.start < done),
		longestTaskMs: after.longest,
		memoryMB: (after.heap + workers.reduce((a, b) => a + b, 0)) / 2 ** 20,
		count
	};
}

async function visitPagefind(browser: Browser, url: string, q: string, country: string | undefined, log: Sent[]) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const opened = performance.now();
	await page.goto(url);
	await page.waitForFunction(() => document.title === 'ready', null, { timeout: QUERY_TIMEOUT_MS });
	const readyMs = performance.now() - opened;
	const typed = performance.now();
	// Pagefind has no operators: it is given the words (and phrases), its filter for a country.
	const words = q.replace(/[()]/g, '');
	const run = () =>
		page.evaluate(
			([query, c]) =>
				(window as unknown as { runQuery: (q: string, c?: string) => Promise<{ ms: number; hits: number }> }).runQuery(query, c),
			[words, country] as const
		);
	const result = await run();
	const answerBytes = bytesIn(log, typed, performance.now());
	const again = await run();
	await context.close();
	return { readyMs, answerMs: result.ms, answerBytes, cachedMs: again.ms, hits: result.hits };
}

async function main() {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
	const mb = (b: number) => (b / 2 ** 20).toFixed(2);
	try {
		for (const n of SITE ? [articlesIn(SITE)] : SIZES) {
			const { dir, seconds } = SITE ? { dir: resolve(SITE), seconds: NaN } : buildSite(n, ensureCorpus(n));
			const log: Sent[] = [];
			const server = await serveStatic(dir, 4400, '/', { compress: true, etag: true, link: LINK, onSent: (s) => log.push(s) });
			const visits: (Visit & { kind: string; q: string })[] = [];
			for (const { kind, q, params } of queriesFor(n).filter((x) => !KINDS.length || KINDS.includes(x.kind))) {
				const v = await visitWirescope(browser, `http://localhost:4400/${params ? `?${params}` : ''}`, q, log);
				visits.push({ ...v, kind, q });
				console.error(
					`bench:net ${n} wirescope ${JSON.stringify(q)}: ${v.count}; answer ${v.answerMs.toFixed(0)} ms after ${mb(v.answerBytes)} MB, again ${v.cachedMs.toFixed(0)} ms`
				);
				if (FILES)
					for (const f of v.files) console.error(`  ${(f.start - v.files[0].start).toFixed(0).padStart(6)} ms ${mb(f.bytes)} MB ${f.path}`);
			}
			server.close();
			const pf: { q: string; answerMs: number; answerBytes: number; cachedMs: number; readyMs: number; hits: number }[] = [];
			if (PAGEFIND) {
				const pfDir = await ensurePagefindSite(dir, n);
				const pfLog: Sent[] = [];
				const pfServer = await serveStatic(pfDir, 4401, '/', { compress: true, etag: true, link: LINK, onSent: (s) => pfLog.push(s) });
				for (const { q, country } of queriesFor(n).filter((x) => !KINDS.length || KINDS.includes(x.kind))) {
					const r = await visitPagefind(browser, 'http://localhost:4401/', q, country, pfLog);
					pf.push({ q, ...r });
					console.error(
						`bench:net ${n} Pagefind ${JSON.stringify(q)}: ${r.hits} hits; answer ${r.answerMs.toFixed(0)} ms after ${mb(r.answerBytes)} MB`
					);
				}
				pfServer.close();
			}
			console.log(
				`\n${n.toLocaleString('en')} articles (built in ${seconds.toFixed(0)} s); ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
			);
			console.log(
				'| query | kind | wirescope: complete answer, cold | bytes | of them the query’s own | again | Pagefind: answer, cold | bytes | hits |'
			);
			console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
			visits.forEach((v, i) => {
				const p = pf[i];
				console.log(
					`| \`${v.q}\` | ${v.kind} | ${v.answerMs.toFixed(0)} ms | ${mb(v.answerBytes)} MB | ${mb(v.ownBytes)} MB | ${v.cachedMs.toFixed(0)} ms | ${p ? `${p.answerMs.toFixed(0)} ms | ${mb(p.answerBytes)} MB | ${p.hits}` : '– | – | –'} |`
				);
			});
			const ms = (n: number) => `${n.toFixed(0)} ms`;
			const spread = (xs: number[], unit: (n: number) => string) => `p50 ${unit(quantile(xs, 0.5))}, p95 ${unit(quantile(xs, 0.95))}`;
			const of = (f: (v: Visit) => number) => visits.map(f);
			console.log(
				`\nwirescope: first results ${spread(
					of((v) => v.firstResultsMs),
					ms
				)} after ${spread(
					of((v) => v.bytesBeforeResults),
					mb
				)} MB;`
			);
			console.log(
				`  complete answer cold ${spread(
					of((v) => v.answerMs),
					ms
				)}; bytes per cold query ${spread(
					of((v) => v.answerBytes),
					mb
				)} MB, beside the head and columns ${spread(
					of((v) => v.ownBytes),
					mb
				)} MB;`
			);
			console.log(
				`  again ${spread(
					of((v) => v.cachedMs),
					ms
				)}; longest main-thread task from first results ${ms(Math.max(...of((v) => v.longestTaskMs)))}; page and workers' JS heap max ${Math.max(...of((v) => v.memoryMB)).toFixed(0)} MB`
			);
			if (pf.length) {
				console.log(
					`Pagefind ${PAGEFIND_VERSION}: ready ${spread(
						pf.map((p) => p.readyMs),
						ms
					)}; answer cold ${spread(
						pf.map((p) => p.answerMs),
						ms
					)}; bytes ${spread(
						pf.map((p) => p.answerBytes),
						mb
					)} MB`
				);
			}
		}
	} finally {
		await browser.close();
	}
}

main().catch((err) => {
	console.error(err);
	process.exitCode = 1;
});
