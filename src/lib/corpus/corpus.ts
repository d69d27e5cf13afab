import { parseArticleSafely } from './parse';
import { comparisonKey } from './text';
import type { Article, Corpus, CorpusSummary, Rejection, SourceFile } from './types';

/** Same news code, or else the same title on the same day: the same story captured twice. */
export function duplicateKey(a: Article): string {
	if (a.newsCode) return `code:${a.newsCode}`;
	return `title:${comparisonKey(a.title)}|${a.publishedAt?.slice(0, 10) ?? 'undated'}`;
}

/** What a later capture of the same story adds to the one kept: the fields the kept one lacks. */
export function mergeInto(kept: Article, copy: Article): void {
	kept.publishedAt ??= copy.publishedAt;
	kept.journalistId ??= copy.journalistId;
	kept.personsCount ??= copy.personsCount;
	kept.dateline ??= copy.dateline;
	kept.url ??= copy.url;
	kept.kicker ??= copy.kicker;
}

/**
 * Collects parsed files into a corpus. Files may be added one at a time (a build streams
 * them, a browser import parses them in a worker), and every file ends up counted once:
 * as an article, a merged duplicate, or a rejection.
 */
export class CorpusBuilder {
	private byKey = new Map<string, Article>();
	private copies = new Map<Article, string[]>();
	private rejected: Rejection[] = [];
	private files = 0;

	/** Counts a file that could not even be read (I/O error, over the size limit). */
	reject(rejection: Rejection): void {
		this.files++;
		this.rejected.push(rejection);
	}

	add(source: SourceFile): void {
		const result = parseArticleSafely(source);
		if ('rejected' in result) {
			this.reject(result.rejected);
			return;
		}
		this.files++;
		const article = result.article;
		const key = duplicateKey(article);
		const kept = this.byKey.get(key);
		if (!kept) {
			this.byKey.set(key, article);
			return;
		}
		mergeInto(kept, article);
		const files = this.copies.get(kept) ?? [kept.file];
		files.push(article.file);
		this.copies.set(kept, files);
	}

	/** The corpus, newest first (undated last), ids unique. Calling it does not change the builder. */
	result(): Corpus {
		const ids = new UniqueIds();
		const articles = [...this.byKey.values()].map((a) => finished(a, ids.of(a.id), this.copies.get(a)));
		articles.sort(byNewest);
		return { articles, rejected: [...this.rejected] };
	}

	summary(): CorpusSummary {
		const articles = [...this.byKey.values()];
		const withWarnings = articles.filter((a) => a.warnings.length > 0 || this.copies.has(a)).length;
		let merged = 0;
		for (const files of this.copies.values()) merged += files.length - 1;
		return {
			files: this.files,
			articles: articles.length - withWarnings,
			withWarnings,
			duplicatesMerged: merged,
			rejected: this.rejected.length
		};
	}
}

/**
 * Ids made unique in the order articles were first captured: two different stories share a
 * hashed id only if their text is identical, and both stay reachable ("id", then "id-2").
 */
export class UniqueIds {
	private seen = new Map<string, number>();

	of(id: string): string {
		const n = this.seen.get(id) ?? 0;
		this.seen.set(id, n + 1);
		return n > 0 ? `${id}-${n + 1}` : id;
	}
}

/** An article as the corpus holds it: its unique id, and a warning naming the files merged into it. */
export function finished(a: Article, id: string, files: readonly string[] | undefined): Article {
	const warnings = files ? [...a.warnings, `duplicate captures merged (${files.length} files): ${files.join(', ')}`] : a.warnings;
	return { ...a, id, warnings };
}

/** Newest first, undated last; captures of one time in file order. */
export function byNewest(a: { publishedAt: string | null; file: string }, b: { publishedAt: string | null; file: string }): number {
	if (a.publishedAt === b.publishedAt) return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
	if (a.publishedAt === null) return 1;
	if (b.publishedAt === null) return -1;
	return a.publishedAt < b.publishedAt ? 1 : -1;
}

/**
 * "N files: A parsed cleanly, W with warnings, D duplicates merged, R rejected": A counts the
 * articles parsed cleanly and W those parsed with warnings, so the four numbers add up to N.
 */
export function formatSummary(s: CorpusSummary): string {
	return `${s.files} files: ${s.articles} parsed cleanly, ${s.withWarnings} with warnings, ${s.duplicatesMerged} duplicates merged, ${s.rejected} rejected`;
}

export function parseCorpus(sources: Iterable<SourceFile>): { corpus: Corpus; summary: CorpusSummary } {
	const builder = new CorpusBuilder();
	for (const s of sources) builder.add(s);
	return { corpus: builder.result(), summary: builder.summary() };
}
