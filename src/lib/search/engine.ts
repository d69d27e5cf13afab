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
import type { SearchDoc } from './documents';
import { parseQuery, positiveLeaves, type Leaf, type ParsedQuery, type QueryNode } from './query';
import { suggestWords } from './suggest';
import { LeafHits, NONE } from './leaf-hits';
import { orderByKey } from './order';
import { SHORT_FIELDS, TokenIndex } from './token-index';
import { tokenize } from './tokens';
import { Vocabulary, type Variant } from './words';

/** Words apart at which two query words count as not near at all. */
export const MAX_PROXIMITY = 8;
/** Weight of one occurrence by where it is: a title word says more than a body word. */
export const FIELD_WEIGHTS = { title: 3, lead: 1.5, body: 1, short: 1.5 } as const;
/** BM25's saturation and length-norm constants (the usual defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** An occurrence counts less when it is a completion of the word being typed, or a typo. */
const COMPLETION_WEIGHT = 0.6;
const TYPO_WEIGHTS = [1, 0.5, 0.33];
/** Posting bytes per article (and at least PREFIX_BUDGET_MIN) that the word being typed may visit through its completions. */
const PREFIX_BUDGET_PER_DOC = 4;
const PREFIX_BUDGET_MIN = 1 << 16;
/** Highlighting uses at most this many of the words a query matched, closest first. */
const HIGHLIGHT_WORDS = 40;
/** Field ranks for the attribute rule. */
const TITLE = 0;
const LEAD = 1;
const BODY = 2;

const RELEVANCE_STEPS = 4096;
/** A score's step for one missing word: the bits below it hold typos, proximity, attribute, relevance. */
const MISSING_UNIT = 16 * 64 * 32 * RELEVANCE_STEPS;

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
	scores: Float64Array;
	/** Corpus words the query matched, for highlighting. */
	words: string[];
	/** Set when no article has every word of the query: the hits have `matched` of its `of` words. */
	partial: { matched: number; of: number } | null;
	/** For query words that found nothing: the nearest corpus words. */
	suggestions: Suggestion[];
}

/** A query the parser could not read: the message says what is wrong. */
export class QuerySyntaxError extends Error {}

/** A set of articles as a list and a membership array: article d is in it when member[d] !== out. */
interface DocSet {
	docs: Int32Array;
	count: number;
	member: Uint8Array;
	out: number;
}

/** An engine over the bundle's article metadata and its token index. */
export function createEngine(docs: SearchDoc[], indexBytes: Uint8Array): SearchEngine {
	return new SearchEngine(docs, new TokenIndex(indexBytes));
}

/** Grows a typed array to hold at least `n` entries. */
function grow(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
	if (n <= a.length) return a;
	const b = new Int32Array(Math.max(n, a.length * 2));
	b.set(a);
	return b;
}

export class SearchEngine {
	readonly vocabulary: Vocabulary;
	private cache = new Map<string, Variant[]>();
	/** Pairs (article, position) gathered from postings before they are grouped by article. */
	private pairDocs = new Int32Array(1 << 16);
	private pairPos = new Int32Array(1 << 16);
	/** The chain costs of the previous and current leaf in chainProximity. */
	private mergeScratch = new Int32Array(256);
	private chainA = new Float64Array(256);
	private chainB = new Float64Array(256);
	/** Per-leaf arrays, reused query after query: those at rest, and those the query under way took. */
	private free: LeafHits[] = [];
	private taken: LeafHits[] = [];
	/**
	 * The last query's one-word leaves, by what they asked: while a query is typed, each
	 * keystroke repeats all its words but the last, and these answer them again at no cost.
	 */
	private kept = new Map<string, LeafHits>();
	/** The ranking's per-candidate numbers, reused. */
	private rankScratch = { relevance: new Float64Array(1024), keys: new Uint32Array(1024), docs: new Int32Array(1024) };

	constructor(
		private docs: SearchDoc[],
		private index: TokenIndex
	) {
		this.vocabulary = new Vocabulary(index.words);
	}

	get docCount(): number {
		return this.index.docCount;
	}

	private variants(word: string, leaf: Leaf): Variant[] {
		const typing = leaf.typing && leaf.words.length === 1;
		const key = `${leaf.mode}:${typing ? 1 : 0}:${word}`;
		let found = this.cache.get(key);
		if (!found) {
			const budget = Math.max(PREFIX_BUDGET_MIN, PREFIX_BUDGET_PER_DOC * this.index.docCount);
			found = this.vocabulary.variants(word, leaf.mode, typing, (w) => this.index.volume(w), budget).sort((a, b) => a.typos - b.typos);
			if (this.cache.size > 500) this.cache.clear();
			this.cache.set(key, found);
		}
		return found;
	}

	/** Room for `n` gathered (article, position) pairs; returns the positions' array. */
	private reservePairs(n: number): Int32Array {
		if (n > this.pairDocs.length) {
			this.pairDocs = grow(this.pairDocs, n);
			this.pairPos = grow(this.pairPos, n);
		}
		return this.pairPos;
	}

	private slot(): LeafHits {
		const h = this.free.pop() ?? new LeafHits(this.index.docCount);
		this.taken.push(h);
		return h;
	}

	/** What the word's variants match in the leaf's scope, with their positions when asked. */
	private collectWord(word: string, leaf: Leaf, wantPositions: boolean): LeafHits {
		const h = this.slot();
		h.leaf = leaf;
		const { typos, field, weight } = h;
		let pairs = 0;
		const variants = this.variants(word, leaf);
		const shapes = this.index.shapes;
		const titleOnly = leaf.scope === 'title';
		// Fewest typos first (the cache keeps them so): an article's positions are those of the
		// variants with its fewest typos, the word it is counted as matching.
		for (const v of variants) {
			const w = (v.completion ? COMPLETION_WEIGHT : 1) * TYPO_WEIGHTS[v.typos];
			const vt = v.typos;
			const touch = (doc: number, f: number, add: number) => {
				if (typos[doc] === NONE) h.add(doc);
				if (vt < typos[doc]) typos[doc] = vt;
				if (f < field[doc]) field[doc] = f;
				weight[doc] += add;
			};
			if (leaf.scope === 'place' || leaf.scope === 'code') {
				this.index.eachShort(leaf.scope, v.word, (doc) => touch(doc, LEAD, w * FIELD_WEIGHTS.short));
				continue;
			}
			// The hot loop of a query, written out: no callback per article or position.
			const { bytes, from, to } = this.index.textPostings(v.word);
			// One variant's articles arrive in order: their positions go straight to their place.
			const direct = wantPositions && variants.length === 1;
			let at = from;
			let doc = -1;
			while (at < to) {
				let b = bytes[at++];
				let n = b & 0x7f;
				for (let shift = 7; b & 0x80; shift += 7) {
					b = bytes[at++];
					n |= (b & 0x7f) << shift;
				}
				doc += n + 1;
				b = bytes[at++];
				let count = b & 0x7f;
				for (let shift = 7; b & 0x80; shift += 7) {
					b = bytes[at++];
					count |= (b & 0x7f) << shift;
				}
				count++;
				const titleEnd = shapes[doc * 3];
				const leadEnd = shapes[doc * 3 + 1];
				let add = 0;
				let best = NONE;
				let kept = 0;
				let pos = 0;
				const closer = typos[doc] < vt;
				const store = closer ? null : direct ? h.reservePositions(pairs + count) : wantPositions ? this.reservePairs(pairs + count) : null;
				for (let p = 0; p < count; p++) {
					b = bytes[at++];
					let d = b & 0x7f;
					for (let shift = 7; b & 0x80; shift += 7) {
						b = bytes[at++];
						d |= (b & 0x7f) << shift;
					}
					pos += d;
					if (pos < titleEnd) {
						add += FIELD_WEIGHTS.title;
						best = TITLE;
					} else if (titleOnly) continue;
					else if (pos < leadEnd) {
						add += FIELD_WEIGHTS.lead;
						if (best > LEAD) best = LEAD;
					} else if (!store) {
						// Positions come in order: the rest are all in the body, and only their count matters.
						const rest = count - p;
						add += rest * FIELD_WEIGHTS.body;
						if (best > BODY) best = BODY;
						kept += rest;
						for (let r = 1; r < rest; r++) while (bytes[at++] & 0x80);
						break;
					} else {
						add += FIELD_WEIGHTS.body;
						if (best > BODY) best = BODY;
					}
					if (store) {
						if (!direct) this.pairDocs[pairs + kept] = doc;
						store[pairs + kept] = pos;
					}
					kept++;
				}
				if (kept === 0) continue;
				if (typos[doc] === NONE) h.add(doc);
				if (vt < typos[doc]) typos[doc] = vt;
				if (best < field[doc]) field[doc] = best;
				weight[doc] += w * add;
				if (closer) continue;
				if (direct) {
					h.posFrom[doc] = pairs;
					h.posCount[doc] = kept;
				}
				pairs += kept;
			}
			if (leaf.scope === null) {
				for (const f of SHORT_FIELDS) this.index.eachShort(f, v.word, (doc) => touch(doc, LEAD, w * FIELD_WEIGHTS.short));
			}
		}
		if (wantPositions && variants.length > 1) this.groupPairs(h, pairs);
		h.hasPositions = wantPositions;
		h.words = variants.map((v) => this.index.words[v.word]);
		return h;
	}

	/** Lays the gathered (article, position) pairs out by article, each article's positions sorted. */
	private groupPairs(h: LeafHits, pairs: number): void {
		const { posFrom, posCount, docs } = h;
		for (let k = 0; k < pairs; k++) posCount[this.pairDocs[k]]++;
		let at = 0;
		for (let j = 0; j < h.count; j++) {
			const d = docs[j];
			posFrom[d] = at;
			at += posCount[d];
			posCount[d] = 0;
		}
		const positions = h.reservePositions(pairs);
		for (let k = 0; k < pairs; k++) {
			const d = this.pairDocs[k];
			positions[posFrom[d] + posCount[d]++] = this.pairPos[k];
		}
		// Each variant's positions came sorted: an article's positions are a few sorted runs to merge.
		for (let j = 0; j < h.count; j++) {
			const from = posFrom[docs[j]];
			this.mergeRuns(positions, from, from + posCount[docs[j]]);
		}
	}

	/** Sorts `a[from..to)`, made of sorted runs: two runs are merged in one pass, more by insertion. */
	private mergeRuns(a: Int32Array, from: number, to: number): void {
		let mid = from + 1;
		while (mid < to && a[mid - 1] <= a[mid]) mid++;
		if (mid >= to) return;
		let end = mid + 1;
		while (end < to && a[end - 1] <= a[end]) end++;
		if (end === to) {
			if (to - from > this.mergeScratch.length) this.mergeScratch = new Int32Array((to - from) * 2);
			const left = this.mergeScratch;
			const n = mid - from;
			for (let k = 0; k < n; k++) left[k] = a[from + k];
			let i = 0;
			let j = mid;
			let out = from;
			while (i < n && j < to) a[out++] = left[i] <= a[j] ? left[i++] : a[j++];
			while (i < n) a[out++] = left[i++];
			return;
		}
		for (let x = mid; x < to; x++) {
			const v = a[x];
			let y = x - 1;
			while (y >= from && a[y] > v) {
				a[y + 1] = a[y];
				y--;
			}
			a[y + 1] = v;
		}
	}

	/** A leaf's matches: one word, or a phrase (its words adjacent, in order). */
	private collectLeaf(leaf: Leaf, wantPositions: boolean): LeafHits {
		if (leaf.words.length === 1) return this.collectWord(leaf.words[0], leaf, wantPositions);
		const scoped = leaf.scope === 'place' || leaf.scope === 'code';
		const parts = leaf.words.map((w) => this.collectWord(w, { ...leaf, typing: false }, !scoped));
		const h = this.slot();
		h.leaf = leaf;
		h.words = leaf.words;
		const shapes = this.index.shapes;
		const phraseText = leaf.words.join(' ');
		let starts = 0;
		// Visit in article order, so the positions can be laid out by article.
		const first = parts[0].docs.slice(0, parts[0].count).sort();
		for (const doc of first) {
			if (parts.some((p) => p.typos[doc] === NONE)) continue;
			const before = starts;
			let best = NONE;
			let add = 0;
			if (scoped) {
				const text = leaf.scope === 'place' ? this.docs[doc].place : this.docs[doc].newsCode;
				if (!tokenize(text).join(' ').includes(phraseText)) continue;
				best = LEAD;
				add = FIELD_WEIGHTS.short;
			} else {
				const p0 = parts[0];
				const from = p0.posFrom[doc];
				for (let a = from; a < from + p0.posCount[doc]; a++) {
					const start = p0.positions[a];
					let ok = true;
					for (let k = 1; k < parts.length && ok; k++) {
						const p = parts[k];
						ok = false;
						const pf = p.posFrom[doc];
						for (let b = pf; b < pf + p.posCount[doc] && !ok; b++) ok = p.positions[b] === start + k;
					}
					if (!ok) continue;
					h.reservePositions(starts + 1)[starts++] = start;
					const f = start < shapes[doc * 3] ? TITLE : start < shapes[doc * 3 + 1] ? LEAD : BODY;
					if (f < best) best = f;
					add += f === TITLE ? FIELD_WEIGHTS.title : f === LEAD ? FIELD_WEIGHTS.lead : FIELD_WEIGHTS.body;
				}
				// The dateline's place has no positions: a phrase may still be the place.
				if (best === NONE && leaf.scope === null && tokenize(this.docs[doc].place).join(' ').includes(phraseText)) {
					best = LEAD;
					add = FIELD_WEIGHTS.short;
				}
			}
			if (best === NONE) continue;
			h.add(doc);
			h.typos[doc] = 0;
			h.field[doc] = best;
			h.weight[doc] = add;
			h.posFrom[doc] = before;
			h.posCount[doc] = starts - before;
		}
		h.hasPositions = wantPositions && !scoped;
		return h;
	}

	/** The articles a node matches. */
	private evaluate(node: QueryNode, hits: Map<Leaf, LeafHits>): DocSet {
		const n = this.index.docCount;
		if (node.kind === 'leaf') {
			const h = hits.get(node)!;
			return { docs: h.docs, count: h.count, member: h.typos, out: NONE };
		}
		if (node.kind === 'not') return this.complement(this.evaluate(node.child, hits));
		if (node.kind === 'or') {
			const member = new Uint8Array(n);
			for (const c of node.children) {
				const s = this.evaluate(c, hits);
				for (let j = 0; j < s.count; j++) member[s.docs[j]] = 1;
			}
			return this.fromMember(member);
		}
		// AND: intersect the positive children, then drop what the negated ones match.
		const positive = node.children.filter((c) => c.kind !== 'not').map((c) => this.evaluate(c, hits));
		const negative = node.children.filter((c) => c.kind === 'not').map((c) => this.evaluate((c as { child: QueryNode }).child, hits));
		if (positive.length === 0) {
			const member = new Uint8Array(n).fill(1);
			for (const s of negative) for (let j = 0; j < s.count; j++) member[s.docs[j]] = 0;
			return this.fromMember(member);
		}
		positive.sort((a, b) => a.count - b.count);
		const member = new Uint8Array(n);
		const docs = new Int32Array(positive[0].count);
		let count = 0;
		const [smallest, ...others] = positive;
		next: for (let j = 0; j < smallest.count; j++) {
			const d = smallest.docs[j];
			for (let k = 0; k < others.length; k++) if (others[k].member[d] === others[k].out) continue next;
			for (let k = 0; k < negative.length; k++) if (negative[k].member[d] !== negative[k].out) continue next;
			member[d] = 1;
			docs[count++] = d;
		}
		return { docs, count, member, out: 0 };
	}

	private complement(s: DocSet): DocSet {
		const member = new Uint8Array(this.index.docCount);
		for (let d = 0; d < member.length; d++) member[d] = s.member[d] !== s.out ? 0 : 1;
		return this.fromMember(member);
	}

	private fromMember(member: Uint8Array): DocSet {
		let count = 0;
		for (let d = 0; d < member.length; d++) count += member[d];
		const docs = new Int32Array(count);
		let k = 0;
		for (let d = 0; d < member.length; d++) if (member[d]) docs[k++] = d;
		return { docs, count, member, out: 0 };
	}

	/**
	 * How close the leaves' words stand in an article, in the order written: the least total
	 * of the gaps between consecutive words (1 for neighbours, one more when reversed, at most
	 * MAX_PROXIMITY each) over one chain of occurrences, the first word's occurrence leading to
	 * the second's and so on. Pairs taken from different places of the article (the first two
	 * words in the body, the last two in the title) do not add up to a near match.
	 */
	/** chainProximity for two leaves: the smallest gap between their occurrences, by one merge walk. */
	private pairProximity(a: LeafHits, b: LeafHits, doc: number): number {
		if (a.typos[doc] === NONE || b.typos[doc] === NONE || !a.hasPositions || !b.hasPositions) return 0;
		let i = a.posFrom[doc];
		const iEnd = i + a.posCount[doc];
		let j = b.posFrom[doc];
		const jEnd = j + b.posCount[doc];
		const pa = a.positions;
		const pb = b.positions;
		const span = a.leaf!.words.length;
		let best = MAX_PROXIMITY;
		while (i < iEnd && j < jEnd) {
			const x = pa[i];
			const y = pb[j];
			// In the order written costs the gap; reversed costs one more.
			const gap = y >= x + span ? y - x - span + 1 : x - y + 1;
			if (gap < best) {
				best = gap;
				if (best === 1) break;
			}
			if (x < y) i++;
			else j++;
		}
		return best;
	}

	private chainProximity(leaves: LeafHits[], doc: number): number {
		let prev: Float64Array<ArrayBuffer> | null = null;
		let prevPos: Int32Array | null = null;
		let prevFrom = 0;
		let prevTo = 0;
		let prevSpan = 1;
		let links = 0;
		for (const h of leaves) {
			if (h.typos[doc] === NONE || !h.hasPositions) continue;
			const from = h.posFrom[doc];
			const to = from + h.posCount[doc];
			let cur: Float64Array<ArrayBuffer> = prev === this.chainA ? this.chainB : this.chainA;
			if (to - from > cur.length) {
				cur = new Float64Array((to - from) * 2);
				if (prev === this.chainA) this.chainB = cur;
				else this.chainA = cur;
			}
			if (!prev || !prevPos) {
				cur.fill(0, 0, to - from);
			} else {
				links++;
				let floor = Infinity;
				for (let q = prevFrom; q < prevTo; q++) if (prev[q - prevFrom] < floor) floor = prev[q - prevFrom];
				let lo = prevFrom;
				for (let a = from; a < to; a++) {
					const pos = h.positions[a];
					let best = floor + MAX_PROXIMITY;
					while (lo < prevTo && prevPos[lo] < pos - MAX_PROXIMITY - prevSpan) lo++;
					for (let q = lo; q < prevTo && prevPos[q] <= pos + MAX_PROXIMITY; q++) {
						const pq = prevPos[q];
						const gap = pos >= pq + prevSpan ? pos - pq - prevSpan + 1 : pq - pos + 1;
						const c = prev[q - prevFrom] + Math.min(gap, MAX_PROXIMITY);
						if (c < best) best = c;
					}
					cur[a - from] = best;
				}
			}
			prev = cur;
			prevPos = h.positions;
			prevFrom = from;
			prevTo = to;
			prevSpan = h.leaf!.words.length;
		}
		if (!prev || links === 0) return 0;
		let best = Infinity;
		for (let q = 0; q < prevTo - prevFrom; q++) if (prev[q] < best) best = prev[q];
		return best;
	}

	search(query: string): SearchResult | null {
		const parsed = parseQuery(query);
		if (!parsed) return null;
		if ('error' in parsed) throw new QuerySyntaxError(parsed.error);
		const positive = positiveLeaves(parsed.node);
		const positional = positive.filter((l) => l.scope !== 'place' && l.scope !== 'code');
		const wantPositions = positional.length > 1;
		const hits = new Map<Leaf, LeafHits>();
		const keep = new Map<string, LeafHits>();
		try {
			for (const leaf of parsed.leaves) {
				const want = wantPositions && positive.includes(leaf);
				const key = leaf.words.length === 1 ? `${leaf.words[0]} ${leaf.mode} ${leaf.scope} ${leaf.typing} ${want}` : null;
				let h = key ? (keep.get(key) ?? this.kept.get(key)) : undefined;
				if (key && h) this.kept.delete(key);
				else {
					h = this.collectLeaf(leaf, want);
					// A one-word leaf's arrays stay for the next query rather than going back to the pool.
					if (key) this.taken.pop();
				}
				if (key) keep.set(key, h);
				hits.set(leaf, h);
			}
			return this.answer(query, parsed, hits, positive, positional);
		} finally {
			for (const h of [...this.taken, ...this.kept.values()]) {
				h.clear();
				this.free.push(h);
			}
			this.taken = [];
			this.kept = keep;
		}
	}

	private answer(query: string, parsed: Extract<ParsedQuery, { node: unknown }>, hits: Map<Leaf, LeafHits>, positive: Leaf[], positional: Leaf[]): SearchResult {
		let set = this.evaluate(parsed.node, hits);
		let partial: SearchResult['partial'] = null;
		const top = parsed.node;
		if (set.count === 0 && top.kind === 'and' && !parsed.precise) {
			// No article has every word: those with most of them, under a note saying so.
			const words = top.children.filter((c) => c.kind !== 'not');
			if (words.length > 1) {
				set = this.evaluate({ kind: 'and', children: [{ kind: 'or', children: words }, ...top.children.filter((c) => c.kind === 'not')] }, hits);
				if (set.count) partial = { matched: 0, of: words.length };
			}
		}
		const result = this.rank(set, positive, hits, positional);
		if (partial) {
			const missing = Math.floor(result.scores[0] / MISSING_UNIT);
			partial.matched = positive.length - missing;
			partial.of = positive.length;
		}
		const suggestions = positive.some((l) => hits.get(l)!.count === 0) ? this.suggest(query, positive, hits) : [];
		return { ...result, words: this.highlightWords(positive, hits), partial, suggestions };
	}

	/**
	 * The articles ordered by the ranking rules. Each article's verdict is one 31-bit number:
	 * words missing (4 bits), typos (4), proximity (6), attribute (5), relevance (12, as a
	 * share of the best); a stable radix sort over articles taken in index order then leaves
	 * ties newest first.
	 */
	private rank(set: DocSet, positive: Leaf[], hits: Map<Leaf, LeafHits>, positional: Leaf[]): Pick<SearchResult, 'hits' | 'scores'> {
		const n = this.index.docCount;
		const shapes = this.index.shapes;
		const avg = this.index.averageLength || 1;
		const leaves = positive.map((l) => hits.get(l)!);
		const near = positional.map((l) => hits.get(l)!);
		const idf = leaves.map((h) => Math.log(1 + (n - h.count + 0.5) / (h.count + 0.5)));
		const count = set.count;
		if (count > this.rankScratch.keys.length) this.rankScratch = { relevance: new Float64Array(count * 2), keys: new Uint32Array(count * 2), docs: new Int32Array(count * 2) };
		const { relevance, keys, docs } = this.rankScratch;
		// The candidates in index order (the set lists them in whatever order they were found).
		const member = set.member;
		let k = 0;
		if (count * 8 < n) {
			docs.set(set.docs.subarray(0, count));
			docs.subarray(0, count).sort();
			k = count;
		} else for (let d = 0; d < n && k < count; d++) if (member[d] !== set.out) docs[k++] = d;
		let best = 0;
		for (let j = 0; j < count; j++) {
			const d = docs[j];
			let missing = 0;
			let typos = 0;
			let attribute = 0;
			let score = 0;
			const norm = BM25_K1 * (1 - BM25_B + (BM25_B * shapes[d * 3 + 2]) / avg);
			for (let l = 0; l < leaves.length; l++) {
				const h = leaves[l];
				const t = h.typos[d];
				if (t === NONE) {
					missing++;
					continue;
				}
				typos += t;
				attribute += h.field[d];
				const tf = h.weight[d];
				score += (idf[l] * tf * (BM25_K1 + 1)) / (tf + norm);
			}
			const proximity = near.length === 2 ? this.pairProximity(near[0], near[1], d) : near.length > 2 ? this.chainProximity(near, d) : 0;
			relevance[j] = score;
			if (score > best) best = score;
			keys[j] = ((Math.min(15, missing) * 16 + Math.min(15, typos)) * 64 + Math.min(63, proximity)) * 32 + Math.min(31, attribute);
		}
		for (let j = 0; j < count; j++) {
			const steps = best > 0 ? Math.round((1 - relevance[j] / best) * (RELEVANCE_STEPS - 1)) : 0;
			keys[j] = keys[j] * RELEVANCE_STEPS + steps;
		}
		const ordered = orderByKey(keys, docs, count);
		return { hits: ordered.docs, scores: Float64Array.from(ordered.keys) };
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
	 * a typo of it, two words, an exclusion), made from this corpus's own most frequent words,
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
			return [w.slice(0, 1), w.slice(0, 2), w.slice(0, 3), w, typo, `${w} ${other.slice(0, 3)}`, `${w} -${other}`, `"${w} ${other}"`];
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
	const scores = new Float64Array(n);
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
