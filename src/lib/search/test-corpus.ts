/** A parsed synthetic corpus with its search engine, for the search tests. */
import { readMetaPieces } from '../corpus/bundle';
import { toMetaPieces } from '../corpus/bundle-write';
import type { Article } from '../corpus/types';
import { toIndexedText, toSearchDoc } from './documents';
import { createEngine } from './engine';
import { buildTokenIndex } from './token-index';

export function engineFor(articles: Article[]) {
	const metas = readMetaPieces(toMetaPieces(articles, []));
	const docs = metas.map(toSearchDoc);
	return { metas, docs, engine: createEngine(docs, buildTokenIndex(articles.map(toIndexedText))) };
}
