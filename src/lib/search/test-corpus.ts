/** A parsed synthetic corpus with its search engine, for the search tests. */
import { synthArticle } from '../../../scripts/synth/generate';
import { readMetaPieces, toMetaPieces } from '../corpus/bundle';
import { parseCorpus } from '../corpus/corpus';
import type { Article } from '../corpus/types';
import { toIndexedText, toSearchDoc } from './documents';
import { createEngine } from './engine';
import { buildTokenIndex } from './token-index';

export function engineFor(articles: Article[]) {
	const metas = readMetaPieces(toMetaPieces(articles, []));
	const docs = metas.map(toSearchDoc);
	return { metas, docs, engine: createEngine(docs, buildTokenIndex(articles.map(toIndexedText))) };
}

export function synthCorpus(n: number, seed = 7): Article[] {
	const enc = new TextEncoder();
	return parseCorpus(Array.from({ length: n }, (_, i) => {
		const { name, text } = synthArticle(i, seed);
		return { file: name, bytes: enc.encode(text) };
	})).corpus.articles;
}
