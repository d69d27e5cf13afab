/**
 * npm run corpus -- <file-or-folder>...
 * Prints { "articles": [...], "rejected": [...] } as JSON on stdout; progress and the
 * summary go to stderr. Exits 0 unless a given path does not exist (2) or no path is given (1).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../src/lib/server/build-corpus';
import { Spill, scratchFolder } from '../src/lib/server/spill';
import { StreamedCorpus } from '../src/lib/server/streamed-corpus';

/**
 * Written article by article, each read back from disk: one string holding 100,000 articles
 * would pass V8's string limit, and a million articles' text would not fit in memory.
 */
async function writeCorpus(corpus: StreamedCorpus): Promise<void> {
	const write = (s: string) =>
		new Promise<void>((resolve, reject) => {
			if (process.stdout.write(s)) resolve();
			else process.stdout.once('drain', resolve).once('error', reject);
		});
	await write('{\n"articles": [');
	let i = 0;
	for (const article of corpus.ordered().articles()) await write(`${i++ ? ',' : ''}\n${JSON.stringify(article)}`);
	await write(`\n],\n"rejected": ${JSON.stringify(corpus.rejections(), null, 1)}\n}\n`);
}

async function main(): Promise<number> {
	const paths = process.argv.slice(2).filter((a) => a !== '--');
	if (paths.length === 0) {
		console.error('usage: npm run corpus -- <file-or-folder>...');
		return 1;
	}
	const missing = paths.filter((p) => !existsSync(p));
	if (missing.length) {
		for (const p of missing) console.error(`wirescope corpus: no such file or folder: ${p}`);
		return 2;
	}
	const scratch = scratchFolder();
	const corpus = new StreamedCorpus(new Spill(join(scratch, 'articles')));
	await writeCorpus(await readCorpus(corpus, paths, process.cwd(), scratch, (line) => console.error(line)));
	return 0;
}

main().then(
	(code) => (process.exitCode = code),
	(err) => {
		console.error(`wirescope corpus: ${(err as Error).stack ?? err}`);
		process.exitCode = 1;
	}
);
