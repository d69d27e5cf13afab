/**
 * npm run corpus:synth -- --n 2000 --out <dir> [--seed 1]
 * Writes deterministic, clearly synthetic articles in the capture layouts, for benchmarks and tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthArticle } from '../src/lib/synth/generate';

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
}

const n = Number(arg('n') ?? 1000);
const out = arg('out');
const seed = Number(arg('seed') ?? 1);
if (!out || !Number.isInteger(n) || n < 1) {
	console.error('usage: npm run corpus:synth -- --n <count> --out <dir> [--seed <n>]');
	process.exit(1);
}
const PER_FOLDER = 1000;
for (let i = 0; i < n; i++) {
	const dir = join(out, String(Math.floor(i / PER_FOLDER)).padStart(3, '0'));
	if (i % PER_FOLDER === 0) mkdirSync(dir, { recursive: true });
	const { name, text } = synthArticle(i, seed);
	writeFileSync(join(dir, name), text);
}
console.error(`wrote ${n} synthetic articles to ${out}`);
