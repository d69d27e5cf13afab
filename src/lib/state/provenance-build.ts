/**
 * Builds the views of provenance's columns (see provenance/columns.ts) for a list of articles,
 * SLICE articles per task and one code sequence per task, so that even 100,000 articles never
 * hold the page for long. Resumes from columns built for the same articles' first part (the
 * bundle's later pieces, an imported collection added after them).
 */
import type { ArticleMeta } from '../corpus/bundle';
import { emptyColumns, fillColumns, type ProvenanceColumns } from '../provenance/columns';
import { codeSequence, type CodeSequence } from '../provenance/news-codes';

/** Articles per task: about 10 ms of a phone's time. */
export const SLICE = 4000;

export interface Provenance {
	articles: readonly ArticleMeta[];
	columns: ProvenanceColumns;
	sequences: CodeSequence[];
}

/** Whether `now` begins with the `n` articles of `before` (checked at both ends of them). */
function startsWith(now: readonly ArticleMeta[], before: readonly ArticleMeta[], n: number): boolean {
	return now.length >= n && (n === 0 || (now[0] === before[0] && now[n - 1] === before[n - 1]));
}

/**
 * The columns and code sequences of `articles`, or null when `stopped` says so first. `from` is
 * what an earlier build got to (it is extended in place when `articles` begins with its own).
 */
export async function buildProvenance(
	articles: readonly ArticleMeta[],
	from: { articles: readonly ArticleMeta[]; columns: ProvenanceColumns } | null,
	stopped: () => boolean,
	nextTask: () => Promise<void>,
	progress: (columns: ProvenanceColumns) => void = () => {}
): Promise<Provenance | null> {
	const columns = from && startsWith(articles, from.articles, from.columns.size) ? from.columns : emptyColumns();
	progress(columns);
	while (columns.size < articles.length) {
		fillColumns(columns, articles, columns.size, Math.min(articles.length, columns.size + SLICE));
		await nextTask();
		if (stopped()) return null;
	}
	const sequences: CodeSequence[] = [];
	for (let id = 0; id < columns.sequences.list.length; id++) {
		sequences.push(codeSequence(columns, id));
		await nextTask();
		if (stopped()) return null;
	}
	sequences.sort((x, y) => y.order.length - x.order.length);
	return { articles, columns, sequences };
}
