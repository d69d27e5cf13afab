/**
 * The current result set as data to take away: CSV (RFC 4180) and JSON with the same
 * columns. Every row carries the permalink of the view it came from and the fingerprint
 * of the corpus, so a citation can be traced back to exactly what was searched.
 */
import type { ArticleMeta } from '../corpus/bundle';

/** The collection column's value for articles of the bundled corpus. */
export const BUNDLED_COLLECTION = 'bundled';

export const EXPORT_COLUMNS = [
	'id',
	'title',
	'publishedAt',
	'place',
	'byline',
	'agency',
	'countries',
	'url',
	'collection',
	'permalink',
	'view',
	'corpus'
] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

export interface ExportContext {
	/** The view's address: the explorer's URL with q, country, from, to. */
	view: string;
	/** `corpusFingerprint` of the articles the view searched. */
	corpus: string;
}

export { corpusFingerprint } from '../corpus/hash';

function permalinkOf(view: string, id: string): string {
	const url = new URL(view);
	url.searchParams.set('article', id);
	return url.href;
}

export function toExportRows(articles: readonly ArticleMeta[], context: ExportContext): ExportRow[] {
	return articles.map((a) => ({
		id: a.id,
		title: a.title,
		publishedAt: a.publishedAt ?? '',
		place: a.dateline?.place ?? '',
		byline: a.byline ?? '',
		agency: a.agency ?? '',
		countries: a.countries.map((c) => c.code).join(';'),
		url: a.url ?? '',
		collection: a.collection ?? BUNDLED_COLLECTION,
		permalink: permalinkOf(context.view, a.id),
		view: context.view,
		corpus: context.corpus
	}));
}

/**
 * One CSV field, quoted when it holds a comma, semicolon, tab, quote or line break (quotes
 * doubled; RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with an apostrophe (OWASP's guard): titles come from captured pages, and a capture
 * must not run in someone's Excel. Spreadsheets in many locales split lines on semicolons (or
 * tabs) without heeding quotes that do not start a cell, so a formula after one of those inside
 * the text ("a;=1+2;b") gets the apostrophe too.
 */
export function csvField(value: string): string {
	const safe = (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/([;\t])(?=[=+\-@])/g, "$1'");
	return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly ExportRow[]): string {
	return csvLines(
		EXPORT_COLUMNS,
		rows.map((r) => EXPORT_COLUMNS.map((c) => r[c]))
	);
}

/** A header and rows as CSV text, every field guarded as `csvField` says, lines ended CRLF. */
export function csvLines(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
	return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly ExportRow[], context: ExportContext): string {
	const articles = rows.map(({ view: _view, corpus: _corpus, ...rest }) => ({
		...rest,
		publishedAt: rest.publishedAt || null,
		place: rest.place || null,
		url: rest.url || null,
		countries: rest.countries ? rest.countries.split(';') : []
	}));
	return `${JSON.stringify({ format: 'wirescope-results/1', view: context.view, corpus: context.corpus, count: rows.length, articles }, null, 2)}\n`;
}
