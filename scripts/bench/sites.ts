/** The benchmarks' generated corpora and the sites built on them, under .bench/, made once and reused. */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WORK = resolve('.bench');

/** A generated corpus of `n` articles (npm run corpus:synth), written once. */
export function ensureCorpus(n: number): string {
	const dir = join(WORK, `corpus-${n}`);
	// The marker stands beside the folder: inside it, it would be read as one more (empty) file.
	if (!existsSync(`${dir}.done`)) {
		execSync(`npx tsx scripts/corpus-synth.ts --n ${n} --out ${dir}`, { stdio: 'inherit' });
		writeFileSync(`${dir}.done`, '');
	}
	return dir;
}

/** How many articles a built site holds (its first metadata piece says). */
export function articlesIn(site: string): number {
	return (JSON.parse(readFileSync(join(site, 'corpus/meta/0.json'), 'utf8')) as { articleCount?: number }).articleCount ?? NaN;
}

/** Builds the site of `corpus` into .bench/site-<n>, timing the build. */
export function buildSite(n: number, corpus: string): { dir: string; seconds: number } {
	console.error(`bench: building ${n} articles…`);
	const dir = join(WORK, `site-${n}`);
	const t0 = Date.now();
	execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CORPUS_DIR: corpus, BUILD_DIR: dir } });
	return { dir, seconds: (Date.now() - t0) / 1000 };
}
