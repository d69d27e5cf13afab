/** Parses a folder (or files) into a corpus kept on disk, on every core, reporting progress; shared by the CLI and the site build. */
import { formatSummary } from '../corpus/corpus';
import { ParsePool } from './parse-pool';
import { readCorpusFiles } from './read-corpus';
import { parsedFile, type ParsedFile, type StreamedCorpus } from './streamed-corpus';

/** How often progress is printed for large corpora. */
const PROGRESS_EVERY = 2_000;
/** Files sent to the parse workers ahead of the one the corpus waits for. */
const AHEAD = 256;

/**
 * Reads every file under `paths` into `corpus`, parsed by a pool of workers when one can start
 * (see parse-pool.ts) and added in the files' order whatever order they are parsed in, so which
 * capture of a story is kept never depends on timing. Logs progress, then the summary.
 */
export async function readCorpus(
	corpus: StreamedCorpus,
	paths: string[],
	base: string,
	scratch: string,
	log: (line: string) => void
): Promise<StreamedCorpus> {
	const pool = await ParsePool.start(scratch);
	log(typeof pool === 'string' ? `parsing on one thread: ${pool}` : `parsing on ${pool.threads} threads`);
	const pending: Promise<ParsedFile>[] = [];
	let n = 0;
	const started = Date.now();
	const settle = (parsed: ParsedFile) => {
		corpus.addParsed(parsed);
		if (++n % PROGRESS_EVERY === 0) log(`parsed ${n} files (${Math.round(n / ((Date.now() - started) / 1000))} files/s)`);
	};
	try {
		for await (const entry of readCorpusFiles(paths, base)) {
			if ('rejection' in entry) pending.push(Promise.resolve({ rejected: entry.rejection }));
			else pending.push(typeof pool === 'string' ? Promise.resolve(parsedFile(entry.source)) : pool.parse(entry.source));
			if (pending.length >= AHEAD) settle(await pending.shift()!);
		}
		for (const parsed of pending) settle(await parsed);
	} finally {
		if (typeof pool !== 'string') await pool.close();
	}
	log(formatSummary(corpus.summary()));
	return corpus;
}
