/**
 * Search that scales: the token index picks the articles that can match (in well under a
 * frame, even at 100,000 articles), a cheap field-weighted score orders them, and Fuse.js
 * ranks the best of them exactly as it would rank the whole corpus. Articles that match
 * only in the body (which Fuse does not rank) follow, by that same cheap score.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchDoc } from './documents';
import { matchWords, wordMasks, type WordMatch } from './vocabulary';
import { isNegative, parseQuery, rankingQuery, type ParsedQuery, type Term } from './query';
import { TokenIndex } from './token-index';

/** Fuse's 0..1 cut-off: 0.35 tolerates one or two typos in a word ("Kyrgystan", "narcotcs"). */
export const FUZZY_THRESHOLD = 0.35;
/** How many of the best candidates Fuse ranks; the cost of a query grows with it. */
export const RANKED_CANDIDATES = 120;
/** Highlighting uses at most this many of the words a query matched, best first. */
const HIGHLIGHT_WORDS = 40;
/** A term whose words have more posting entries than this per article matches nearly everything. */
const BROAD_TERM = 3;
/** The cheap score is compared to four decimals. */
const SCORE_STEPS = 1e4;
/** Field weights for the cheap score: Fuse's, plus a little for a match anywhere in the body. */
const WEIGHTS = { title: 3, names: 1.5, lead: 1, all: 0.25 } as const;

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
	keys: [
		{ name: 'title', weight: 3 },
		{ name: 'countries', weight: 1.5 },
		{ name: 'lead', weight: 1 },
		{ name: 'place', weight: 0.5 }
	],
	includeScore: true,
	// Fuse's default location/distance ignore matches far into a field.
	ignoreLocation: true,
	threshold: FUZZY_THRESHOLD,
	minMatchCharLength: 2,
	useExtendedSearch: true
};

/**
 * Matching articles, best first, as typed arrays: at 100,000 articles a list of objects
 * would cost more to build, post to the page and collect than the search itself.
 */
export interface SearchResult {
	/** Article indices in the bundle, best first. */
	hits: Int32Array;
	/** Fuse's score (0 best) for ranked hits; 1 + a rank for articles that match in the body only. */
	scores: Float32Array;
	/** Corpus words the query matched, for highlighting. */
	words: string[];
}

/** Space-separated tokens in `text`, as Fuse.js counts them for its field-length norm (without a regular expression's garbage). */
function countTokens(text: string): number {
	let n = 0;
	let inToken = false;
	for (let i = 0; i < text.length; i++) {
		const space = text.charCodeAt(i) === 32;
		if (!space && !inToken) n++;
		inToken = !space;
	}
	return n;
}

/** An engine over the bundle's article metadata and its token index. */
export function createEngine(docs: SearchDoc[], indexBytes: Uint8Array): SearchEngine {
	const index = new TokenIndex(indexBytes);
	return new SearchEngine(docs, index, wordMasks(index.words));
}

export class SearchEngine {
	private cache = new Map<string, WordMatch[]>();

	/**
	 * Per-article work arrays, made once and cleared per use: allocating (and collecting) a
	 * few megabytes of typed arrays per keystroke costs more than the search in a browser's worker.
	 */
	private scratch: {
		/** All zeros between uses: only the articles listed in `touched` are ever set, and they are reset after. */
		best: Float32Array;
		touched: Int32Array;
		/** Each kept article's score in SCORE_STEPS, for the candidates' counting sort. */
		steps: Int32Array;
		score: Float32Array;
		/** Like `best`: all zeros between uses. */
		excluded: Float32Array;
		matched: Uint16Array;
		keep: Uint8Array;
		seen: Uint8Array;
	};

	/** Fuse's field-length norm (1/√words) for the title and lead, which the cheap score mirrors. */
	private norms: { title: Float32Array; lead: Float32Array };

	constructor(
		private docs: SearchDoc[],
		private index: TokenIndex,
		private masks: Uint32Array
	) {
		const norm = (text: string) => 1 / Math.sqrt(Math.max(1, countTokens(text)));
		this.norms = { title: Float32Array.from(docs, (d) => norm(d.title)), lead: Float32Array.from(docs, (d) => norm(d.lead)) };
		const n = index.docCount;
		this.scratch = {
			best: new Float32Array(n),
			touched: new Int32Array(n),
			steps: new Int32Array(n),
			score: new Float32Array(n),
			excluded: new Float32Array(n),
			matched: new Uint16Array(n),
			keep: new Uint8Array(n),
			seen: new Uint8Array(n)
		};
	}

	private matches(term: Term): WordMatch[] {
		const key = `${term.op}:${term.text}`;
		let found = this.cache.get(key);
		if (!found) {
			found = matchWords(this.index.words, this.masks, term, FUZZY_THRESHOLD);
			if (this.cache.size > 200) this.cache.clear();
			this.cache.set(key, found);
		}
		return found;
	}

	/**
	 * Adds each term's best field-weighted match quality to `score` and counts, per article,
	 * the terms it matches. A term whose words fill more than BROAD_TERM posting entries per
	 * article ("ra" while typing "railway") matches nearly everything: it is scored by title
	 * only and does not narrow, which keeps its cost to a fraction of a frame.
	 */
	private scoreGroup(terms: Term[], score: Float32Array): { matched: Uint16Array; narrowing: number } {
		const n = this.index.docCount;
		const matched = this.scratch.matched.fill(0);
		let narrowing = 0;
		for (const term of terms) {
			const words = this.matches(term);
			const volume = words.reduce((sum, w) => sum + this.index.volume('all', w.word), 0);
			const broad = volume > BROAD_TERM * n;
			if (!broad) narrowing++;
			for (const group of broad ? (['title'] as const) : (['all', 'names', 'lead', 'title'] as const)) {
				// Only the articles the words occur in are visited, not the whole corpus per field.
				const { best, touched } = this.scratch;
				let count = 0;
				for (const { word, quality } of words) count = this.index.maxInto(group, word, best, quality, touched, count);
				const weight = WEIGHTS[group];
				const norm = group === 'title' || group === 'lead' ? this.norms[group] : null;
				for (let j = 0; j < count; j++) {
					const d = touched[j];
					score[d] += weight * best[d] * (norm ? norm[d] : 1);
					if (group === 'all') matched[d]++;
					best[d] = 0;
				}
			}
		}
		return { matched, narrowing };
	}

	/** The articles that can match, best cheap score first (ties: bundle order, newest first). */
	private candidates(parsed: ParsedQuery): Int32Array {
		const n = this.index.docCount;
		const score = this.scratch.score.fill(0);
		const keep = this.scratch.keep.fill(0);
		for (const group of parsed) {
			// Negations and one-letter terms (which Fuse matches almost anywhere) do not narrow.
			const positive = group.filter((t) => !isNegative(t) && t.text.length >= 2);
			const { matched, narrowing } = this.scoreGroup(positive, score);
			for (let d = 0; d < n; d++) if (matched[d] >= narrowing) keep[d] = 1;
		}
		const { excluded, touched } = this.scratch;
		for (const term of parsed.flat()) {
			if (term.op !== 'not-include') continue;
			let count = 0;
			for (const { word } of this.matches({ op: 'include', text: term.text })) count = this.index.maxInto('all', word, excluded, 1, touched, count);
			for (let j = 0; j < count; j++) {
				keep[touched[j]] = 0;
				excluded[touched[j]] = 0;
			}
		}
		// A counting sort on the score to four decimals, articles visited in index order: score
		// high to low, ties by index low to high, in time linear in the corpus (a comparison sort
		// of every candidate of a two-letter prefix cost the most of such a query).
		const steps = this.scratch.steps;
		let count = 0;
		let top = 0;
		for (let d = 0; d < n; d++) {
			if (!keep[d]) continue;
			count++;
			const q = Math.round(score[d] * SCORE_STEPS);
			steps[d] = q;
			if (q > top) top = q;
		}
		const start = new Uint32Array(top + 2);
		for (let d = 0; d < n; d++) if (keep[d]) start[top - steps[d] + 1]++;
		for (let b = 1; b <= top + 1; b++) start[b] += start[b - 1];
		const docs = new Int32Array(count);
		for (let d = 0; d < n; d++) if (keep[d]) docs[start[top - steps[d]]++] = d;
		return docs;
	}

	search(query: string): SearchResult | null {
		const parsed = parseQuery(query);
		if (parsed.length === 0) return null;
		const docs = this.candidates(parsed);
		const ranking = rankingQuery(parsed);
		// In index order, so Fuse breaks ties between equal scores as it would over the whole corpus.
		const top = docs.slice(0, RANKED_CANDIDATES).sort();
		const ranked = ranking ? new Fuse(Array.from(top, (d) => this.docs[d]), FUSE_OPTIONS).search(ranking) : [];
		const hits = new Int32Array(docs.length);
		const scores = new Float32Array(docs.length);
		const seen = this.scratch.seen.fill(0);
		let k = 0;
		for (const r of ranked) {
			seen[r.item.i] = 1;
			hits[k] = r.item.i;
			scores[k++] = r.score ?? 0;
		}
		for (let rank = 0; rank < docs.length; rank++) {
			const d = docs[rank];
			if (seen[d]) continue;
			hits[k] = d;
			scores[k++] = 1 + rank / docs.length;
		}
		return { hits, scores, words: this.highlightWords(parsed) };
	}

	/**
	 * Queries in the shapes people type (one, two and three letters of a common word, the word,
	 * a typo of it, two words, an exclusion), made from this corpus's own most frequent words,
	 * for a fresh worker to run before anyone types: the first real keystrokes then run code the
	 * JavaScript engine has already optimised instead of paying for that themselves.
	 */
	warmUpQueries(): string[] {
		const common = this.index.words
			.map((word, i) => ({ word, volume: this.index.volume('title', i) }))
			.filter((w) => w.word.length >= 5 && /^[a-z]+$/.test(w.word))
			.sort((a, b) => b.volume - a.volume)
			.slice(0, 3)
			.map((w) => w.word);
		return common.flatMap((w, k) => {
			const typo = `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`;
			const other = common[(k + 1) % common.length];
			return [w.slice(0, 1), w.slice(0, 2), w.slice(0, 3), w, typo, `${w} ${other.slice(0, 3)}`, `${w} !${other}`];
		});
	}

	private highlightWords(parsed: ParsedQuery): string[] {
		const all = parsed
			.flat()
			.filter((t) => !isNegative(t) && t.text.length >= 2)
			.flatMap((t) => this.matches(t));
		all.sort((a, b) => b.quality - a.quality);
		return [...new Set(all.map((m) => this.index.words[m.word]))].slice(0, HIGHLIGHT_WORDS);
	}
}

/** Two engines' hits in one list, best score first (ties: lower index); `b`'s indices follow `offset`. */
export function mergeResults(a: Omit<SearchResult, 'words'>, b: Omit<SearchResult, 'words'>, offset: number): Omit<SearchResult, 'words'> {
	const n = a.hits.length + b.hits.length;
	const hits = new Int32Array(n);
	const scores = new Float32Array(n);
	let i = 0;
	let j = 0;
	for (let k = 0; k < n; k++) {
		const takeA = j >= b.hits.length || (i < a.hits.length && (a.scores[i] < b.scores[j] || (a.scores[i] === b.scores[j] && a.hits[i] < b.hits[j] + offset)));
		if (takeA) {
			hits[k] = a.hits[i];
			scores[k] = a.scores[i++];
		} else {
			hits[k] = b.hits[j] + offset;
			scores[k] = b.scores[j++];
		}
	}
	return { hits, scores };
}
