/**
 * Collects what each leaf of a query matches: the corpus words it stands for (words.ts), the
 * articles they occur in, per article the fewest typos, the best field, the weighted
 * occurrences and where the positions lie, decoded when proximity or a phrase needs them. Its arrays are pooled
 * (see LeafHits) and its hot loop decodes the postings inline (decode-variant.ts).
 */
import { decodeVariant } from './decode-variant';
import { LeafHits, NONE } from './leaf-hits';
import { holdsAll, holdsPhrase, nearWindows, standsAt } from './phrase-match';
import type { Leaf } from './query';
import { SHORT_FIELDS, type IndexReader, type ShortField } from './index-reader';
import { FIELD_WEIGHTS, LEAD, fieldAt, fieldWeight } from './postings';
import type { Variant, Vocabulary } from './words';

/** An occurrence counts less when it is a completion of the word being typed, or a typo. */
const COMPLETION_WEIGHT = 0.6;
const TYPO_WEIGHTS = [1, 0.5, 0.33];
/** Posting bytes per article (and at least PREFIX_BUDGET_MIN) that the word being typed may visit through its completions. */
const PREFIX_BUDGET_PER_DOC = 4;
const PREFIX_BUDGET_MIN = 1 << 16;

export class Collector {
	private cache = new Map<string, Variant[]>();
	/** Per-leaf arrays, reused query after query: those at rest, and those the query under way took. */
	private free: LeafHits[] = [];
	private taken: LeafHits[] = [];

	constructor(
		private index: IndexReader,
		private vocabulary: Vocabulary
	) {}

	/** Per article, the positions of each of the phrase's words (as written, no typos) in a short field, as masks. */
	private shortMasks(field: ShortField, words: readonly string[]): Map<number, number>[] {
		return words.map((word) => {
			const masks = new Map<number, number>();
			const w = this.vocabulary.find(word);
			if (w >= 0) this.index.eachShort(field, w, (doc, positions) => masks.set(doc, positions));
			return masks;
		});
	}

	/** The last leaf collected stays with the caller past `release` (it will hand it back itself). */
	keepLast(): void {
		this.taken.pop();
	}

	/** Puts back at rest every leaf the query took, and `others` the caller kept before. */
	release(others: Iterable<LeafHits> = []): void {
		for (const h of [...this.taken, ...others]) {
			h.clear();
			this.free.push(h);
		}
		this.taken = [];
	}

	/** Whether the leaf can have positions: a phrase, or a word matched by more than completions of it. */
	placeable(leaf: Leaf): boolean {
		return leaf.words.length > 1 || this.variants(leaf.words[0], leaf).some((v) => !v.completion);
	}

	private variants(word: string, leaf: Leaf): Variant[] {
		const typing = leaf.typing && leaf.words.length === 1;
		const key = `${leaf.mode}:${typing ? 1 : 0}:${word}`;
		let found = this.cache.get(key);
		if (!found) {
			const budget = Math.max(PREFIX_BUDGET_MIN, PREFIX_BUDGET_PER_DOC * this.index.docCount);
			found = this.vocabulary.variants(word, leaf.mode, typing, (w) => this.index.volume(w), budget).sort((a, b) => a.typos - b.typos);
			if (this.cache.size > 500) this.cache.clear();
			// Words the index could not look up yet (a number whose table is still to come) are not remembered as missing.
			if (!this.index.incomplete()) this.cache.set(key, found);
		}
		return found;
	}

	private slot(): LeafHits {
		const h = this.free.pop() ?? new LeafHits(this.index.docCount);
		this.taken.push(h);
		return h;
	}

	/**
	 * What the word's variants match in the leaf's scope, with where their positions lie
	 * (decoded when needed). Without `withPositions` the index may give no positions: for a
	 * query that never places its words.
	 */
	private collectWord(word: string, leaf: Leaf, withPositions: boolean): LeafHits {
		const h = this.slot();
		h.leaf = leaf;
		const { typos, field, weight } = h;
		const variants = this.variants(word, leaf);
		const titleOnly = leaf.scope === 'title';
		// Fewest typos first (the cache keeps them so): an article's positions are those of the
		// variants with its fewest typos, the word it is counted as matching.
		for (const v of variants) {
			const w = (v.completion ? COMPLETION_WEIGHT : 1) * TYPO_WEIGHTS[v.typos];
			const vt = v.typos;
			const touch = (doc: number, f: number, add: number) => {
				if (typos[doc] < vt) return;
				if (typos[doc] === NONE) h.add(doc);
				typos[doc] = vt;
				if (f < field[doc]) field[doc] = f;
				weight[doc] += add;
			};
			if (leaf.scope === 'place' || leaf.scope === 'code') {
				this.index.eachShort(leaf.scope, v.word, (doc) => touch(doc, LEAD, w * FIELD_WEIGHTS.short));
				continue;
			}
			const { bytes, from, to } = this.index.textPostings(v.word, withPositions || titleOnly);
			h.source = bytes;
			// A completion of the word being typed is a guess at the word: it counts for the match
			// but not for proximity, so its positions are stepped over.
			const placed = !v.completion;
			h.reserveDocs(h.count + ((to - from) >> 1));
			decodeVariant(bytes, from, to, h, vt, w, titleOnly, placed);
			if (leaf.scope === null) {
				for (const f of SHORT_FIELDS) this.index.eachShort(f, v.word, (doc) => touch(doc, LEAD, w * FIELD_WEIGHTS.short));
			}
		}
		h.hasPositions = leaf.scope !== 'place' && leaf.scope !== 'code';
		h.words = variants.map((v) => this.index.wordAt(v.word));
		return h;
	}

	/**
	 * A phrase read through the index's word pairs (see pairs.ts): each adjacent pair the index
	 * keeps is one part, standing where its first word stands in the phrase; a pair it does not
	 * keep (two uncommon words, whose positions are few) is read from its two words' positions.
	 * The same articles, places and weights as reading every word's positions, from a few
	 * kilobytes instead of megabytes. A phrase of two words that the index keeps as a pair is that
	 * pair's postings: its positions are fetched only `withPositions` (to place it near other
	 * words). Null when the index keeps no pairs, or for a phrase they do not answer (near,
	 * scoped, or not matched exactly).
	 */
	private collectByPairs(leaf: Leaf, withPositions: boolean, inTextOnly = false): LeafHits | null {
		const index = this.index;
		if (!index.pairPostings || leaf.near || leaf.scope !== null || leaf.mode !== 'exact') return null;
		const ids = leaf.words.map((w) => this.vocabulary.find(w));
		const pairOnly = ids.length === 2 && !withPositions && ids.every((id) => id >= 0) ? index.pairPostings(ids[0], ids[1], false) : null;
		if (pairOnly) return this.pairHits(leaf, ids, pairOnly, inTextOnly);
		const parts: LeafHits[] = [];
		const offsets: number[] = [];
		const wordsRead = new Set<number>();
		if (ids.every((id) => id >= 0))
			for (let k = 0; k + 1 < ids.length; k++) {
				const pair = index.pairPostings(ids[k], ids[k + 1], true);
				if (pair) {
					const part = this.slot();
					part.source = pair.bytes;
					part.reserveDocs((pair.to - pair.from) >> 1);
					decodeVariant(pair.bytes, pair.from, pair.to, part, 0, 1, false, true);
					parts.push(part);
					offsets.push(k);
					continue;
				}
				for (const j of [k, k + 1])
					if (!wordsRead.has(j)) {
						wordsRead.add(j);
						parts.push(this.collectWord(leaf.words[j], { ...leaf, typing: false }, true));
						offsets.push(j);
					}
			}
		const h = this.slot();
		h.leaf = leaf;
		h.words = leaf.words;
		h.hasPositions = true;
		if (!parts.length) return h;
		let lead = 0;
		for (let k = 1; k < parts.length; k++) if (parts[k].count < parts[lead].count) lead = k;
		const first = parts[lead];
		let starts = 0;
		next: for (const doc of first.docs.slice(0, first.count).sort()) {
			for (const p of parts) if (p.typos[doc] === NONE || p.posCount[doc] === 0) continue next;
			for (const p of parts) p.place(doc);
			const before = starts;
			let best = NONE;
			let add = 0;
			const from = first.posFrom[doc];
			starts: for (let a = from; a < from + first.posCount[doc]; a++) {
				const start = first.positions[a] - offsets[lead];
				if (start < 0) continue;
				for (let k = 0; k < parts.length; k++) if (k !== lead && !standsAt(parts[k], doc, start + offsets[k])) continue starts;
				h.reservePositions(starts + 1)[starts++] = start;
				const f = fieldAt(start);
				if (f < best) best = f;
				add += fieldWeight(f);
			}
			if (best !== NONE) h.matchPhrase(doc, best, add, before, starts - before);
		}
		h.posEnd = starts;
		if (!inTextOnly) this.phraseAsPlace(h, ids);
		return h;
	}

	/**
	 * A phrase of two words read from their pair's postings without positions: its articles,
	 * best field and weight are the pair's (its summary counts the same occurrences as the
	 * phrase's starts), unplaced.
	 */
	private pairHits(leaf: Leaf, ids: number[], pair: { bytes: Uint8Array; from: number; to: number }, inTextOnly: boolean): LeafHits {
		const h = this.slot();
		h.leaf = leaf;
		h.words = leaf.words;
		h.source = pair.bytes;
		h.reserveDocs((pair.to - pair.from) >> 1);
		decodeVariant(pair.bytes, pair.from, pair.to, h, 0, 1, false, false);
		h.hasPositions = false;
		if (!inTextOnly) this.phraseAsPlace(h, ids);
		return h;
	}

	/** The dateline's place has no positions: the phrase may be the place of articles whose text lacks it. */
	private phraseAsPlace(h: LeafHits, ids: number[]): void {
		if (!ids.every((id) => id >= 0 && this.index.hasShort('place', id))) return;
		const masks = this.shortMasks('place', h.words);
		for (const doc of [...masks[0].keys()].sort((a, b) => a - b)) {
			if (h.typos[doc] === NONE && holdsPhrase(masks, doc)) h.matchPhrase(doc, LEAD, FIELD_WEIGHTS.short, h.posEnd, 0);
		}
	}

	/**
	 * The articles whose text holds the words as a phrase (each exactly, in order, next to the one
	 * before), read from the index's word pairs: where a query's words stand as near as they can
	 * (see Ranker.placeLeading). Null when the index keeps no pairs.
	 */
	collectAdjacent(words: string[]): LeafHits | null {
		const leaf: Leaf = { kind: 'leaf', words, near: 0, mode: 'exact', scope: null, typing: false, fuzzy: false, start: 0, end: 0 };
		return this.collectByPairs(leaf, false, true);
	}

	/** A leaf's matches: one word, or a phrase (its words adjacent, in order); `withPositions`: see collectWord. */
	collectLeaf(leaf: Leaf, withPositions: boolean): LeafHits {
		if (leaf.words.length === 1) return this.collectWord(leaf.words[0], leaf, withPositions);
		const byPairs = this.collectByPairs(leaf, withPositions);
		if (byPairs) return byPairs;
		const scoped = leaf.scope === 'place' || leaf.scope === 'code';
		const parts = leaf.words.map((w) => this.collectWord(w, { ...leaf, typing: false }, !scoped));
		const h = this.slot();
		h.leaf = leaf;
		h.words = leaf.words;
		let starts = 0;
		// Per later word of the phrase, how far its positions in the article were read.
		const cursor = new Int32Array(parts.length);
		// Visit in article order, so the positions can be laid out by article.
		const first = parts[0].docs.slice(0, parts[0].count).sort();
		// A phrase in a short field is checked on its words' positions there, read once when needed.
		let masks: Map<number, number>[] | null = scoped ? this.shortMasks(leaf.scope as ShortField, leaf.words) : null;
		next: for (const doc of first) {
			for (const p of parts) if (p.typos[doc] === NONE) continue next;
			const before = starts;
			let best = NONE;
			let add = 0;
			if (scoped) {
				if (!(leaf.near ? holdsAll(masks!, doc) : holdsPhrase(masks!, doc))) continue;
				best = LEAD;
				add = FIELD_WEIGHTS.short;
			} else {
				for (let k = 0; k < parts.length; k++) {
					parts[k].place(doc);
					cursor[k] = parts[k].posFrom[doc];
				}
				const p0 = parts[0];
				const from = p0.posFrom[doc];
				if (leaf.near) {
					// Each window holding every word within the span: its first position, field and weight.
					const span = parts.length - 1 + leaf.near;
					for (let at = nearWindows(parts, doc, cursor, span); at >= 0; at = nearWindows(parts, doc, cursor, span)) {
						h.reservePositions(starts + 1)[starts++] = at;
						const f = fieldAt(at);
						if (f < best) best = f;
						add += fieldWeight(f);
					}
				} else
					starts: for (let a = from; a < from + p0.posCount[doc]; a++) {
						const start = p0.positions[a];
						// Positions rise, so each later word's cursor only moves forward.
						for (let k = 1; k < parts.length; k++) {
							const p = parts[k];
							const end = p.posFrom[doc] + p.posCount[doc];
							let c = cursor[k];
							while (c < end && p.positions[c] < start + k) c++;
							cursor[k] = c;
							if (c === end || p.positions[c] !== start + k) continue starts;
						}
						h.reservePositions(starts + 1)[starts++] = start;
						const f = fieldAt(start);
						if (f < best) best = f;
						add += fieldWeight(f);
					}
				// The dateline's place has no positions: a phrase may still be the place.
				if (best === NONE && leaf.scope === null) {
					masks ??= this.shortMasks('place', leaf.words);
					if (leaf.near ? holdsAll(masks, doc) : holdsPhrase(masks, doc)) {
						best = LEAD;
						add = FIELD_WEIGHTS.short;
					}
				}
			}
			if (best !== NONE) h.matchPhrase(doc, best, add, before, starts - before);
		}
		h.posEnd = starts;
		h.hasPositions = !scoped;
		return h;
	}
}
