/** The corpus the site is built from: `seeds/`, or the folder named by CORPUS_DIR. */
import { resolve } from 'node:path';

export function corpusDir(): string {
	return resolve(process.env.CORPUS_DIR || 'seeds');
}
