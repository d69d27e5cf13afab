/**
 * The search worker's columns (article-columns.ts, code-columns.ts): the bundle's, fetched
 * through load/ and inflated natively, joined with the imported articles' own. The article
 * columns are fetched beside the index's head (every query of a corpus loaded on demand is
 * counted over them); their mention counts (`mentions.bin`, beside them) only when countries
 * are first counted by mentions; the news code columns only when the views of provenance first
 * ask (with their code sequences worked out once) or a query filters by filed-from or byline.
 */
import type { Article } from '../corpus/types';
import { fetchChecked } from '../load/retry';
import { unloaded } from '../load/failures';
import { codeSequences, type CodeSequence } from '../provenance/news-codes';
import { buildColumns, concatColumns, unpackColumns, withMentions, type ArticleColumns } from './article-columns';
import { buildCodeColumns, concatCodeColumns, unpackCodeColumns, type CodeColumns } from './code-columns';
import { unframeAsync, type FrameKind } from '../corpus/frame';

/** A bundle file of columns and the imported articles' columns of its kind, joined again when either changes. */
class Joined<T> {
	private bundle: Promise<T> | null = null;
	imported: T | null = null;
	private both: { bundle: T; imported: T | null; both: T } | null = null;

	constructor(
		private url: string,
		private kind: FrameKind,
		private read: (content: Uint8Array) => T | Promise<T>,
		private part: string,
		private build: () => string | undefined
	) {}

	/**
	 * The bundle's columns (a damaged file fetched again past the caches). A failure is reported
	 * to what waits and forgotten, so that the next ask tries again.
	 */
	load(): Promise<T> {
		if (this.bundle) return this.bundle;
		const loading: Promise<T> = fetchChecked(this.url, async (bytes) =>
			this.read((await unframeAsync(this.kind, bytes, this.build())).content)
		).catch((err: Error) => {
			if (this.bundle === loading) this.bundle = null;
			throw unloaded(this.part, err);
		});
		return (this.bundle = loading);
	}

	/** The bundle's then the imported articles', with `join`. */
	async all(join: (bundle: T, imported: T) => T): Promise<T> {
		const bundle = await this.load();
		if (this.both?.bundle !== bundle || this.both.imported !== this.imported)
			this.both = { bundle, imported: this.imported, both: this.imported ? join(bundle, this.imported) : bundle };
		return this.both.both;
	}
}

export class ColumnStore {
	private columns: Joined<ArticleColumns>;
	/** The article columns with their mention counts, read once asked for (the bundle's columns load first). */
	private counted: Joined<ArticleColumns>;
	private codes: Joined<CodeColumns>;
	/** The code sequences of the code columns last asked for (sorting a million codes is worth doing once). */
	private sequencesOf: { codes: CodeColumns; sequences: CodeSequence[] } | null = null;

	/** `build`: the build the files must carry (the first metadata piece's). */
	constructor(urls: { columns: string; codes: string }, build: () => string | undefined) {
		this.columns = new Joined(urls.columns, 'WCO2', unpackColumns, 'the article columns', build);
		// The mention counts lie beside the columns.
		this.counted = new Joined(
			urls.columns.replace(/[^/?#]*(?:[?#].*)?$/, 'mentions.bin'),
			'WSCM',
			async (content) => withMentions(await this.columns.load(), content),
			'the country mentions',
			build
		);
		this.codes = new Joined(urls.codes, 'WCC3', unpackCodeColumns, 'the news code columns', build);
	}

	/** Starts the article columns on their way, a failure left to the query that waits for them. */
	warm(): void {
		this.columns.load().catch(() => {});
	}

	/** The imported articles the worker searches besides the bundle (null: none). */
	setImports(articles: readonly Article[] | null): void {
		this.columns.imported = articles?.length ? buildColumns(articles) : null;
		this.counted.imported = this.columns.imported;
		this.codes.imported = articles?.length ? buildCodeColumns(articles) : null;
	}

	/** Every article's columns, the bundle's then the imported ones'; `mentions`: with how often each names each country (see hasMentions). */
	articles(mentions = false): Promise<ArticleColumns> {
		return (mentions ? this.counted : this.columns).all(concatColumns);
	}

	/** Every article's code columns, the bundle's then the imported ones'. */
	codeColumns(): Promise<CodeColumns> {
		return this.codes.all(concatCodeColumns);
	}

	/** What the views of provenance count: every article's columns and code columns, and the code sequences. */
	async provenance(): Promise<{ columns: ArticleColumns; codes: CodeColumns; sequences: CodeSequence[] }> {
		await Promise.all([this.columns.load(), this.codes.load()]);
		// Joined after the last wait: both hold the same imported articles.
		const columns = await this.articles();
		const codes = await this.codeColumns();
		if (this.sequencesOf?.codes !== codes)
			this.sequencesOf = { codes, sequences: codeSequences({ ...codes, sequences: { list: codes.sequences } }) };
		return { columns, codes, sequences: this.sequencesOf.sequences };
	}
}
