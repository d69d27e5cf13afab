/** A parsed synthetic corpus, for tests: the articles the site would list for `n` generated files. */
import { synthArticle } from '../synth/generate';
import { parseCorpus } from './corpus';
import type { Article } from './types';

export function synthCorpus(n: number, seed = 7): Article[] {
	const enc = new TextEncoder();
	return parseCorpus(
		Array.from({ length: n }, (_, i) => {
			const { name, text } = synthArticle(i, seed);
			return { file: name, bytes: enc.encode(text) };
		})
	).corpus.articles;
}
