/**
 * The charts' numbers as CSV: the timeline's counts per period and the countries' counts, for
 * one query or for each compared query, the top terms' lists, the articles behind a period,
 * the lines of keyword in context and the collocates, so that a figure can be redrawn or checked elsewhere.
 * Shares are written as percentages with four decimals, empty where a period has no articles.
 */
import type { CountryMeasure, CountryValue } from '../corpus/aggregate';
import { previousDay, shareOf, type Bin } from './bins';
import { countryShares, type ComparedCountries } from './country-shares';
import { csvLines } from '../export/results';
import type { TermLists } from '../terms/rank';
import type { ArticleMeta } from '../corpus/bundle';
import type { KwicLine } from '../contexts/kwic';
import type { Collocate } from '../contexts/collocates';

const percent = (share: number | null) => (share === null ? '' : String(Number((share * 100).toFixed(4))));

/** One row per period: its first and last day, every article, and the matches (of each compared query). */
export function timelineCsv(bins: readonly Bin[], lines: readonly { label: string; bins: readonly Bin[] }[]): string {
	const header = ['first_day', 'last_day', 'all_articles'];
	if (lines.length) for (const l of lines) header.push(`${l.label}: matching`, `${l.label}: share of all (%)`);
	else header.push('matching', 'share of all (%)');
	const rows = bins.map((bin, i) => {
		const row = [bin.start, previousDay(bin.end), String(bin.all)];
		for (const b of lines.length ? lines.map((l) => l.bins[i]) : [bin]) row.push(String(b.matches), percent(shareOf(b)));
		return row;
	});
	return csvLines(header, rows);
}

/** One row per country: its code and name, and its count (and, compared, its count per result of each query). */
export function countriesCsv(values: readonly CountryValue[], compared: readonly ComparedCountries[], measure: CountryMeasure): string {
	if (compared.length < 2)
		return csvLines(
			['code', 'country', measure],
			values.map((c) => [c.code, c.name, String(c.value)])
		);
	const header = ['code', 'country'];
	const per = measure === 'articles' ? 'share of results (%)' : 'mentions per result';
	for (const c of compared) header.push(`${c.label}: ${measure}`, `${c.label}: ${per}`);
	const rows = countryShares(compared).map((row) => [
		row.code,
		row.name,
		...row.cells.flatMap((cell) => [
			String(cell.value),
			measure === 'articles' ? percent(cell.share) : cell.share === null ? '' : String(Number(cell.share.toFixed(4)))
		])
	]);
	return csvLines(header, rows);
}

/** Both top-terms lists, frequent first: each term's rank in its list, articles, shares and G². */
export function termsCsv(lists: TermLists): string {
	const rows = (['frequent', 'distinctive'] as const).flatMap((list) =>
		lists[list].map((r, k) => [
			list,
			String(k + 1),
			r.term,
			String(r.count),
			percent(r.share),
			percent(r.restShare),
			String(Number(r.keyness.toFixed(2)))
		])
	);
	return csvLines(['list', 'rank', 'term', 'articles', 'share (%)', 'share of the rest (%)', 'G2'], rows);
}

/** The articles listed behind a period: each one's rank there, id, publication, title, dateline place and address. */
export function behindArticlesCsv(listed: readonly { rank: number; article: ArticleMeta }[]): string {
	const rows = listed.map(({ rank, article: a }) => [
		String(rank),
		a.id,
		a.publishedAt ?? '',
		a.title,
		a.dateline?.place ?? '',
		a.url ?? ''
	]);
	return csvLines(['rank', 'id', 'published', 'title', 'place', 'url'], rows);
}

/** One row per line of "Keyword in context": the result, its article, the paragraph (from 1), the text before, the keyword, the text after. */
export function kwicCsv(lines: readonly KwicLine[], articleAt: (index: number) => ArticleMeta | undefined): string {
	const rows = lines.map((l) => {
		const a = articleAt(l.index);
		return [String(l.rank + 1), l.id, a?.publishedAt ?? '', a?.title ?? '', String(l.paragraph + 1), l.left, l.key, l.right];
	});
	return csvLines(['result', 'id', 'published', 'title', 'paragraph', 'before', 'keyword', 'after'], rows);
}

/** One row per collocate: the word, its count near the query's words and in all the text read, its G². */
export function collocatesCsv(collocates: readonly Collocate[]): string {
	return csvLines(
		['word', 'near', 'in_text', 'g2'],
		collocates.map((c) => [c.word, String(c.near), String(c.all), c.g2.toFixed(2)])
	);
}
