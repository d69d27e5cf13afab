/** A parsed synthetic corpus with its search engine, for the search tests. */
import { readMetaPieces } from '../corpus/bundle';
import { toMetaPieces } from '../corpus/bundle-write';
import type { Article } from '../corpus/types';
import { toIndexedText } from './documents';
import { createEngine } from './engine';
import { buildTokenIndex } from './token-index';

export function engineFor(articles: Article[]) {
	const metas = readMetaPieces(toMetaPieces(articles, []));
	return { metas, engine: createEngine(buildTokenIndex(articles.map(toIndexedText))) };
}
