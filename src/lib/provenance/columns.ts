/**
 * What the views of provenance need of each article, as typed columns: its filed-from row, its
 * place, its byline, its month, and its news code's sequence, code and stamp. Filled a slice
 * at a time (`fillColumns`), so that a page can build them for 100,000 articles without a long
 * task, and extended when more articles follow the same ones. Counting a query's results is
 * then a pass over typed arrays.
 */
import { agencyKey, type AgencyArticle } from './agencies';
import { bylineKey, type BylineArticle } from './bylines';
import { filedRow, placeKey, type FiledArticle } from './filed';
import { monthLabel, newsCodeOf, sequenceName, stampMonth, stampTime, URL_HOST, type CodedArticle } from './news-codes';

export type ProvenanceArticle = FiledArticle & BylineArticle & AgencyArticle & CodedArticle & { countries: readonly { code: string }[] };

/** Distinct strings, each with a number in the order first seen. */
export class Names {
	readonly list: string[] = [];
	private ids = new Map<string, number>();

	/** The names of `list`, numbered in its order (a list of distinct names keeps its numbers). */
	static of(list: readonly string[]): Names {
		const names = new Names();
		for (const name of list) names.id(name);
		return names;
	}

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
	/** The wire or outlet each article credits (see agencies.ts), -1 for none. */
	agencies: Names;
	agencyAt: Int32Array;
	/** The countries each article names: article k's are countryAt[countryStart[k] … countryStart[k + 1] - 1]. */
	countries: Names;
	countryStart: Int32Array;
	countryAt: Int32Array;
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
		agencies: new Names(),
		agencyAt: new Int32Array(0),
		countries: new Names(),
		countryStart: new Int32Array(1),
		countryAt: new Int32Array(0),
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

/** Fills articles `from` to `to - 1` (the columns must already hold those before `from`). */
export function fillColumns(c: ProvenanceColumns, articles: readonly ProvenanceArticle[], from: number, to: number): void {
	c.rowAt = grown(c.rowAt, to);
	c.placeAt = grown(c.placeAt, to);
	c.bylineAt = grown(c.bylineAt, to);
	c.agencyAt = grown(c.agencyAt, to);
	c.monthAt = grown(c.monthAt, to);
	c.sequenceAt = grown(c.sequenceAt, to);
	c.code = grown(c.code, to);
	c.time = grown(c.time, to);
	c.countryStart = grown(c.countryStart, to + 1);
	const raw = placeIds.get(c) ?? new Map<string, number>();
	placeIds.set(c, raw);
	const monthIds = monthIdsOf(c);
	let lastHost = '';
	let lastSequence = -1;
	for (let i = from; i < to; i++) {
		const a = articles[i];
		const row = c.rows.id(filedRow(a));
		c.rowAt[i] = row;
		if (a.dateline) {
			// Each spelling is lower-cased once, not once per article.
			let place = raw.get(a.dateline.place);
			if (place === undefined) {
				const before = c.places.list.length;
				place = c.places.id(placeKey(a.dateline.place));
				if (place === before) {
					c.placeShown.push(a.dateline.place);
					c.placeRow.push(row);
				}
				raw.set(a.dateline.place, place);
			}
			c.placeAt[i] = place;
		} else c.placeAt[i] = -1;
		const byline = bylineKey(a);
		c.bylineAt[i] = byline === null ? -1 : c.bylines.id(byline);
		const agency = agencyKey(a);
		c.agencyAt[i] = agency === null ? -1 : c.agencies.id(agency);
		const time = stampTime(a.publishedAt);
		const month = stampMonth(a.publishedAt);
		if (Number.isNaN(month)) c.monthAt[i] = -1;
		else {
			let id = monthIds.get(month);
			if (id === undefined) {
				id = c.months.id(monthLabel(month));
				monthIds.set(month, id);
			}
			c.monthAt[i] = id;
		}
		const code = newsCodeOf(a, time);
		if (Number.isNaN(code)) c.sequenceAt[i] = -1;
		else if (lastHost && a.url?.startsWith(lastHost)) c.sequenceAt[i] = lastSequence;
		else {
			c.sequenceAt[i] = lastSequence = c.sequences.id(sequenceName(a));
			const host = a.url ? URL_HOST.exec(a.url)?.[0] : undefined;
			// The next article of the same site is known by its URL's start, without a match.
			lastHost = host ? `${host}/` : '';
		}
		c.code[i] = code;
		c.time[i] = time;
		const start = c.countryStart[i];
		c.countryAt = grown(c.countryAt, start + a.countries.length);
		for (let k = 0; k < a.countries.length; k++) c.countryAt[start + k] = c.countries.id(a.countries[k].code);
		c.countryStart[i + 1] = start + a.countries.length;
	}
	c.size = to;
}

/** Per columns: each place spelling's id, and each month number's. */
const placeIds = new WeakMap<ProvenanceColumns, Map<string, number>>();
const monthIdMaps = new WeakMap<ProvenanceColumns, Map<number, number>>();
function monthIdsOf(c: ProvenanceColumns): Map<number, number> {
	let ids = monthIdMaps.get(c);
	if (!ids) monthIdMaps.set(c, (ids = new Map()));
	return ids;
}

/** Every article's columns at once (tests, and small corpora). */
export function provenanceColumns(articles: readonly ProvenanceArticle[]): ProvenanceColumns {
	const c = emptyColumns();
	fillColumns(c, articles, 0, articles.length);
	return c;
}
