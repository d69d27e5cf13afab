/** Parses a folder (or files) into a corpus, reporting progress; shared by the CLI and the site build. */
import { formatSummary } from '../corpus/corpus';
import type { CorpusSummary, Rejection, SourceFile } from '../corpus/types';
import { readCorpusFiles } from './read-corpus';

/** How often progress is printed for large corpora. */
const PROGRESS_EVERY = 2_000;

/** What files are parsed into: a CorpusBuilder (in memory) or a StreamedCorpus (articles on disk). */
export interface CorpusSink {
	add(source: SourceFile): void;
	reject(rejection: Rejection): void;
	summary(): CorpusSummary;
}

/** Reads every file under `paths` into `sink`, logging progress and then the summary. */
export async function readCorpus<T extends CorpusSink>(sink: T, paths: string[], base: string, log: (line: string) => void): Promise<T> {
	let n = 0;
	const started = Date.now();
	for await (const entry of readCorpusFiles(paths, base)) {
		if ('rejection' in entry) sink.reject(entry.rejection);
		else sink.add(entry.source);
		if (++n % PROGRESS_EVERY === 0) log(`parsed ${n} files (${Math.round(n / ((Date.now() - started) / 1000))} files/s)`);
	}
	log(formatSummary(sink.summary()));
	return sink;
}
