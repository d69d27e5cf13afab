/**
 * npm run bench:parse [-- --n 10000 --runs 5]
 * Generates synthetic captures in every layout of FORMATS.md, parses them on one core,
 * and prints articles per second: the median of several runs (a benchmark, not a test).
 */
import { CorpusBuilder } from '../src/lib/corpus/corpus';
import { synthArticle } from '../src/lib/synth/generate';

function arg(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const n = arg('n', 10_000);
const runs = arg('runs', 5);
const encoder = new TextEncoder();
const files = Array.from({ length: n }, (_, i) => {
	const { name, text } = synthArticle(i);
	return { file: name, bytes: encoder.encode(text) };
});
const megabytes = files.reduce((s, f) => s + f.bytes.length, 0) / 1024 / 1024;

const rates: number[] = [];
let articles = 0;
for (let r = 0; r < runs + 1; r++) {
	const builder = new CorpusBuilder();
	const t0 = performance.now();
	for (const f of files) builder.add(f);
	const corpus = builder.result();
	const seconds = (performance.now() - t0) / 1000;
	articles = corpus.articles.length;
	if (r > 0) rates.push(n / seconds); // the first run warms the JIT and is not counted
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(`parse: ${n} files (${megabytes.toFixed(1)} MB), ${articles} articles, ${runs} runs after a warm-up`);
console.log(`parse: median ${Math.round(median)} articles/s (min ${Math.round(rates[0])}, max ${Math.round(rates.at(-1)!)}) on one core`);
