/**
 * Writes the site's bundle (docs/bundle-format.md) into a folder from a corpus read an article
 * at a time, in memory that does not grow with the articles' text: each article is read back
 * from disk once, and every file made of runs of articles (metadata pieces, cards, body chunks,
 * the articles for tools) is written as its run fills. What must see every article before it
 * is written (the search index, the term table) goes through the scratch folder: the index as
 * segments merged at the end (segmented-index.ts), the term table as each article's terms read
 * once, chosen once the corpus's counts are known (spilled-terms.ts). Small per-article facts stay in memory: the
 * typed columns, the id tables, each body's versions signature.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CountryTally } from '../corpus/aggregate';
import { CARD_SIZE, CHUNK_SIZE, VERSIONS_FORMAT, idTableOf, toBody, type Body, type IdTable } from '../corpus/bundle';
import {
	FIRST_PIECE_SIZE,
	metaHead,
	metaPieceCount,
	metaPieceText,
	toPieceArticle,
	type CorpusFacts,
	type PieceArticle
} from '../corpus/bundle-write';
import { countDays, publishedDay } from '../corpus/day';
import { corpusFingerprint } from '../corpus/hash';
import type { Article, Rejection } from '../corpus/types';
import { signature, versionGroups } from '../provenance/versions';
import { buildColumns, concatColumns, packColumns, packMentions } from '../search/article-columns';
import { buildCodeColumns, concatCodeColumns, packCodeColumns } from '../search/code-columns';
import { toIndexedText } from '../search/documents';
import { frame } from '../corpus/frame';
import type { IndexFile } from '../search/index-shards';
import { SegmentedIndex } from './segmented-index';
import { SpilledTerms } from './spilled-terms';
import type { OrderedArticles } from './streamed-corpus';

/** Articles per file of `articles/` (the corpus for tools, JSON Lines). */
export const ARTICLES_PER_PART = 10_000;
/** Articles whose column facts are gathered before they join the columns. */
const COLUMN_BATCH = 5_000;

export interface BundleOptions {
	/** Files the corpus folder holds: the routes list this many articles' files (those past the last article are written empty). */
	files: number;
	pieceSize: number;
	/** Count shards (and as many position shards, number tables and id tables). */
	shards: number;
	/** Corpora of more articles load their metadata on demand. */
	onDemandAt: number;
	/** Corpora up to this many bytes are kept offline without asking. */
	offlineAutoBytes: number;
	/** Where spills go. */
	scratch: string;
	/** Articles per index segment (tests use a few). */
	segmentArticles?: number;
	/** Told as each step ends. */
	log?: (step: string) => void;
}

export interface BundleReport {
	articles: number;
	pieces: number;
	chunks: number;
	indexBytes: number;
	termBytes: number;
	columnBytes: number;
	codeBytes: number;
	stories: number;
	corpusBytes: number;
}

/** How many files of `size` articles the routes list for a corpus folder of `files` files. */
export function runCount(files: number, size: number): number {
	return Math.max(1, Math.ceil(files / size));
}

export function writeBundle(corpus: OrderedArticles, rejected: Rejection[], out: string, options: BundleOptions): BundleReport {
	const { files, pieceSize, shards } = options;
	const log = options.log ?? (() => {});
	const build = corpusFingerprint(corpus.ids);
	const articleCount = corpus.ids.length;
	let corpusBytes = 0;
	const made = new Set<string>();
	/** Writes one file of the site; `offline`: counted in what keeping the corpus offline weighs, that many times. */
	const put = (path: string, data: string | Uint8Array, offline = 1) => {
		const file = join(out, path);
		const folder = dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(file, data);
		corpusBytes += offline * (typeof data === 'string' ? Buffer.byteLength(data) : data.length);
	};

	const countryNames: Record<string, string> = {};
	const days = new Map<string, number>();
	const tally = new CountryTally();
	const firstSize = Math.min(FIRST_PIECE_SIZE, pieceSize);
	const first: PieceArticle[] = [];
	let piece: PieceArticle[] = [];
	let pieces = 1;
	let card: PieceArticle[] = [];
	let cards = 0;
	let chunk: Body[] = [];
	let chunks = 0;
	let part: string[] = [];
	let parts = 0;
	const idTables: IdTable[] = Array.from({ length: shards }, () => ({ build, ids: [] }));
	const writePiece = (n: number, articles: PieceArticle[]) => put(`corpus/meta/${n}.json`, metaPieceText({ build, articles }), 2);
	// A piece past the last article says nothing, not even the build (the page never asks for one).
	const writeEmptyPiece = (n: number) => put(`corpus/meta/${n}.json`, metaPieceText({ articles: [] }), 0);
	const writeCard = (articles: PieceArticle[]) => put(`corpus/cards/${cards++}.json`, metaPieceText({ build, articles }), 0);
	const writeChunk = (bodies: Body[]) => put(`corpus/bodies/${chunks++}.json`, JSON.stringify(bodies), bodies.length ? 1 : 0);
	const writePart = (lines: string[]) => put(`articles/${parts++}.jsonl`, lines.length ? `${lines.join('\n')}\n` : '', 0);

	let columns = buildColumns([]);
	let codes = buildCodeColumns([]);
	let batch: Article[] = [];
	const joinBatch = () => {
		codes = concatCodeColumns(codes, buildCodeColumns(batch));
		columns = concatColumns(columns, buildColumns(batch));
		batch = [];
	};

	const signatures: (Uint32Array | null)[] = [];
	const terms = new SpilledTerms(options.scratch);
	const index = new SegmentedIndex(options.scratch, shards, options.segmentArticles, (articles) => log(`${articles} articles written`));

	let at = 0;
	for (const a of corpus.articles()) {
		const meta = toPieceArticle(a);
		for (const c of a.countries) countryNames[c.code] = c.name;
		countDays([publishedDay(a.publishedAt)], days);
		tally.add(a.countries);
		if (at < firstSize) first.push(meta);
		else if (piece.push(meta) === pieceSize) {
			writePiece(pieces++, piece);
			piece = [];
		}
		if (card.push(meta) === CARD_SIZE) {
			writeCard(card);
			card = [];
		}
		idTables[idTableOf(a.id, shards)].ids.push([a.id, at]);
		corpusBytes += a.id.length + 14;
		if (chunk.push(toBody(a)) === CHUNK_SIZE) {
			writeChunk(chunk);
			chunk = [];
		}
		if (part.push(JSON.stringify(a)) === ARTICLES_PER_PART) {
			writePart(part);
			part = [];
		}
		if (batch.push(a) === COLUMN_BATCH) joinBatch();
		signatures.push(signature(a.paragraphs));
		terms.add(a);
		index.add(toIndexedText(a));
		at++;
	}
	if (piece.length) writePiece(pieces++, piece);
	if (card.length) writeCard(card);
	if (chunk.length) writeChunk(chunk);
	if (part.length) writePart(part);
	if (batch.length) joinBatch();
	// The files the routes list past the last article, empty.
	const pieceCount = pieces;
	while (pieces < metaPieceCount(files, pieceSize)) writeEmptyPiece(pieces++);
	while (cards < runCount(files, CARD_SIZE)) writeCard([]);
	while (chunks < runCount(files, CHUNK_SIZE)) writeChunk([]);
	while (parts < runCount(files, ARTICLES_PER_PART)) writePart([]);
	put('articles/rejected.json', JSON.stringify(rejected), 0);
	idTables.forEach((table, t) => put(`corpus/ids/${t}.json`, JSON.stringify(table), 0));

	let indexBytes = 0;
	const indexPath = (file: IndexFile) =>
		file.kind === 'head'
			? 'corpus/index/head.bin'
			: `corpus/index/${{ counts: 'c', positions: 'p', numbers: 'n', pairs: 'q', pairPositions: 'r' }[file.kind]}/${file.n}.bin`;
	const write = (file: IndexFile, bytes: Uint8Array) => {
		indexBytes += bytes.length;
		put(indexPath(file), bytes);
	};
	index.finish(build, write, () => log(`${index.segmentCount} index segments to merge`));
	log(`search index merged, ${(indexBytes / 2 ** 20).toFixed(1)} MB`);
	const termBytes = terms.finish(build);
	log('term table written');
	put('corpus/terms.bin', termBytes);
	const groups = versionGroups(signatures);
	put('corpus/versions.json', JSON.stringify({ format: VERSIONS_FORMAT, build, groups }));
	const columnBytes = frame('WCO2', build, packColumns(columns));
	put('corpus/columns.bin', columnBytes);
	put('corpus/mentions.bin', frame('WSCM', build, packMentions(columns)));
	const codeBytes = frame('WCC3', build, packCodeColumns(codes));
	put('corpus/codes.bin', codeBytes);

	const facts: CorpusFacts = { build, pieceSize, articleCount, countryNames, days, countryTotals: tally.totals(), rejected };
	const head = metaHead(facts, first);
	corpusBytes += 2 * Buffer.byteLength(metaPieceText(head));
	const keepOffline: 'auto' | 'ask' = corpusBytes <= options.offlineAutoBytes ? 'auto' : 'ask';
	Object.assign(head, { corpusBytes, keepOffline, onDemand: articleCount > options.onDemandAt, idTables: shards });
	put('corpus/meta/0.json', metaPieceText(head), 0);
	return {
		articles: articleCount,
		pieces: pieceCount,
		chunks,
		indexBytes,
		termBytes: termBytes.length,
		columnBytes: columnBytes.length,
		codeBytes: codeBytes.length,
		stories: groups.length,
		corpusBytes
	};
}
