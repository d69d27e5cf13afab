/**
 * The term table: each article's most characteristic terms, chosen at build time (and in the
 * search worker for imported articles), so that the terms of any set of articles can be counted
 * in the browser in milliseconds. A term is kept only when a few articles have it (a one-off
 * typo never makes a list), and an article keeps at most TERMS_PER_ARTICLE of its terms, its
 * best by tf·idf (how often the article uses a term, against how many articles use it): a
 * news article of 600 words has fewer, so its counts are exact; a longer one loses the words it
 * uses once that many articles have. Ids are given by how many articles have the term, most
 * first, so that the gaps between an article's ids stay small.
 *
 * As a file (`corpus/terms.bin`), framed as "WST2" (see corpus/frame.ts) and deflated: a u32
 * length and a JSON header (the build's fingerprint, the article count and the terms as
 * shown), then per article the number of its terms and their ids in ascending order, as
 * varints of the gaps.
 */
import { frame, unframeAsync } from '../corpus/frame';
import { ByteWriter, readVarint } from '../varint';
import { articleTerms } from './extract';

export const TERMS_PER_ARTICLE = 120;

/** What a term table is read from: an article's text. */
export interface TermSource {
	title: string;
	paragraphs: readonly string[];
}

export interface TermTable {
	/** The terms, as shown ("nuclear talks", "Mohammad Javad Zarif"). */
	terms: string[];
	/** How many articles list each term among theirs. */
	totals: Uint32Array;
	/** Article k's term ids are ids[start[k] .. start[k + 1]). */
	start: Uint32Array;
	ids: Uint32Array;
	/** The bundle's fingerprint ('' for a table made in the browser). */
	build: string;
}

/** How a term is keyed: its words lower-case (see extract.ts). */
export const termKey = (term: string) => term.toLowerCase().replace(/’/g, "'");

/** Terms known before the articles at hand (the bundle's, when imported articles are added). */
export interface KnownTerms {
	articles: number;
	/** Articles of the known ones whose term lists hold the term, by key. */
	df: (key: string) => number;
}

/** An article's terms as read: indices into its reader's keys, with how often the article uses each. */
export interface ReadTerms {
	terms: Int32Array;
	tfs: Uint16Array;
}

/**
 * Makes a term table in two steps, so a build can keep the articles' reads on disk between
 * them: `read` takes each article's terms and counts the articles using each; `table` then
 * keeps each article's best from its read. Terms are keyed lower-case; a term is kept only if
 * at least two articles have it (in a corpus of 20 or more; three in one of 1,000 or more).
 */
export class TermReader {
	private indexOf = new Map<string, number>();
	private keys: string[] = [];
	private df: number[] = [];
	private shown = new Map<string, string>();
	private articles = 0;

	read(a: TermSource): ReadTerms {
		this.articles++;
		const { counts, names } = articleTerms(a.title, a.paragraphs);
		const terms = new Int32Array(counts.size);
		const tfs = new Uint16Array(counts.size);
		let j = 0;
		for (const [key, tf] of counts) {
			let i = this.indexOf.get(key);
			if (i === undefined) {
				i = this.keys.length;
				this.indexOf.set(key, i);
				this.keys.push(key);
				this.df.push(0);
			}
			this.df[i]++;
			terms[j] = i;
			tfs[j++] = Math.min(tf, 0xffff);
		}
		for (const [key, name] of names) if (!this.shown.has(key)) this.shown.set(key, name);
		return { terms, tfs };
	}

	/** The table of the articles read, from their reads in the order they were read; `known` adds earlier articles' counts to the idf. */
	table(reads: Iterable<ReadTerms>, known?: KnownTerms): TermTable {
		const { keys, df, shown } = this;
		const n = this.articles + (known?.articles ?? 0);
		const minDf = n >= 1000 ? 3 : n >= 20 ? 2 : 1;
		const seen = Int32Array.from(keys, (key, i) => df[i] + (known?.df(key) ?? 0));
		const idOf = new Int32Array(keys.length).fill(-1);
		const terms: string[] = [];
		const totals: number[] = [];
		const start = new Uint32Array(this.articles + 1);
		let list = new Uint32Array(1 << 16);
		let listed = 0;
		let k = 0;
		for (const article of reads) {
			const scored: { i: number; score: number }[] = [];
			for (let j = 0; j < article.terms.length; j++) {
				const i = article.terms[j];
				if (seen[i] < minDf) continue;
				scored.push({ i, score: (1 + Math.log(article.tfs[j])) * Math.log(1 + n / seen[i]) });
			}
			scored.sort((x, y) => y.score - x.score || (keys[x.i] < keys[y.i] ? -1 : 1));
			for (const { i } of scored.slice(0, TERMS_PER_ARTICLE)) {
				if (idOf[i] < 0) {
					idOf[i] = terms.length;
					terms.push(shown.get(keys[i]) ?? keys[i]);
					totals.push(0);
				}
				totals[idOf[i]]++;
				if (listed === list.length) {
					const grown = new Uint32Array(list.length * 2);
					grown.set(list);
					list = grown;
				}
				list[listed++] = idOf[i];
			}
			start[++k] = listed;
		}
		// Renumbered most-held first, each article's ids in ascending order (see writeTermTable).
		const order = terms.map((_, i) => i).sort((x, y) => totals[y] - totals[x] || x - y);
		const renumber = new Uint32Array(terms.length);
		order.forEach((old, id) => (renumber[old] = id));
		const ids = list.subarray(0, listed);
		for (let j = 0; j < listed; j++) ids[j] = renumber[ids[j]];
		for (let a = 0; a < this.articles; a++) ids.subarray(start[a], start[a + 1]).sort();
		return { terms: order.map((old) => terms[old]), totals: Uint32Array.from(order, (old) => totals[old]), start, ids, build: '' };
	}
}

/** The term table of `articles` (see TermReader); `known` adds earlier articles' counts to the idf. */
export function buildTermTable(articles: readonly TermSource[], known?: KnownTerms): TermTable {
	const reader = new TermReader();
	const reads = articles.map((a) => reader.read(a));
	return reader.table(reads, known);
}

/** The table as the bundle's `corpus/terms.bin`: framed and deflated (see corpus/frame.ts), as lists of small numbers deflate to a sixth. */
export function writeTermTable(table: TermTable, build: string): Uint8Array {
	const header = new TextEncoder().encode(JSON.stringify({ build, articles: table.start.length - 1, terms: table.terms }));
	const body = new ByteWriter();
	for (let k = 0; k + 1 < table.start.length; k++) {
		body.varint(table.start[k + 1] - table.start[k]);
		let last = 0;
		for (let j = table.start[k]; j < table.start[k + 1]; j++) {
			body.varint(table.ids[j] - last);
			last = table.ids[j];
		}
	}
	const data = body.done();
	const content = new Uint8Array(4 + header.length + data.length);
	new DataView(content.buffer).setUint32(0, header.length, true);
	content.set(header, 4);
	content.set(data, 4 + header.length);
	return frame('WST2', build, content);
}

/** Reads `corpus/terms.bin` (an error a person can act on when it is cut short, damaged or not one); the totals are counted again from the lists. */
export async function readTermTable(bytes: Uint8Array): Promise<TermTable> {
	const { content } = await unframeAsync('WST2', bytes);
	const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
	const length = view.getUint32(0, true);
	const header = JSON.parse(new TextDecoder().decode(content.subarray(4, 4 + length))) as {
		build: string;
		articles: number;
		terms: string[];
	};
	const start = new Uint32Array(header.articles + 1);
	const totals = new Uint32Array(header.terms.length);
	const ids: number[] = [];
	const cursor = { at: 4 + length };
	for (let k = 0; k < header.articles; k++) {
		const count = readVarint(content, cursor);
		let id = 0;
		for (let j = 0; j < count; j++) {
			id += readVarint(content, cursor);
			ids.push(id);
			totals[id]++;
		}
		start[k + 1] = ids.length;
	}
	return { terms: header.terms, totals, start, ids: Uint32Array.from(ids), build: header.build };
}
