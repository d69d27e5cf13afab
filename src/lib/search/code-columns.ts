/**
 * What the views of provenance need of every article besides the article columns
 * (article-columns.ts): its stamp, its news code and the code's sequence, and each dateline
 * place as it is first printed. A file of its own (`corpus/codes.bin`), which the search worker
 * fetches only when a view of provenance comes on screen: a query's answer never waits for it.
 * With the article columns, they make the columns the views count (`provenanceOf`), so a page
 * loading its metadata on demand shows the views without every article's metadata.
 */
import { placeKey, type FiledArticle } from '../provenance/filed';
import { Names, type ProvenanceColumns } from '../provenance/columns';
import { monthLabel, newsCodeOf, sequenceName, stampMonth, stampTime, type CodedArticle } from '../provenance/news-codes';
import { joinNamed, type ArticleColumns } from './article-columns';
import { packParts, readParts } from './packed-columns';

export type CodeArticle = CodedArticle & FiledArticle;

export interface CodeColumns {
	size: number;
	/** Each dateline place (numbered as ArticleColumns.places) as its first article prints it. */
	placeNames: string[];
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
	const places = new Names();
	const sequences = new Names();
	const placeNames: string[] = [];
	const time = new Float64Array(size);
	const sequenceAt = new Int32Array(size);
	const code = new Float64Array(size);
	articles.forEach((a, k) => {
		// Numbered as buildColumns numbers them: by placeKey, in the articles' order.
		if (a.dateline && places.id(placeKey(a.dateline.place)) === placeNames.length) placeNames.push(a.dateline.place);
		time[k] = stampTime(a.publishedAt);
		code[k] = newsCodeOf(a, time[k]);
		sequenceAt[k] = Number.isNaN(code[k]) ? -1 : sequences.id(sequenceName(a));
	});
	return { size, placeNames, time, sequences: sequences.list, sequenceAt, code };
}

/** `b`'s articles after `a`'s (the bundle's, then imported ones); `placesA`, `placesB`: their article columns' places. */
export function concatCodeColumns(a: CodeColumns, b: CodeColumns, placesA: readonly string[], placesB: readonly string[]): CodeColumns {
	if (!b.size) return a;
	const known = new Set(placesA);
	// A place first printed by an imported article is shown as that article prints it.
	const placeNames = [...a.placeNames, ...b.placeNames.filter((_, id) => !known.has(placesB[id]))];
	const sequences = joinNamed(a.sequences, a.sequenceAt, b.sequences, b.sequenceAt);
	return {
		size: a.size + b.size,
		placeNames,
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
	placeNames: string[];
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
	const head: PackedHead = { size: c.size, placeNames: c.placeNames, sequences: c.sequences, timeUnit };
	return packParts(head, [steps(c.time, timeUnit), c.sequenceAt, steps(c.code, 1)]);
}

/** packCodeColumns' bytes read back; an error a person can act on when they are not such bytes. */
export function unpackCodeColumns(bytes: Uint8Array): CodeColumns {
	const read = readParts<PackedHead>(bytes, 'the news code columns');
	const { size, placeNames, sequences, timeUnit } = read.head;
	const time = unstep(read.take(Float64Array, 8, size), timeUnit);
	const sequenceAt = read.take(Int32Array, 4, size);
	const code = unstep(read.take(Float64Array, 8, size), 1);
	read.end();
	return { size, placeNames, time, sequences, sequenceAt, code };
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
	const placeRow = new Array<number>(c.places.length).fill(-1);
	for (let i = 0; i < c.size; i++) if (c.placeAt[i] >= 0 && placeRow[c.placeAt[i]] < 0) placeRow[c.placeAt[i]] = c.rowAt[i];
	return {
		size: c.size,
		rows: Names.of(c.rows),
		rowAt: c.rowAt,
		places: Names.of(c.places),
		placeShown: k.placeNames,
		placeRow,
		placeAt: c.placeAt,
		bylines: Names.of(c.bylines),
		bylineAt: c.bylineAt,
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
