/** A worker thread of the build's parse (see parse-pool.ts): parses each file it is sent and answers with its number. */
import { parentPort } from 'node:worker_threads';
import type { SourceFile } from '../corpus/types';
import { parsedFile } from './streamed-corpus';

parentPort?.on('message', ({ n, source }: { n: number; source: SourceFile }) => {
	parentPort?.postMessage({ n, parsed: parsedFile(source) });
});
