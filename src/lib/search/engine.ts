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

function toRanges(matches: readonly FuseResultMatch[] | undefined): MatchRanges[] {
	if (!matches) return [];
	return matches.map((m) => ({
		field: FIELD_OF[m.key ?? 'title'],
		index: m.refIndex ?? 0,
		// Fuse's indices are inclusive; ranges here are [start, end).
		ranges: m.indices.filter(([s, e]) => e - s + 1 >= MIN_MATCH_CHARS).map(([s, e]) => [s, e + 1] as [number, number])
	}));
}

/** A search over a fixed set of documents: best hit first; an empty query returns null (no filter). */
export function createSearch(docs: SearchDoc[]): (query: string) => Hit[] | null {
	const fuse = new Fuse(docs, FUSE_OPTIONS);
	return (query: string) => {
		const q = query.trim();
		if (!q) return null;
		return fuse.search(q).map((r, rank) => ({
			i: r.item.i,
			score: r.score ?? 0,
			matches: rank < HITS_WITH_RANGES ? toRanges(r.matches) : []
		}));
	};
}
