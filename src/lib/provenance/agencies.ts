/**
 * Which wire or outlet the stories credit: the article's `agency` (its dateline's agency, a wire
 * the byline names, a source line; see corpus/parse.ts). The "Agencies credited" facet counts
 * them, telling an outlet's own stories from the wires it reprints, and the `agency` filter
 * keeps one or more of them.
 */

export interface AgencyArticle {
	agency?: string | null;
}

/** An article's agency key: the agency as credited, or null when it credits none. */
export function agencyKey(a: AgencyArticle): string | null {
	const agency = a.agency?.trim();
	return agency ? agency : null;
}

export interface AgencyCount {
	agency: string;
	articles: number;
}

export interface AgencyFacet {
	agencies: AgencyCount[];
	/** Agencies that did not fit in `max`. */
	left: number;
	/** Results that credit no agency. */
	uncredited: number;
	articles: number;
}

/** What the facet is counted from: the articles' columns (see columns.ts). */
export interface AgencyColumns {
	agencies: { list: string[] };
	agencyAt: Int32Array;
}

/** The agencies the results `rows` (indices into the articles of `c`) credit, most articles first, at most `max`. */
export function agencyFacet(c: AgencyColumns, rows: ArrayLike<number>, max = 15): AgencyFacet {
	const names = c.agencies.list;
	const totals = new Uint32Array(names.length);
	let uncredited = 0;
	for (let r = 0; r < rows.length; r++) {
		const a = c.agencyAt[rows[r]];
		if (a < 0) uncredited++;
		else totals[a]++;
	}
	const credited = [...totals.keys()].filter((k) => totals[k] > 0);
	const top = credited.sort((x, y) => totals[y] - totals[x] || names[x].localeCompare(names[y])).slice(0, max);
	return {
		agencies: top.map((k) => ({ agency: names[k], articles: totals[k] })),
		left: Math.max(0, credited.length - max),
		uncredited,
		articles: rows.length
	};
}
