/** The site's bundle pieces, made once per build from the parsed corpus. */
import type { Body, MetaFile, MetaPiece } from '../corpus/bundle';
import { META_PIECE_SIZE, toBodyChunks, toMetaPieces } from '../corpus/bundle-write';
import { toIndexedText } from '../search/documents';
import { buildTokenIndex } from '../search/token-index';
import { buildTermTable, writeTermTable } from '../terms/term-table';
import { signature, versionGroups } from '../provenance/versions';
import { VERSIONS_FORMAT, type VersionsFile } from '../corpus/bundle';
import { siteCorpus } from './site-corpus';

/** Articles per metadata piece: META_PIECE_SIZE, or the build's META_PIECE_SIZE variable (tests use small pieces). */
export function metaPieceSize(): number {
	return Number(process.env.META_PIECE_SIZE) || META_PIECE_SIZE;
}

export interface SiteBundle {
	meta: [MetaFile, ...MetaPiece[]];
	chunks: Body[][];
	index: Uint8Array;
	/** Each article's most characteristic terms, for the "Top terms" lists. */
	terms: Uint8Array;
	/** Articles that are versions of one story (see provenance/versions.ts). */
	versions: VersionsFile;
}

let pending: Promise<SiteBundle> | null = null;

export function siteBundle(): Promise<SiteBundle> {
	pending ??= siteCorpus().then(({ corpus }) => {
		const started = Date.now();
		const meta = toMetaPieces(corpus.articles, corpus.rejected, metaPieceSize());
		const bundle: SiteBundle = {
			meta,
			chunks: toBodyChunks(corpus.articles),
			index: buildTokenIndex(corpus.articles.map(toIndexedText), meta[0].build),
			terms: writeTermTable(buildTermTable(corpus.articles), meta[0].build ?? ''),
			versions: {
				format: VERSIONS_FORMAT,
				build: meta[0].build,
				groups: versionGroups(corpus.articles.map((a) => signature(a.paragraphs)))
			}
		};
		console.log(
			`wirescope bundle: ${bundle.meta.length} metadata pieces, ${bundle.chunks.length} body chunks, search index ${(bundle.index.length / 1024 / 1024).toFixed(1)} MB, term table ${(bundle.terms.length / 1024 / 1024).toFixed(1)} MB, ${bundle.versions.groups.length} stories in several versions, in ${Date.now() - started} ms`
		);
		return bundle;
	});
	return pending;
}
