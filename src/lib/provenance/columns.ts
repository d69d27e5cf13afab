/**
 * What the views of provenance need of each article, as typed columns: its filed-from row, its
 * place, its byline, its month, and its news code's sequence, code and stamp. Filled a slice
 * at a time (`fillColumns`), so that a page can build them for 100,000 articles without a long
 * task, and extended when more articles follow the same ones. Counting a query's results is
 * then a pass over typed arrays.
 */
import { publishedDay } from '../corpus/day';
import { bylineKey, type BylineArticle } from './bylines';
import { filedRow, placeKey, type FiledArticle } from './filed';
import { stampTime, type CodedArticle } from './news-codes';

export type ProvenanceArticle = FiledArticle & BylineArticle & CodedArticle;

/** Distinct strings, each with a number. */
class Names {
	readonly list: string[] = [];
	private ids = new Map<string, number>();
	id(name: string): number {
		let id = this.ids.get(name);
		if (id === undefined) {
			id = this.list.length;
			this.ids.set(name, id);
			this.list.push(name);
		}
		return id;
	}
}

export interface ProvenanceColumns {
	/** Articles filled so far (from the first). */
	size: number;
	rows: Names;
	rowAt: Int32Array;
	/** Places by placeKey; the first spelling seen is kept to show. */
	places: Names;
	placeShown: string[];
	placeRow: number[];
	placeAt: Int32Array;
	bylines: Names;
	bylineAt: Int32Array;
	/** YYYY-MM of publication. */
	months: Names;
	monthAt: Int32Array;
	/** Code sequence (see news-codes.ts), -1 for an article with no numeric code or no date. */
	sequences: Names;
	sequenceAt: Int32Array;
	code: Float64Array;
	time: Float64Array;
}

export function emptyColumns(): ProvenanceColumns {
	return {
		size: 0,
		rows: new Names(),
		rowAt: new Int32Array(0),
		places: new Names(),
		placeShown: [],
		placeRow: [],
		placeAt: new Int32Array(0),
		bylines: new Names(),
		bylineAt: new Int32Array(0),
		months: new Names(),
		monthAt: new Int32Array(0),
		sequences: new Names(),
		sequenceAt: new Int32Array(0),
		code: new Float64Array(0),
		time: new Float64Array(0)
	};
}

function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
	if (array.length >= size) return array;
	const next = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
	next.set(array);
	return next;
}

const NUMBER = /^\d{1,15}$/;
const HOST = /^https?:\/\/([^/?#]+)/i;

/** The outlet a code belongs to: its URL's host ("en.irna.ir"), else its agency. */
export function sequenceName(a: CodedArticle): string {
	const host = a.url ? HOST.exec(a.url)?.[1] : undefined;
	return host ? host.toLowerCase() : (a.dateline?.agency ?? 'news codes');
}

/** Fills articles `from` to `to - 1` (the columns must already hold those before `from`). */
export function fillColumns(c: ProvenanceColumns, articles: readonly ProvenanceArticle[], from: number, to: number): void {
	c.rowAt = grown(c.rowAt, to);
	c.placeAt = grown(c.placeAt, to);
	c.bylineAt = grown(c.bylineAt, to);
	c.monthAt = grown(c.monthAt, to);
	c.sequenceAt = grown(c.sequenceAt, to);
	c.code = grown(c.code, to);
	c.time = grown(c.time, to);
	for (let i = from; i < to; i++) {
		const a = articles[i];
		const row = c.rows.id(filedRow(a));
		c.rowAt[i] = row;
		if (a.dateline) {
			const before = c.places.list.length;
			const place = c.places.id(placeKey(a.dateline.place));
			if (place === before) {
				c.placeShown.push(a.dateline.place);
				c.placeRow.push(row);
			}
			c.placeAt[i] = place;
		} else c.placeAt[i] = -1;
		const byline = bylineKey(a);
		c.bylineAt[i] = byline === null ? -1 : c.bylines.id(byline);
		const day = publishedDay(a.publishedAt);
		c.monthAt[i] = day ? c.months.id(day.slice(0, 7)) : -1;
		const time = stampTime(a.publishedAt);
		const coded = !!a.newsCode && NUMBER.test(a.newsCode) && !Number.isNaN(time);
		c.sequenceAt[i] = coded ? c.sequences.id(sequenceName(a)) : -1;
		c.code[i] = coded ? Number(a.newsCode) : NaN;
		c.time[i] = time;
	}
	c.size = to;
}

/** Every article's columns at once (tests, and small corpora). */
export function provenanceColumns(articles: readonly ProvenanceArticle[]): ProvenanceColumns {
	const c = emptyColumns();
	fillColumns(c, articles, 0, articles.length);
	return c;
}
