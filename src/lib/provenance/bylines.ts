import { publishedDay } from '../corpus/day';

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

/** The bylines of the results `rows` (indices into `articles`), most articles first, at most `max`. */
export function bylineFacet(articles: readonly BylineArticle[], rows: ArrayLike<number>, max = 15): BylineFacet {
	const byKey = new Map<string, number[]>();
	let unsigned = 0;
	for (let r = 0; r < rows.length; r++) {
		const key = bylineKey(articles[rows[r]]);
		if (key === null) unsigned++;
		else {
			const list = byKey.get(key);
			if (list) list.push(rows[r]);
			else byKey.set(key, [rows[r]]);
		}
	}
	const top = [...byKey].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0])).slice(0, max);
	let first: string | null = null;
	let last: string | null = null;
	const daysOf = top.map(([, list]) => list.map((i) => publishedDay(articles[i].publishedAt)));
	for (const days of daysOf)
		for (const d of days) {
			if (d === null) continue;
			if (first === null || d < first) first = d;
			if (last === null || d > last) last = d;
		}
	const months = first && last ? monthsBetween(first.slice(0, 7), last.slice(0, 7)) : [];
	const monthAt = new Map(months.map((m, i) => [m, i]));
	return {
		months,
		bylines: top.map(([key, list], k) => {
			const perMonth = new Array<number>(months.length).fill(0);
			let f: string | null = null;
			let l: string | null = null;
			for (const d of daysOf[k]) {
				if (d === null) continue;
				perMonth[monthAt.get(d.slice(0, 7))!]++;
				if (f === null || d < f) f = d;
				if (l === null || d > l) l = d;
			}
			return { key, label: bylineLabel(key), articles: list.length, perMonth, first: f, last: l };
		}),
		left: Math.max(0, byKey.size - max),
		unsigned,
		articles: rows.length
	};
}
