/**
 * The numbers behind the filed-from matrix, the bylines, the agencies and the news codes, as CSV: what each
 * figure shows, a row per row of its table.
 */
import type { AgencyFacet } from '../provenance/agencies';
import type { BylineFacet } from '../provenance/bylines';
import { filedLabel, type FiledMatrix } from '../provenance/filed';
import { formatStamp, type CodeReport } from '../provenance/news-codes';
import { csvLines } from '../export/results';

/** A row per filed-from country (its places after it), a column per country named. */
export function filedCsv(m: FiledMatrix, names: Readonly<Record<string, string>>): string {
	const header = ['filed from', 'code', 'places', 'articles', ...m.columns.map((c) => `names ${filedLabel(c.code, names)} (${c.code})`)];
	const rows = m.rows.map((r) => [
		filedLabel(r.key, names),
		r.key,
		r.places.map((p) => `${p.place} (${p.count})`).join('; '),
		String(r.total),
		...r.cells.map(String)
	]);
	return csvLines(header, rows);
}

/** A row per byline: its articles, first and last days, and its articles in each month. */
export function bylinesCsv(f: BylineFacet): string {
	return csvLines(
		['byline', 'key', 'articles', 'first', 'last', ...f.months],
		f.bylines.map((b) => [b.label, b.key, String(b.articles), b.first ?? '', b.last ?? '', ...b.perMonth.map(String)])
	);
}

/** A row per agency credited, then the results that credit none. */
export function agenciesCsv(f: AgencyFacet): string {
	return csvLines(
		['agency', 'articles', 'share of results'],
		[
			...f.agencies.map((a) => [a.agency, String(a.articles), share(a.articles, f.articles)]),
			['(none credited)', String(f.uncredited), share(f.uncredited, f.articles)]
		]
	);
}

const share = (n: number, of: number) => (of ? ((100 * n) / of).toFixed(1) : '');

/**
 * Per sequence: its span and the codes it holds, each of its longest gaps, and each story
 * out of order (`idOf` names a story by its index).
 */
export function codesCsv(reports: readonly CodeReport[], idOf: (index: number) => string): string {
	const rows = reports.flatMap((r) => [
		[r.name, 'span', String(r.first), String(r.last), String(r.span), String(r.held), '', '', ''],
		...r.gaps.map((g) => [
			r.name,
			'gap',
			String(g.before),
			String(g.after),
			String(g.missing),
			'',
			formatStamp(g.beforeTime),
			formatStamp(g.afterTime),
			''
		]),
		...r.outOfOrder.map((o) => [
			r.name,
			'out of order',
			String(o.code),
			'',
			'',
			'',
			formatStamp(o.time),
			formatStamp(o.expected),
			idOf(o.index)
		])
	]);
	return csvLines(
		[
			'sequence',
			'kind',
			'code',
			'to code',
			'codes (span or missing)',
			'codes held',
			'stamp',
			'neighbours’ stamp (or stamp after)',
			'article'
		],
		rows
	);
}
