/**
 * What a query's complete answer needs of every article, as typed columns: its publication day
 * and the countries it names (with how often). The build writes the days and countries for the
 * bundle as one file (`corpus/columns.bin`, see packColumns) and how often each country is named
 * as another (`corpus/mentions.bin`, packMentions), read only when the countries are counted by
 * mentions; the search worker fetches the first beside the index's head and filters, sorts and
 * counts a query's whole answer over it (column-filter.ts), so the page never needs every
 * article's metadata to show a complete answer. Where an article was filed from and who wrote
 * it are in the code columns (code-columns.ts), which only the views of provenance and their
 * filters wait for. Imported articles get the same columns in the worker (concatColumns).
 */
import { countryColumns, type CountryColumns } from '../corpus/aggregate';
import { publishedDay } from '../corpus/day';
import { Names } from '../provenance/columns';
import { packParts, readParts } from './packed-columns';

/** What the columns are made from: an article or its metadata (countries with their names and counts). */
export interface ColumnArticle {
	publishedAt: string | null;
	countries: readonly { code: string; name: string; count: number }[];
}

export interface ArticleColumns {
	size: number;
	/** Distinct publication days (YYYY-MM-DD), in date order. */
	days: string[];
	/** Each article's day: an index into `days`, -1 when undated. */
	dayAt: Int32Array;
	countries: CountryColumns;
}

/** The columns of `articles`, in their order. */
export function buildColumns(articles: readonly ColumnArticle[]): ArticleColumns {
	const size = articles.length;
	const dayOf = articles.map((a) => publishedDay(a.publishedAt));
	const days = [...new Set(dayOf.filter((d): d is string => d !== null))].sort();
	const dayIds = new Map(days.map((d, i) => [d, i]));
	const dayAt = Int32Array.from(dayOf, (d) => (d === null ? -1 : dayIds.get(d)!));
	return { size, days, dayAt, countries: countryColumns(articles) };
}

/**
 * Two string tables, each with its column (a table index per article, -1 for none), as one:
 * `b`'s names numbered after `a`'s, its articles' indices changed to match.
 */
export function joinNamed(
	aNames: readonly string[],
	aAt: Int32Array,
	bNames: readonly string[],
	bAt: Int32Array
): { list: string[]; column: Int32Array } {
	const numbering = Names.of(aNames);
	const to = bNames.map((name) => numbering.id(name));
	const column = new Int32Array(aAt.length + bAt.length);
	column.set(aAt);
	for (let k = 0; k < bAt.length; k++) column[aAt.length + k] = bAt[k] < 0 ? -1 : to[bAt[k]];
	return { list: numbering.list, column };
}

/** `b`'s articles after `a`'s, with the string tables merged (the bundle's, then imported articles'). */
export function concatColumns(a: ArticleColumns, b: ArticleColumns): ArticleColumns {
	if (!b.size) return a;
	const size = a.size + b.size;
	const days = [...new Set([...a.days, ...b.days])].sort();
	const dayIds = new Map(days.map((d, i) => [d, i]));
	const dayAt = new Int32Array(size);
	const remapDays = (from: ArticleColumns, offset: number) => {
		const to = Int32Array.from(from.days, (d) => dayIds.get(d)!);
		for (let k = 0; k < from.size; k++) dayAt[offset + k] = from.dayAt[k] < 0 ? -1 : to[from.dayAt[k]];
	};
	remapDays(a, 0);
	remapDays(b, a.size);
	const codes = Names.of(a.countries.codes);
	const names = [...a.countries.names];
	const toCode = b.countries.codes.map((code, i) => {
		const id = codes.id(code);
		names[id] ??= b.countries.names[i];
		return id;
	});
	const entries = a.countries.country.length;
	const start = new Uint32Array(size + 1);
	start.set(a.countries.start.subarray(0, a.size));
	for (let k = 0; k <= b.size; k++) start[a.size + k] = entries + b.countries.start[k];
	const country = new Uint16Array(entries + b.countries.country.length);
	country.set(a.countries.country);
	b.countries.country.forEach((id, j) => (country[entries + j] = toCode[id]));
	// Mention counts only when both sides hold theirs (see hasMentions).
	const count = new Uint32Array(hasMentions(a) && hasMentions(b) ? country.length : 0);
	if (count.length) {
		count.set(a.countries.count);
		count.set(b.countries.count, entries);
	}
	return {
		size,
		days,
		dayAt,
		countries: { codes: codes.list, names, start, country, count }
	};
}

interface PackedHead {
	size: number;
	days: string[];
	codes: string[];
	names: string[];
	/** Country entries in all. */
	entries: number;
}

/**
 * The columns but the mention counts as bytes: a JSON head with the string tables, then the
 * columns, each number as small as it fits (a country as one byte while the corpus names at most
 * 256). Days are written as the change from the article before (articles come newest first, so
 * nearly all are 0), which the file's deflating then all but removes.
 */
export function packColumns(c: ArticleColumns): Uint8Array {
	const head: PackedHead = {
		size: c.size,
		days: c.days,
		codes: c.countries.codes,
		names: c.countries.names,
		entries: c.countries.country.length
	};
	const dayStep = new Int32Array(c.size);
	for (let k = 0; k < c.size; k++) dayStep[k] = c.dayAt[k] - (k ? c.dayAt[k - 1] : 0);
	const perArticle = new Uint16Array(c.size);
	for (let k = 0; k < c.size; k++) perArticle[k] = c.countries.start[k + 1] - c.countries.start[k];
	const country = c.countries.codes.length <= 256 ? Uint8Array.from(c.countries.country) : c.countries.country;
	return packParts(head, [dayStep, perArticle, country]);
}

/**
 * packColumns' bytes read back, with no mention counts (`countries.count` empty: see
 * withMentions); an error a person can act on when they are not such bytes.
 */
export function unpackColumns(bytes: Uint8Array): ArticleColumns {
	const read = readParts<PackedHead>(bytes, 'the article columns');
	const { head, take } = read;
	const { size, entries } = head;
	const dayAt = take(Int32Array, 4, size);
	for (let k = 1; k < size; k++) dayAt[k] += dayAt[k - 1];
	const perArticle = take(Uint16Array, 2, size);
	const start = new Uint32Array(size + 1);
	for (let k = 0; k < size; k++) start[k + 1] = start[k] + perArticle[k];
	if (start[size] !== entries) throw read.damaged();
	const country = head.codes.length <= 256 ? Uint16Array.from(take(Uint8Array, 1, entries)) : take(Uint16Array, 2, entries);
	read.end();
	return { size, days: head.days, dayAt, countries: { codes: head.codes, names: head.names, start, country, count: new Uint32Array(0) } };
}

/** The mention counts of the columns' country entries as bytes (see packParts): how often each article names each of its countries. */
export function packMentions(c: ArticleColumns): Uint8Array {
	return packParts({ entries: c.countries.country.length }, [Uint16Array.from(c.countries.count, (n) => Math.min(n, 0xffff))]);
}

/** packMentions' bytes read back and joined to the columns they count; an error a person can act on when they do not fit. */
export function withMentions(c: ArticleColumns, bytes: Uint8Array): ArticleColumns {
	const read = readParts<{ entries: number }>(bytes, 'the country mentions');
	if (read.head.entries !== c.countries.country.length) throw read.damaged();
	const count = Uint32Array.from(read.take(Uint16Array, 2, read.head.entries));
	read.end();
	return { ...c, countries: { ...c.countries, count } };
}

/** Whether the columns hold how often each country is named (unpackColumns' alone do not). */
export function hasMentions(c: ArticleColumns): boolean {
	return c.countries.count.length === c.countries.country.length;
}
