/** The site's bundle pieces, made once per build from the parsed corpus. */
import { toBodyChunks, toMetaFile, type Body, type MetaFile } from '../corpus/bundle';
import { toIndexedText } from '../search/documents';
import { buildTokenIndex } from '../search/token-index';
import { siteCorpus } from './site-corpus';

export interface SiteBundle {
	meta: MetaFile;
	chunks: Body[][];
	index: Uint8Array;
}

let pending: Promise<SiteBundle> | null = null;

export function siteBundle(): Promise<SiteBundle> {
	pending ??= siteCorpus().then(({ corpus }) => {
		const started = Date.now();
		const bundle = {
			meta: toMetaFile(corpus.articles, corpus.rejected),
			chunks: toBodyChunks(corpus.articles),
			index: buildTokenIndex(corpus.articles.map(toIndexedText))
		};
		console.log(`wirescope bundle: ${bundle.chunks.length} body chunks, search index ${(bundle.index.length / 1024 / 1024).toFixed(1)} MB, in ${Date.now() - started} ms`);
		return bundle;
	});
	return pending;
}
