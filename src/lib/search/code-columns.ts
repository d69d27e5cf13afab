/**
 * What the views of provenance need of every article besides the article columns
 * (article-columns.ts): where it was filed from (its filed-from row and dateline place, each
 * place as it is first printed), who wrote it, the agency it credits, its stamp, its news code and the code's
 * sequence. A file of its own (`corpus/codes.bin`), which the search worker fetches only when
 * a view of provenance comes on screen or a query filters by where or by whom: no other
 * answer waits for it. With the article columns, they make the columns the views count
 * (`provenanceOf`), so a page loading its metadata on demand shows the views without every
 * article's metadata.
 */
import { agencyKey, type AgencyArticle } from '../provenance/agencies';
import { bylineKey, type BylineArticle } from '../provenance/bylines';
import { filedRow, placeKey, type FiledArticle } from '../provenance/filed';
import { Names, type ProvenanceColumns } from '../provenance/columns';
import { monthLabel, newsCodeOf, sequenceName, stampMonth, stampTime, type CodedArticle } from '../provenance/news-codes';
import { joinNamed, type ArticleColumns } from './article-columns';
import { packParts, readParts } from './packed-columns';

export type CodeArticle = CodedArticle & FiledArticle & BylineArticle & AgencyArticle;

export interface CodeColumns {
	size: number;
	/** Filed-from rows (a country code, "unplaced" or "none": see provenance/filed.ts). */
	rows: string[];
	rowAt: Int32Array;
	/** Dateline places by placeKey. */
	places: string[];
	/** Each article's place, -1 without a dateline. */
	placeAt: Int32Array;
	/** Each dateline place (numbered as `places`) as its first article prints it. */
	placeNames: string[];
	/** Byline keys (see provenance/bylines.ts). */
	bylines: string[];
	/** Each article's byline, -1 for none. */
	bylineAt: Int32Array;
	/** Agencies credited (see provenance/agencies.ts). */
	agencies: string[];
	/** Each article's agency, -1 for none. */
	agencyAt: Int32Array;
	/** Each article's stamp in milliseconds (see stampTime), NaN when it has none. */
	time: Float64Array;
	/** News code sequences: an outlet's site, else its agency (see sequenceName). */
	sequences: string[];
	/** Each article's sequence, -1 without a numeric news code and a stamp. */
	sequenceAt: Int32Array;
	/** Each article's news code, NaN for none. */
	code: Float64Array;
}

/** The code columns of `articles`, in their order. */
export function buildCodeColumns(articles: readonly CodeArticle[]): CodeColumns {
	const size = articles.length;
	const rows = new Names();
	const places = new Names();
	const bylines = new Names();
	const agencies = new Names();
	const sequences = new Names();
	const placeNames: string[] = [];
	const rowAt = new Int32Array(size);
	const placeAt = new Int32Array(size);
	const bylineAt = new Int32Array(size);
	const agencyAt = new Int32Array(size);
	const time = new Float64Array(size);
	const sequenceAt = new Int32Array(size);
	const code = new Float64Array(size);
	articles.forEach((a, k) => {
		rowAt[k] = rows.id(filedRow(a));
		placeAt[k] = a.dateline ? places.id(placeKey(a.dateline.place)) : -1;
		if (placeAt[k] === placeNames.length) placeNames.push(a.dateline!.place);
		const byline = bylineKey(a);
		bylineAt[k] = byline === null ? -1 : bylines.id(byline);
		const agency = agencyKey(a);
		agencyAt[k] = agency === null ? -1 : agencies.id(agency);
		time[k] = stampTime(a.publishedAt);
		code[k] = newsCodeOf(a, time[k]);
		sequenceAt[k] = Number.isNaN(code[k]) ? -1 : sequences.id(sequenceName(a));
	});
	return {
		size,
		rows: rows.list,
		rowAt,
		places: places.list,
		placeAt,
		placeNames,
		bylines: bylines.list,
		bylineAt,
		agencies: agencies.list,
		agencyAt,
		time,
		sequences: sequences.list,
		sequenceAt,
		code
	};
}

/** `b`'s articles after `a`'s (the bundle's, then imported ones). */
export function concatCodeColumns(a: CodeColumns, b: CodeColumns): CodeColumns {
	if (!b.size) return a;
	const known = new Set(a.places);
	// A place first printed by an imported article is shown as that article prints it.
	const placeNames = [...a.placeNames, ...b.placeNames.filter((_, id) => !known.has(b.places[id]))];
	const rows = joinNamed(a.rows, a.rowAt, b.rows, b.rowAt);
	const places = joinNamed(a.places, a.placeAt, b.places, b.placeAt);
	const bylines = joinNamed(a.bylines, a.bylineAt, b.bylines, b.bylineAt);
	const agencies = joinNamed(a.agencies, a.agencyAt, b.agencies, b.agencyAt);
	const sequences = joinNamed(a.sequences, a.sequenceAt, b.sequences, b.sequenceAt);
	return {
		size: a.size + b.size,
		rows: rows.list,
		rowAt: rows.column,
		places: places.list,
		placeAt: places.column,
		placeNames,
		bylines: bylines.list,
		bylineAt: bylines.column,
		agencies: agencies.list,
		agencyAt: agencies.column,
		time: joined(a.time, b.time),
		sequences: sequences.list,
		sequenceAt: sequences.column,
		code: joined(a.code, b.code)
	};
}

function joined(a: Float64Array, b: Float64Array): Float64Array {
	const out = new Float64Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

interface PackedHead {
	size: number;
	rows: string[];
	places: string[];
	placeNames: string[];
	bylines: string[];
	agencies: string[];
	sequences: string[];
	/** What the stamps are counted in: a minute's milliseconds when every stamp is whole minutes (as stampTime reads them), else 1. */
	timeUnit: number;
}

const MINUTE = 60_000;

/** Each value less the last one before it that is a number (NaN stays NaN), in `unit`s: close values become small numbers, which deflate well. */
function steps(values: Float64Array, unit: number): Float64Array {
	const out = new Float64Array(values.length);
	let last = 0;
	for (let k = 0; k < values.length; k++) {
		const v = values[k];
		if (Number.isNaN(v)) out[k] = NaN;
		else {
			out[k] = (v - last) / unit;
			last = v;
		}
	}
	return out;
}

/** `steps` undone, in place. */
function unstep(values: Float64Array, unit: number): Float64Array {
	let last = 0;
	for (let k = 0; k < values.length; k++) if (!Number.isNaN(values[k])) values[k] = last = last + values[k] * unit;
	return values;
}

/** The code columns as bytes (see packed-columns.ts); stamps and codes as steps from the article before (articles come newest first). */
export function packCodeColumns(c: CodeColumns): Uint8Array {
	const timeUnit = c.time.every((t) => Number.isNaN(t) || t % MINUTE === 0) ? MINUTE : 1;
	const { size, rows, places, placeNames, bylines, agencies, sequences } = c;
	const head: PackedHead = { size, rows, places, placeNames, bylines, agencies, sequences, timeUnit };
	return packParts(head, [c.rowAt, c.placeAt, c.bylineAt, c.agencyAt, steps(c.time, timeUnit), c.sequenceAt, steps(c.code, 1)]);
}

/** packCodeColumns' bytes read back; an error a person can act on when they are not such bytes. */
export function unpackCodeColumns(bytes: Uint8Array): CodeColumns {
	const read = readParts<PackedHead>(bytes, 'the news code columns');
	const { size, rows, places, placeNames, bylines, agencies, sequences, timeUnit } = read.head;
	const rowAt = read.take(Int32Array, 4, size);
	const placeAt = read.take(Int32Array, 4, size);
	const bylineAt = read.take(Int32Array, 4, size);
	const agencyAt = read.take(Int32Array, 4, size);
	const time = unstep(read.take(Float64Array, 8, size), timeUnit);
	const sequenceAt = read.take(Int32Array, 4, size);
	const code = unstep(read.take(Float64Array, 8, size), 1);
	read.end();
	return { size, rows, rowAt, places, placeAt, placeNames, bylines, bylineAt, agencies, agencyAt, time, sequences, sequenceAt, code };
}

/**
 * The columns the views of provenance count (provenance/columns.ts), made from the article
 * columns and the code columns of the same articles: what the page builds from every
 * article's metadata when it holds it.
 */
export function provenanceOf(c: ArticleColumns, k: CodeColumns): ProvenanceColumns {
	const months = new Names();
	const monthOfDay = c.days.map((day) => {
		const month = stampMonth(day);
		return Number.isNaN(month) ? -1 : months.id(monthLabel(month));
	});
	const monthAt = Int32Array.from(c.dayAt, (d) => (d < 0 ? -1 : monthOfDay[d]));
	// Each place's filed-from row is its first article's.
	const placeRow = new Array<number>(k.places.length).fill(-1);
	for (let i = 0; i < k.size; i++) if (k.placeAt[i] >= 0 && placeRow[k.placeAt[i]] < 0) placeRow[k.placeAt[i]] = k.rowAt[i];
	return {
		size: c.size,
		rows: Names.of(k.rows),
		rowAt: k.rowAt,
		places: Names.of(k.places),
		placeShown: k.placeNames,
		placeRow,
		placeAt: k.placeAt,
		bylines: Names.of(k.bylines),
		bylineAt: k.bylineAt,
		agencies: Names.of(k.agencies),
		agencyAt: k.agencyAt,
		countries: Names.of(c.countries.codes),
		countryStart: Int32Array.from(c.countries.start),
		countryAt: Int32Array.from(c.countries.country),
		months,
		monthAt,
		sequences: Names.of(k.sequences),
		sequenceAt: k.sequenceAt,
		code: k.code,
		time: k.time
	};
}
