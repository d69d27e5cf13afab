/** The corpus the site is built from: `seeds/`, or the folder named by CORPUS_DIR. Parsed once per build. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Corpus, CorpusSummary } from '../corpus/types';
import { buildCorpus } from './build-corpus';

let pending: Promise<{ corpus: Corpus; summary: CorpusSummary }> | null = null;

export function corpusDir(): string {
	return resolve(process.env.CORPUS_DIR || 'seeds');
}

export function siteCorpus(): Promise<{ corpus: Corpus; summary: CorpusSummary }> {
	if (!pending) {
		const dir = corpusDir();
		if (!existsSync(dir)) throw new Error(`CORPUS_DIR does not exist: ${dir}`);
		pending = buildCorpus([dir], dir, (line) => console.log(`wirescope corpus (${dir}): ${line}`));
	}
	return pending;
}
