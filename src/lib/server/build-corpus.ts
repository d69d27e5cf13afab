/** Parses a folder (or files) into a corpus, reporting progress; shared by the CLI and the site build. */
import { CorpusBuilder, formatSummary } from '../corpus/corpus';
import type { Corpus, CorpusSummary } from '../corpus/types';
import { readCorpusFiles } from './read-corpus';

/** How often progress is printed for large corpora. */
const PROGRESS_EVERY = 2_000;

export async function buildCorpus(
	paths: string[],
	base: string,
	log: (line: string) => void
): Promise<{ corpus: Corpus; summary: CorpusSummary }> {
	const builder = new CorpusBuilder();
	let n = 0;
	const started = Date.now();
	for await (const entry of readCorpusFiles(paths, base)) {
		if ('rejection' in entry) builder.reject(entry.rejection);
		else builder.add(entry.source);
		if (++n % PROGRESS_EVERY === 0) log(`parsed ${n} files (${Math.round(n / ((Date.now() - started) / 1000))} files/s)`);
	}
	const summary = builder.summary();
	log(formatSummary(summary));
	return { corpus: builder.result(), summary };
}
