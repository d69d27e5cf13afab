/**
 * Search with ranking rules in a fixed order, as Meilisearch and Typesense document theirs.
 * Articles are compared on each rule in turn; a later rule only breaks the ties of the
 * earlier ones:
 *
 *  1. words:     more of the query's words (all of them unless none has all: see `partial`)
 *  2. typos:     fewer typos in total (exact, then one, then two)
 *  3. proximity: the query's words closer together, in the order written
 *  4. attribute: where they match: title, then lead paragraph and dateline, then body
 *  5. relevance: BM25 over the fields (rarer words and shorter articles weigh more)
 *  6. newest first (the bundle lists articles newest first)
 *
 * The rules are packed into one number per article and sorted by a radix sort; see rank.
 */
import { checkBuild } from '../corpus/bundle';
import { Collector } from './collect';
import type { LeafHits } from './leaf-hits';
import { Proximity } from './proximity';
import { parseQuery, positiveLeaves, type Leaf, type ParsedQuery } from './query';
import { LEADING, MISSING_UNIT, Ranker } from './rank';
import { evaluate, SetArrays } from './sets';
import { suggestWords } from './suggest';
import type { IndexReader } from './index-reader';
import { TokenIndex } from './token-index';
import { Vocabulary } from './words';

/** A warm-up word no corpus holds (no vowel, and a q with no u). */
const NOWHERE = 'qzxj';
/** Highlighting uses at most this many of the words a query matched, closest first. */
const HIGHLIGHT_WORDS = 40;

export interface Suggestion {
	/** The corpus word suggested. */
	word: string;
	/** The whole query with the word in place of the one that found nothing. */
	query: string;
}

/**
 * Matching articles, best first, as typed arrays: at 100,000 articles a list of objects
 * would cost more to build, post to the page and collect than the search itself.
 */
export interface SearchResult {
	/** Article indices in the bundle, best first. */
	hits: Int32Array;
	/** The ranking rules' verdict per hit, lower is better (comparable between two engines, see mergeResults). */
	scores: Uint32Array;
	/** Corpus words the query matched, for highlighting. */
	words: string[];
	/** Set when no article has every word of the query: the hits have `matched` of its `of` words. */
	partial: { matched: number; of: number } | null;
	/** How a query not quite well formed was read (see ParsedQuery). */
	notes: string[];
	/** For query words that found nothing: the nearest corpus words. */
	suggestions: Suggestion[];
}

/** A query the parser could not read: the message says what is wrong. */
export class QuerySyntaxError extends Error {}

/** How the search worker's message for such a query begins: a query asked again is refused again. */
export const QUERY_REFUSED = 'Check the query';

/** An engine over an index held whole; `build`, when given, must be the index's (BundleChanged otherwise). */
export function createEngine(indexBytes: Uint8Array, build?: string): SearchEngine {
	const index = new TokenIndex(indexBytes);
	checkBuild(build, index.build);
	return new SearchEngine(index);
}

/** What a query gets while postings it needs are still to come. */
const UNANSWERED: SearchResult = {
	hits: new Int32Array(0),
	scores: new Uint32Array(0),
	words: [],
	partial: null,
	suggestions: [],
	notes: []
};

export class SearchEngine {
	readonly vocabulary: Vocabulary;
	private collector: Collector;
	private ranker: Ranker;
	private sets: SetArrays;
	/**
	 * The last query's one-word leaves, by what they asked: while a query is typed, each
	 * keystroke repeats all its words but the last, and these answer them again at no cost.
	 */
	private kept = new Map<string, LeafHits>();

	constructor(private index: IndexReader) {
		this.vocabulary = new Vocabulary(index.words, index.numbers);
		this.collector = new Collector(index, this.vocabulary);
		this.ranker = new Ranker(index, new Proximity());
		this.sets = new SetArrays(index.docCount);
	}

	get docCount(): number {
		return this.index.docCount;
	}

	search(query: string): SearchResult | null {
		const parsed = parseQuery(query);
		if (!parsed) return null;
		if ('error' in parsed) throw new QuerySyntaxError(parsed.error);
		const positive = positiveLeaves(parsed.node);
		// Proximity is between words that have positions: not the short fields, nor a word being
		// typed that is matched by completions alone (they are not placed).
		const positional = positive.filter((l) => l.scope !== 'place' && l.scope !== 'code' && this.collector.placeable(l));
		// Two words or more placed near each other, written plainly and found as written: where they
		// stand as one phrase may settle the proximity of the leading articles without their
		// positions, read from the index's word pairs (see Ranker.placeLeading).
		const adjacent =
			this.index.pairPostings !== undefined &&
			positional.length > 1 &&
			positional.every(
				(l) =>
					l.scope === null &&
					l.near === 0 &&
					(l.mode === 'word' || l.mode === 'exact') &&
					l.words.every((w) => this.vocabulary.find(w) >= 0)
			);
		const keep = new Map<string, LeafHits>();
		this.index.beginQuery();
		try {
			if (adjacent) {
				const near = this.collector.collectAdjacent(positional.flatMap((l) => l.words));
				// Fewer articles than the leading ones hold the phrase: it cannot settle their order.
				if (near && (near.count >= LEADING || this.index.incomplete())) {
					const hits = this.collect(parsed.leaves, false, keep);
					if (this.index.incomplete()) return UNANSWERED;
					const result = this.answer(query, parsed, hits, positive, positional, near);
					if (result) return result;
				}
			}
			// Positions place words near each other: one word alone is never placed (a phrase and a
			// title scope read their own), so its query fetches none.
			const hits = this.collect(parsed.leaves, positional.length > 1, keep);
			// Postings still to fetch: the caller asks again once they are in (see ShardedIndex).
			if (this.index.incomplete()) return UNANSWERED;
			return this.answer(query, parsed, hits, positive, positional, null)!;
		} finally {
			this.collector.release(this.kept.values());
			this.sets.release();
			// What was collected from missing postings must not answer the next query.
			if (this.index.incomplete()) this.collector.release(keep.values());
			this.kept = this.index.incomplete() ? new Map() : keep;
		}
	}

	/** Each leaf's matches, a one-word leaf's taken from the last query's when it asked the same. */
	private collect(leaves: Leaf[], withPositions: boolean, keep: Map<string, LeafHits>): Map<Leaf, LeafHits> {
		const hits = new Map<Leaf, LeafHits>();
		for (const leaf of leaves) {
			const key = leaf.words.length === 1 ? `${leaf.words[0]} ${leaf.mode} ${leaf.scope} ${leaf.typing} ${withPositions}` : null;
			let h = key ? (keep.get(key) ?? this.kept.get(key)) : undefined;
			if (key && h) this.kept.delete(key);
			else {
				h = this.collector.collectLeaf(leaf, withPositions);
				// A one-word leaf's arrays stay for the next query rather than going back to the pool.
				if (key) this.collector.keepLast();
			}
			if (key) keep.set(key, h);
			hits.set(leaf, h);
		}
		return hits;
	}

	private answer(
		query: string,
		parsed: Extract<ParsedQuery, { node: unknown }>,
		hits: Map<Leaf, LeafHits>,
		positive: Leaf[],
		positional: Leaf[],
		adjacent: LeafHits | null
	): SearchResult | null {
		let set = evaluate(parsed.node, hits, this.sets, this.index.docCount);
		let fellBack = false;
		const top = parsed.node;
		if (set.count === 0 && top.kind === 'and' && !parsed.precise) {
			// No article has every word: those with most of them, under a note saying so.
			const words = top.children.filter((c) => c.kind !== 'not');
			if (words.length > 1) {
				set = evaluate(
					{ kind: 'and', children: [{ kind: 'or', children: words }, ...top.children.filter((c) => c.kind === 'not')] },
					hits,
					this.sets,
					this.index.docCount
				);
				fellBack = set.count > 0;
			}
		}
		const result = this.ranker.rank(set, positive, hits, positional, adjacent);
		if (!result) return null;
		// The best article's verdict says how many words it lacks.
		const partial = fellBack ? { matched: positive.length - Math.floor(result.scores[0] / MISSING_UNIT), of: positive.length } : null;
		const suggestions = positive.some((l) => hits.get(l)!.count === 0) ? this.suggest(query, positive, hits) : [];
		return { ...result, words: this.highlightWords(positive, hits), partial, suggestions, notes: parsed.notes };
	}

	private suggest(query: string, positive: Leaf[], hits: Map<Leaf, LeafHits>): Suggestion[] {
		const out: Suggestion[] = [];
		for (const leaf of positive) {
			if (hits.get(leaf)!.count > 0 || leaf.words.length > 1 || /\d/.test(leaf.words[0])) continue;
			for (const word of suggestWords(this.vocabulary, leaf.words[0], (w) => this.index.volume(w))) {
				out.push({ word, query: `${query.slice(0, leaf.start)}${word}${query.slice(leaf.end)}` });
			}
		}
		return out.slice(0, 5);
	}

	private highlightWords(positive: Leaf[], hits: Map<Leaf, LeafHits>): string[] {
		const all = new Set<string>();
		for (const leaf of positive) for (const w of hits.get(leaf)!.words) all.add(w);
		return [...all].slice(0, HIGHLIGHT_WORDS);
	}

	/**
	 * Queries in the shapes people type (one, two and three letters of a common word, the word,
	 * a typo of it, two words, a word the corpus lacks, an exclusion, a phrase), made from this corpus's own most frequent words,
	 * for a fresh worker to run before anyone types: the first real keystrokes then run code the
	 * JavaScript engine has already optimised instead of paying for that themselves.
	 */
	warmUpQueries(): string[] {
		const common = this.index.words
			.map((word, i) => ({ word, volume: this.index.volume(i) }))
			.filter((w) => w.word.length >= 5 && /^[a-z]+$/.test(w.word))
			.sort((a, b) => b.volume - a.volume)
			.slice(0, 3)
			.map((w) => w.word);
		return common.flatMap((w, k) => {
			const typo = `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`;
			const other = common[(k + 1) % common.length];
			// Two words (their proximity), and a word found nowhere (the fall-back to most words, and suggestions).
			return [
				w.slice(0, 1),
				w.slice(0, 2),
				w.slice(0, 3),
				w,
				typo,
				`${w} ${other.slice(0, 3)}`,
				`${w} ${other}`,
				`${w} ${NOWHERE}`,
				`${w} -${other}`,
				`"${w} ${other}"`
			];
		});
	}
}

/** Two engines' hits in one list, best score first (ties: lower index); `b`'s indices follow `offset`. */
export function mergeResults(
	a: Pick<SearchResult, 'hits' | 'scores'>,
	b: Pick<SearchResult, 'hits' | 'scores'>,
	offset: number
): Pick<SearchResult, 'hits' | 'scores'> {
	const n = a.hits.length + b.hits.length;
	const hits = new Int32Array(n);
	const scores = new Uint32Array(n);
	let i = 0;
	let j = 0;
	for (let k = 0; k < n; k++) {
		const takeA =
			j >= b.hits.length ||
			(i < a.hits.length && (a.scores[i] < b.scores[j] || (a.scores[i] === b.scores[j] && a.hits[i] < b.hits[j] + offset)));
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
