/**
 * The index of adjacent word pairs: for each pair of neighbouring words in a title or paragraph
 * of which at least one is a common word, the articles it occurs in and where (the first word's
 * positions). A phrase of common words ("free trade agreement") is then read from its pairs'
 * postings, a few kilobytes, instead of its words' whole position lists, megabytes at a million
 * articles; a pair of two uncommon words is not indexed, since their own positions are small
 * (see Collector.collectByPairs and docs/search.md).
 *
 * Which words are common is settled once, from the first PAIR_SAMPLE articles (a word in at
 * least COMMON_SHARE of them), so every segment indexes the same pairs and a pair's postings
 * are whole. The pairs are written as segments of "words" (see index-segments.ts) keyed by
 * their bucket, then the pair: the merge writes one pair shard per bucket (and one for each of
 * the largest pairs, which the index's head lists; see pair-shards.ts), and a page finds a
 * pair's shard by hashing it (pairBucket), with no table to fetch first.
 */
import { SHORT_FIELDS } from './index-reader';
import { writeSegment } from './index-segments';
import { summary, tokensOf, type ArticleTokens, type IndexedText } from './postings';

/** Articles read before the common words are chosen: every pair of the corpus is indexed by one rule. */
export const PAIR_SAMPLE = 20_000;
/** The share of the sample's articles a word must be in to be common (and two articles at least). */
export const COMMON_SHARE = 1 / 200;

/** The pair's key: its two words with a space between (words never hold one). */
export function pairKey(a: string, b: string): string {
	return `${a} ${b}`;
}

/** The pair shard holding a pair (FNV-1a over its key's UTF-16 units), of `buckets`. */
export function pairBucket(key: string, buckets: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		h ^= key.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) % buckets;
}

/** A pair's name in a pair segment: its bucket in 8 hex digits, so the segment's order is the buckets' order, then the key. */
export function segmentKey(key: string, buckets: number): string {
	return pairBucket(key, buckets).toString(16).padStart(8, '0') + key;
}

/** The bucket and the pair key of a pair segment's name. */
export function ofSegmentKey(name: string): { bucket: number; key: string } {
	return { bucket: parseInt(name.slice(0, 8), 16), key: name.slice(8) };
}

/** The common words of a sample of articles' words: those in at least COMMON_SHARE of the articles (and two). */
export function commonWords(documentFrequency: ReadonlyMap<string, number>, articles: number): Set<string> {
	const least = Math.max(2, Math.ceil(articles * COMMON_SHARE));
	const common = new Set<string>();
	for (const [w, df] of documentFrequency) if (df >= least) common.add(w);
	return common;
}

/** Pair postings of a run of articles, by pair, each as PostingCollector keeps a word's. */
class PairCollector {
	private lists = new Map<string, number[]>();
	articles = 0;

	add(doc: number, tokens: ArticleTokens, common: ReadonlySet<string>): void {
		const { words, at } = tokens;
		const found = new Map<string, number[]>();
		for (let k = 0; k + 1 < words.length; k++) {
			if (at[k + 1] !== at[k] + 1 || !(common.has(words[k]) || common.has(words[k + 1]))) continue;
			const key = pairKey(words[k], words[k + 1]);
			const list = found.get(key);
			if (list) list.push(at[k]);
			else found.set(key, [at[k]]);
		}
		for (const [key, positions] of found) {
			let list = this.lists.get(key);
			if (!list) this.lists.set(key, (list = []));
			list.push(doc, summary(positions), positions.length, ...positions);
		}
		this.articles++;
	}

	get empty(): boolean {
		return this.lists.size === 0;
	}

	/** The run's segment: each pair named by its bucket and key (segmentKey), so the merge meets them bucket by bucket. */
	segment(buckets: number): Uint8Array {
		const text = new Map<string, number[]>();
		for (const [key, list] of this.lists) text.set(segmentKey(key, buckets), list);
		const short = SHORT_FIELDS.map(() => new Map<string, number[]>());
		return writeSegment({ text, short, vocabulary: () => new Set(text.keys()) });
	}
}

/**
 * Collects the pairs of articles added in order, a segment of `segmentArticles` at a time,
 * handing each segment to `flush`. The first PAIR_SAMPLE articles are held until the common
 * words are known.
 */
export class PairIndexer {
	private held: { doc: number; text: IndexedText }[] = [];
	private frequency = new Map<string, number>();
	private common: Set<string> | null = null;
	private collector: PairCollector;

	constructor(
		private buckets: number,
		private segmentArticles: number,
		private flush: (segment: Uint8Array) => void,
		private sample = PAIR_SAMPLE
	) {
		this.collector = new PairCollector();
	}

	/** Adds article `doc` (after those added before it); `tokens`: its words (tokensOf), when read already. */
	add(doc: number, text: IndexedText, tokens?: ArticleTokens): void {
		const words = tokens ?? tokensOf(text);
		if (this.common) return this.collect(doc, words, this.common);
		this.held.push({ doc, text });
		for (const w of new Set(words.words)) this.frequency.set(w, (this.frequency.get(w) ?? 0) + 1);
		if (this.held.length >= this.sample) this.settle();
	}

	/** Chooses the common words from the articles held, and collects their pairs. */
	private settle(): Set<string> {
		const common = (this.common = commonWords(this.frequency, this.held.length));
		this.frequency.clear();
		const held = this.held;
		this.held = [];
		for (const { doc, text } of held) this.collect(doc, tokensOf(text), common);
		return common;
	}

	private collect(doc: number, tokens: ArticleTokens, common: ReadonlySet<string>): void {
		this.collector.add(doc, tokens, common);
		if (this.collector.articles >= this.segmentArticles) this.write();
	}

	private write(): void {
		if (!this.collector.empty) this.flush(this.collector.segment(this.buckets));
		this.collector = new PairCollector();
	}

	/** Writes the last segment; the common words (chosen now, for a corpus smaller than the sample). */
	finish(): Set<string> {
		const common = this.common ?? this.settle();
		this.write();
		return common;
	}
}
