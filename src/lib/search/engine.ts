import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { SearchDoc } from './documents';

/** Fuse's 0..1 cut-off: 0.35 tolerates one or two typos in a word ("Kyrgystan", "narcotcs"). */
export const FUZZY_THRESHOLD = 0.35;
/** Matched runs shorter than this are noise from fuzzy matching, not words a reader sees. */
const MIN_MATCH_CHARS = 2;
/** Only the first hits carry match ranges: they are the ones shown; the rest only need ids. */
export const HITS_WITH_RANGES = 300;

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
	keys: [
		{ name: 'title', weight: 3 },
		{ name: 'countries', weight: 1.5 },
		{ name: 'paragraphs', weight: 1 },
		{ name: 'place', weight: 0.5 }
	],
	includeScore: true,
	includeMatches: true,
	// Fuse's default location/distance ignore matches far into a long body: a story that
	// mentions "narcotics" in its tenth paragraph would never be found.
	ignoreLocation: true,
	threshold: FUZZY_THRESHOLD,
	minMatchCharLength: MIN_MATCH_CHARS,
	useExtendedSearch: true
};

export type Field = 'title' | 'paragraph' | 'country' | 'place';

/** Matched character ranges [start, end) in one field; `index` is the paragraph or country index. */
export interface MatchRanges {
	field: Field;
	index: number;
	ranges: [number, number][];
}

export interface Hit {
	i: number;
	score: number;
	matches: MatchRanges[];
}

const FIELD_OF: Record<string, Field> = { title: 'title', paragraphs: 'paragraph', countries: 'country', place: 'place' };

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/**
 * Fuse marks the characters a fuzzy pattern matched ("Kyrgy" + "stan" for "Kyrgystan");
 * a reader expects the word marked, so each range grows to the whole words it touches.
 */
export function toWordRanges(text: string, indices: readonly (readonly [number, number])[]): [number, number][] {
	const out: [number, number][] = [];
	for (const [s, e] of indices) {
		if (e - s + 1 < MIN_MATCH_CHARS) continue;
		let start = s;
		let end = e + 1; // Fuse's indices are inclusive; ranges here are [start, end).
		while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
		while (end < text.length && WORD_CHAR.test(text[end])) end++;
		const last = out[out.length - 1];
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else out.push([start, end]);
	}
	return out;
}

function toRanges(matches: readonly FuseResultMatch[] | undefined): MatchRanges[] {
	if (!matches) return [];
	return matches.map((m) => ({
		field: FIELD_OF[m.key ?? 'title'],
		index: m.refIndex ?? 0,
		ranges: toWordRanges(m.value ?? '', m.indices)
	}));
}

/**
 * Fuse applies `!term` field by field, so an article whose title lacks the word would still
 * pass. A reader means "articles that never say it": those terms are taken out of the query
 * and applied to the whole article here.
 */
export function splitExclusions(query: string): { positive: string; excluded: string[] } {
	const excluded: string[] = [];
	const positive = query
		.split(/\s+/)
		.filter((token) => {
			const m = token.match(/^!([^\^$'"=!|].*)$/);
			if (m && !m[1].endsWith('$')) excluded.push(m[1].toLowerCase());
			return !(m && !m[1].endsWith('$'));
		})
		.join(' ')
		.trim();
	return { positive, excluded };
}

function mentionsAny(doc: SearchDoc, terms: string[]): boolean {
	const fields = [doc.title, doc.place, ...doc.countries, ...doc.paragraphs];
	return terms.some((t) => fields.some((f) => f.toLowerCase().includes(t)));
}

/** A search over a fixed set of documents: best hit first; an empty query returns null (no filter). */
export function createSearch(docs: SearchDoc[]): (query: string) => Hit[] | null {
	const fuse = new Fuse(docs, FUSE_OPTIONS);
	return (query: string) => {
		const { positive, excluded } = splitExclusions(query.trim());
		if (!positive && excluded.length === 0) return null;
		const hits: Hit[] = positive
			? fuse.search(positive).map((r, rank) => ({
					i: r.item.i,
					score: r.score ?? 0,
					matches: rank < HITS_WITH_RANGES ? toRanges(r.matches) : []
				}))
			: docs.map((d) => ({ i: d.i, score: 1, matches: [] }));
		return excluded.length ? hits.filter((h) => !mentionsAny(docs[h.i], excluded)) : hits;
	};
}
