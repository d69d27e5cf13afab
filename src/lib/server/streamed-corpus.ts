/**
 * A corpus parsed file by file with each article kept on disk (a Spill) rather than in memory:
 * what the site's build reads a corpus of any size into. Every file is accounted for as
 * CorpusBuilder accounts for it (an article, a merged duplicate, a rejection), and the articles
 * come back in the same order with the same ids, one at a time. What stays in memory per
 * article is what ordering and merging need: its date, file, id and where it is on disk.
 */
import { UniqueIds, byNewest, duplicateKey, finished, mergeInto } from '../corpus/corpus';
import { parseArticleSafely } from '../corpus/parse';
import type { Article, CorpusSummary, Rejection, SourceFile } from '../corpus/types';
import type { Spill } from './spill';

/** What ordering and merging need of an article: its duplicate key, date, file, id and whether it has warnings. */
export interface ArticleFacts {
	key: string;
	publishedAt: string | null;
	file: string;
	id: string;
	warned: boolean;
}

/** A file parsed: its article as JSON with its facts, or why it holds none. */
export type ParsedFile = { json: string; facts: ArticleFacts } | { rejected: Rejection };

/** Parses one file into what a StreamedCorpus keeps (run in the build's parse workers too). */
export function parsedFile(source: SourceFile): ParsedFile {
	const result = parseArticleSafely(source);
	if ('rejected' in result) return result;
	const a = result.article;
	const facts = { key: duplicateKey(a), publishedAt: a.publishedAt, file: a.file, id: a.id, warned: a.warnings.length > 0 };
	return { json: JSON.stringify(a), facts };
}

/** An article kept: where it is on disk, and what ordering and merging need of it. */
interface Kept extends Omit<ArticleFacts, 'key'> {
	at: number;
	length: number;
	/** The files of its captures, when several were merged into it. */
	copies?: string[];
	/** The article with its copies' fields merged in (read back from disk once a copy arrives). */
	merged?: Article;
}

/** The corpus's articles in bundle order: their ids, and the articles read back one at a time. */
export interface OrderedArticles {
	ids: string[];
	articles(): Generator<Article>;
}

export class StreamedCorpus {
	private byKey = new Map<string, Kept>();
	/** Articles in the order they were first captured. */
	private kept: Kept[] = [];
	private rejected: Rejection[] = [];
	private files = 0;

	constructor(private spill: Spill) {}

	/** Counts a file that could not even be read (I/O error, over the size limit). */
	reject(rejection: Rejection): void {
		this.files++;
		this.rejected.push(rejection);
	}

	add(source: SourceFile): void {
		this.addParsed(parsedFile(source));
	}

	/** Adds a file parsed elsewhere (by a worker of the build: see parse-pool.ts). */
	addParsed(parsed: ParsedFile): void {
		if ('rejected' in parsed) {
			this.reject(parsed.rejected);
			return;
		}
		this.files++;
		const { facts, json } = parsed;
		const kept = this.byKey.get(facts.key);
		if (!kept) {
			const bytes = Buffer.from(json);
			const entry: Kept = { at: this.spill.append(bytes), length: bytes.length, ...facts };
			this.byKey.set(facts.key, entry);
			this.kept.push(entry);
			return;
		}
		const merged = (kept.merged ??= this.load(kept));
		mergeInto(merged, JSON.parse(json) as Article);
		kept.publishedAt = merged.publishedAt;
		(kept.copies ??= [kept.file]).push(facts.file);
	}

	private load(kept: Kept): Article {
		return JSON.parse(Buffer.from(this.spill.read(kept.at, kept.length)).toString('utf8')) as Article;
	}

	rejections(): Rejection[] {
		return [...this.rejected];
	}

	summary(): CorpusSummary {
		const withWarnings = this.kept.filter((k) => k.warned || k.copies).length;
		let merged = 0;
		for (const k of this.kept) if (k.copies) merged += k.copies.length - 1;
		return {
			files: this.files,
			articles: this.kept.length - withWarnings,
			withWarnings,
			duplicatesMerged: merged,
			rejected: this.rejected.length
		};
	}

	/** The articles newest first (undated last), ids unique: as CorpusBuilder.result orders them. */
	ordered(): OrderedArticles {
		const unique = new UniqueIds();
		const order = this.kept.map((kept) => ({ kept, id: unique.of(kept.id), publishedAt: kept.publishedAt, file: kept.file }));
		order.sort(byNewest);
		const load = (kept: Kept) => kept.merged ?? this.load(kept);
		return {
			ids: order.map((o) => o.id),
			*articles() {
				for (const { kept, id } of order) yield finished(load(kept), id, kept.copies);
			}
		};
	}
}
