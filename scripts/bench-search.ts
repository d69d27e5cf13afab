/**
 * npm run bench:search [-- <built-site> --runs 5]
 * Times the search engine alone, as the worker runs it, on a built site's bundle (default:
 * the 50,000-article benchmark site): every keystroke prefix of the benchmark's query list,
 * p50/p95 of the per-query medians over repeated runs, and the heap the engine needs (the
 * search worker's share of the page's memory, which Chromium does not report for workers).
 * A benchmark, not a test.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SearchEngine } from '../src/lib/search/engine';
import { ShardedIndex } from '../src/lib/search/sharded-index';
import { BENCH_QUERIES } from './bench/measure-page';

const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const site = resolve(positional[0] ?? '.bench/site-50000');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

const t0 = performance.now();
/** The site's index with every shard in, as the worker holds it once a visit's queries have fetched theirs. */
function loadIndex(): ShardedIndex {
	const index = new ShardedIndex(new Uint8Array(readFileSync(join(site, 'corpus/index/head.bin'))), undefined, Infinity);
	for (let shard = 0; shard < index.shardCount; shard++) {
		index.add({ kind: 'count', shard }, new Uint8Array(readFileSync(join(site, `corpus/index/c/${shard}.bin`))));
		index.add({ kind: 'pos', shard }, new Uint8Array(readFileSync(join(site, `corpus/index/p/${shard}.bin`))));
		index.add({ kind: 'num', shard }, new Uint8Array(readFileSync(join(site, `corpus/index/n/${shard}.bin`))));
	}
	// The pair shards: a bucket's, then one per large pair.
	for (let shard = 0; shard < 2 * index.shardCount; shard++) {
		index.add({ kind: 'pair', shard }, new Uint8Array(readFileSync(join(site, `corpus/index/q/${shard}.bin`))));
		index.add({ kind: 'pairPos', shard }, new Uint8Array(readFileSync(join(site, `corpus/index/r/${shard}.bin`))));
	}
	return index;
}
const index = loadIndex();
let engine = new SearchEngine(index);
(globalThis as { gc?: () => void }).gc?.();
console.log(
	`${index.docCount} articles; engine ready in ${(performance.now() - t0).toFixed(0)} ms; heap with the engine ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB` +
		` (what the search worker holds, measured here in Node${(globalThis as { gc?: unknown }).gc ? '' : '; run with --expose-gc for a settled figure'})`
);

const prefixes = BENCH_QUERIES.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
const times = new Map<string, number[]>(prefixes.map((p) => [p, []]));
for (let r = 0; r < RUNS + 1; r++) {
	// A fresh engine per run: its cache of matched words must not answer a query typed before.
	if (r > 0) engine = new SearchEngine(index);
	for (const p of prefixes) {
		const s = performance.now();
		engine.search(p);
		if (r > 0) times.get(p)!.push(performance.now() - s);
	}
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const per = prefixes.map((p) => ({ p, ms: median(times.get(p)!) })).sort((a, b) => a.ms - b.ms);
const q = (f: number) => per[Math.min(per.length - 1, Math.floor(f * per.length))].ms;
console.log(
	`${prefixes.length} keystroke queries, medians of ${RUNS} runs: p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${q(1).toFixed(1)} ms`
);
console.log(
	'slowest:',
	per
		.slice(-8)
		.map((x) => `${JSON.stringify(x.p)} ${x.ms.toFixed(1)}`)
		.join(', ')
);
