/**
 * Who wrote the stories: a byline as printed, or the journalist ID an agency prints instead.
 * The "Bylines" facet counts them, with each one's articles per month, and the `byline`
 * filter keeps one or more of them.
 */

export interface BylineArticle {
	byline: string | null;
	journalistId: string | null;
	publishedAt: string | null;
}

const ID_PREFIX = 'id:';

/** An article's byline key: its byline, else "id:" and its journalist ID, else null. */
export function bylineKey(a: BylineArticle): string | null {
	const byline = a.byline?.trim();
	if (byline) return byline;
	const id = a.journalistId?.trim();
	return id ? `${ID_PREFIX}${id}` : null;
}

/** A byline key as a person reads it. */
export function bylineLabel(key: string): string {
	return key.startsWith(ID_PREFIX) ? `Journalist ID ${key.slice(ID_PREFIX.length)}` : key;
}

export interface BylineCount {
	key: string;
	label: string;
	articles: number;
	/** Articles per month, in the facet's `months` order. */
	perMonth: number[];
	/** First and last publication day (YYYY-MM-DD), or null when none is dated. */
	first: string | null;
	last: string | null;
}

export interface BylineFacet {
	/** Every month from the results' first to their last (YYYY-MM). */
	months: string[];
	bylines: BylineCount[];
	/** Bylines that did not fit in `max`. */
	left: number;
	/** Results with no byline nor journalist ID. */
	unsigned: number;
	articles: number;
}

function monthsBetween(first: string, last: string): string[] {
	const out: string[] = [];
	let [y, m] = first.split('-').map(Number);
	const [ly, lm] = last.split('-').map(Number);
	while (y < ly || (y === ly && m <= lm)) {
		out.push(`${y}-${String(m).padStart(2, '0')}`);
		m++;
		if (m > 12) {
			m = 1;
			y++;
		}
	}
	return out;
}

/** What the facet is counted from: the articles' columns (see columns.ts). */
export interface BylineColumns {
	bylines: { list: string[] };
	bylineAt: Int32Array;
	months: { list: string[] };
	monthAt: Int32Array;
	time: Float64Array;
}

/** The bylines of the results `rows` (indices into the articles of `c`), most articles first, at most `max`. */
export function bylineFacet(c: BylineColumns, rows: ArrayLike<number>, max = 15): BylineFacet {
	const totals = new Uint32Array(c.bylines.list.length);
	let unsigned = 0;
	for (let r = 0; r < rows.length; r++) {
		const b = c.bylineAt[rows[r]];
		if (b < 0) unsigned++;
		else totals[b]++;
	}
	const names = c.bylines.list;
	const signed = [...totals.keys()].filter((k) => totals[k] > 0);
	const top = signed.sort((x, y) => totals[y] - totals[x] || names[x].localeCompare(names[y])).slice(0, max);
	const slot = new Int32Array(names.length).fill(-1);
	top.forEach((k, at) => (slot[k] = at));
	// Each top byline's articles per month of the corpus's months, then the span they cover.
	const monthsIn = c.months.list.length;
	const perMonth = new Uint32Array(top.length * monthsIn);
	for (let r = 0; r < rows.length; r++) {
		const i = rows[r];
		const at = c.bylineAt[i] >= 0 ? slot[c.bylineAt[i]] : -1;
		if (at >= 0 && c.monthAt[i] >= 0) perMonth[at * monthsIn + c.monthAt[i]]++;
	}
	const used = c.months.list.filter((_, m) => top.some((_, at) => perMonth[at * monthsIn + m] > 0)).sort();
	const months = used.length ? monthsBetween(used[0], used[used.length - 1]) : [];
	const monthId = new Map(c.months.list.map((m, id) => [m, id]));
	const days = (at: number) => months.map((m) => (monthId.has(m) ? perMonth[at * monthsIn + monthId.get(m)!] : 0));
	const firstLast = firstAndLastDays(c, rows, slot, top.length);
	return {
		months,
		bylines: top.map((key, at) => ({
			key: names[key],
			label: bylineLabel(names[key]),
			articles: totals[key],
			perMonth: days(at),
			first: firstLast[at][0],
			last: firstLast[at][1]
		})),
		left: Math.max(0, signed.length - max),
		unsigned,
		articles: rows.length
	};
}

/** Each top byline's first and last publication day among the results. */
function firstAndLastDays(c: BylineColumns, rows: ArrayLike<number>, slot: Int32Array, n: number): [string | null, string | null][] {
	const lo = new Float64Array(n).fill(Infinity);
	const hi = new Float64Array(n).fill(-Infinity);
	for (let r = 0; r < rows.length; r++) {
		const i = rows[r];
		const at = c.bylineAt[i] >= 0 ? slot[c.bylineAt[i]] : -1;
		const t = c.time[i];
		if (at < 0 || Number.isNaN(t)) continue;
		if (t < lo[at]) lo[at] = t;
		if (t > hi[at]) hi[at] = t;
	}
	const day = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null);
	return Array.from({ length: n }, (_, at) => [day(lo[at]), day(hi[at])]);
}
