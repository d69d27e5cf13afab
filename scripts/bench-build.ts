/**
 * npm run bench:build [-- --n 100000]
 * Builds the site of `n` generated articles (the corpus made once under .bench/, the site into
 * .bench/site-<n>) as `npm run build` does, and prints how long each step took, read from the
 * build's log as it arrives, and the build's peak resident memory: GNU time's (`/usr/bin/time
 * -v`, which counts the largest of the build's processes) where it is installed. One run: a
 * build of a million articles takes most of an hour.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WORK, articlesIn, ensureCorpus } from './bench/sites';

function arg(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const n = arg('n', 100_000);
const corpus = ensureCorpus(n);
const site = join(WORK, `site-${n}`);
const timed = existsSync('/usr/bin/time');
const [command, args] = timed ? ['/usr/bin/time', ['-v', 'npx', 'vite', 'build']] : ['npx', ['vite', 'build']];
const started = Date.now();
const seconds = () => (Date.now() - started) / 1000;
/** When the log's landmarks arrived, in seconds from the start. */
const marks: Record<string, number> = {};
const LANDMARKS: [string, RegExp][] = [
	['parse begins', /wirescope corpus .*: parsing on/],
	['parse ends', /wirescope corpus .*: \d+ files: /],
	['articles written', /wirescope bundle: \d+ index segments to merge/],
	['index merged', /wirescope bundle: search index merged/],
	['bundle written', /wirescope bundle: \d+ metadata pieces/]
];
let peakKb = NaN;
let tail = '';
const child = spawn(command, args, { env: { ...process.env, CORPUS_DIR: corpus, BUILD_DIR: site } });
child.stdout.on('data', (chunk: Buffer) => {
	const lines = (tail + chunk.toString()).split('\n');
	tail = lines.pop() ?? '';
	for (const line of lines) {
		for (const [mark, pattern] of LANDMARKS) if (!(mark in marks) && pattern.test(line)) marks[mark] = seconds();
		if (/wirescope/.test(line) && !/parsed \d+ files/.test(line)) console.error(`${seconds().toFixed(0).padStart(5)} s  ${line}`);
	}
});
// GNU time reports at the very end, on stderr; a report may arrive split over chunks, so the tail is kept.
let errTail = '';
child.stderr.on('data', (chunk: Buffer) => {
	errTail = (errTail + chunk.toString()).slice(-65_536);
	const found = /Maximum resident set size \(kbytes\): (\d+)/.exec(errTail);
	if (found) peakKb = Number(found[1]);
});
child.on('close', (code) => {
	if (code !== 0) {
		console.error(`bench:build: the build failed (exit ${code})`);
		process.exitCode = 1;
		return;
	}
	const total = seconds();
	const step = (from: string, to: string) => (from in marks && to in marks ? `${(marks[to] - marks[from]).toFixed(0)} s` : '–');
	console.log(`build of ${articlesIn(site)} articles (${n} files), ${new Date().toISOString().slice(0, 10)}`);
	console.log(`| step | time |\n| --- | ---: |`);
	console.log(`| Vite's app build, counting the files | ${'parse begins' in marks ? `${marks['parse begins'].toFixed(0)} s` : '–'} |`);
	console.log(`| parse | ${step('parse begins', 'parse ends')} |`);
	console.log(
		`| the articles' pass (pieces, cards, bodies, columns, index segments, terms read) | ${step('parse ends', 'articles written')} |`
	);
	console.log(`| the index's merge | ${step('articles written', 'index merged')} |`);
	console.log(`| term table, versions, columns | ${step('index merged', 'bundle written')} |`);
	console.log(
		`| prerendering the files, copying the site | ${'bundle written' in marks ? `${(total - marks['bundle written']).toFixed(0)} s` : '–'} |`
	);
	console.log(`| **whole build** | **${total.toFixed(0)} s** |`);
	console.log(
		`peak resident memory: ${timed && peakKb ? `${(peakKb / 2 ** 20).toFixed(2)} GiB (GNU time)` : 'not measured (no /usr/bin/time)'}`
	);
});
