/**
 * The "Top terms" lists of a set of articles: the terms most of them list (frequent), and the
 * terms they list more often than the rest of the corpus does, by Dunning's log-likelihood
 * (G²), the keyness measure of corpus linguistics (Rayson and Garside 2000): it weighs how far a
 * term's count among these articles is from what its count in the whole corpus would predict,
 * and unlike a ratio it does not let a term seen twice outrank one seen two hundred times.
 */
import type { TermTable } from './term-table';

export interface RankedTerm {
	term: string;
	/** Articles of the set that list the term. */
	count: number;
	/** `count` over the set's articles. */
	share: number;
	/** The share of the other articles of the corpus that list it (null when the set is the whole corpus). */
	restShare: number | null;
	/** G² of the set against the rest (0 when the set is the whole corpus). */
	keyness: number;
}

export interface TermLists {
	/** Articles counted. */
	articles: number;
	frequent: RankedTerm[];
	/** Empty when the set is the whole corpus: there is no rest to set it against. */
	distinctive: RankedTerm[];
}

/** Terms in each list. */
export const LIST_LENGTH = 30;

/** G² of `a` in `c` articles against `b` in `d` others. */
export function logLikelihood(a: number, c: number, b: number, d: number): number {
	const expected = (a + b) / (c + d);
	const e1 = c * expected;
	const e2 = d * expected;
	return 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
}

/** How many of `rows` (article indices; null for every article) list each term. */
export function countTerms(table: TermTable, rows: ArrayLike<number> | null): { counts: Uint32Array; articles: number } {
	if (rows === null) return { counts: table.totals, articles: table.start.length - 1 };
	const counts = new Uint32Array(table.terms.length);
	const { start, ids } = table;
	let articles = 0;
	for (let r = 0; r < rows.length; r++) {
		const k = rows[r];
		if (k + 1 >= start.length) continue;
		articles++;
		for (let j = start[k]; j < start[k + 1]; j++) counts[ids[j]]++;
	}
	return { counts, articles };
}

/** The `n` indices of `values` with the largest scores (ties by term, for a stable order). */
function best(indices: number[], score: (i: number) => number, terms: readonly string[], n: number): number[] {
	return indices.sort((x, y) => score(y) - score(x) || (terms[x] < terms[y] ? -1 : 1)).slice(0, n);
}

/** The frequent and distinctive terms of the articles `rows` (null: every article), against the rest of the corpus. */
export function rankTerms(table: TermTable, rows: ArrayLike<number> | null, n = LIST_LENGTH): TermLists {
	const { counts, articles } = countTerms(table, rows);
	const total = table.start.length - 1;
	return rankAgainst(table, counts, articles, { counts: table.totals.map((t, i) => t - counts[i]), articles: total - articles }, n);
}

/**
 * The terms of two sets of articles, each set against the other (the compare page's
 * "Distinctive terms" per side).
 */
export function compareTerms(
	table: TermTable,
	rowsA: ArrayLike<number>,
	rowsB: ArrayLike<number>,
	n = LIST_LENGTH
): [TermLists, TermLists] {
	const a = countTerms(table, rowsA);
	const b = countTerms(table, rowsB);
	return [rankAgainst(table, a.counts, a.articles, b, n), rankAgainst(table, b.counts, b.articles, a, n)];
}

/** Ranks the terms counted in `counts` (of `articles` articles) against those of the `other` articles. */
function rankAgainst(
	table: TermTable,
	counts: Uint32Array,
	articles: number,
	other: { counts: Uint32Array; articles: number },
	n: number
): TermLists {
	const rest = other.articles;
	const described = (i: number): RankedTerm => {
		const a = counts[i];
		const b = other.counts[i];
		return {
			term: table.terms[i],
			count: a,
			share: articles ? a / articles : 0,
			restShare: rest > 0 ? b / rest : null,
			keyness: rest > 0 ? logLikelihood(a, articles, b, rest) : 0
		};
	};
	const present: number[] = [];
	for (let i = 0; i < counts.length; i++) if (counts[i] > 0) present.push(i);
	const frequent = best([...present], (i) => counts[i], table.terms, n).map(described);
	if (rest <= 0 || articles === 0) return { articles, frequent, distinctive: [] };
	// Over-used here, and by more than one article: a term one article repeats says nothing of the set.
	const floor = Math.min(3, Math.max(2, Math.ceil(articles / 100)));
	const over = present.filter((i) => counts[i] >= Math.min(floor, articles) && counts[i] / articles > other.counts[i] / rest);
	const g = new Float64Array(counts.length);
	for (const i of over) g[i] = logLikelihood(counts[i], articles, other.counts[i], rest);
	return { articles, frequent, distinctive: best(over, (i) => g[i], table.terms, n).map(described) };
}
