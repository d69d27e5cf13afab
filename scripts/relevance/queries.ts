/**
 * Judged queries for a relevance corpus, and their right answers worked out by reading the
 * articles' words directly (never by asking a search engine):
 *  - known-item queries of five kinds, whose right answer is the planted article;
 *  - phrase and boolean queries, whose right answer is every article that satisfies them.
 */
import type { Article } from '../../src/lib/corpus/types';
import { tokenize } from '../../src/lib/search/tokens';
import { seededRandom } from '../../src/lib/synth/generate';
import type { PlantedItem } from './corpus';

export const KNOWN_ITEM_KINDS = ['rare word', 'rare + typo', 'headline words', 'headline + typo', 'two words'] as const;
export const SET_KINDS = ['phrase', 'boolean'] as const;
export type Kind = (typeof KNOWN_ITEM_KINDS)[number] | (typeof SET_KINDS)[number];

export interface JudgedQuery {
	kind: Kind;
	query: string;
	/** The words of the query as a structure other engines can be given. */
	plan: Plan;
	/** Indices of the right articles: one for a known item, the whole answer set otherwise. */
	relevant: number[];
}

/** A query's meaning, for engines with their own syntax. */
export type Plan = { words: string[] } | { phrase: string[] } | { or: string[][]; not?: string[] };

const KEYS = 'qwertyuiopasdfghjklzxcvbnm';

/** One typing slip in a word (a swapped pair, a dropped, doubled or wrong letter), never in its first letter. */
export function typo(word: string, rand: () => number): string {
	const at = 1 + Math.floor(rand() * (word.length - 2));
	const kind = Math.floor(rand() * 4);
	if (kind === 0) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
	if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
	if (kind === 2) return word.slice(0, at) + word[at] + word.slice(at);
	let c = word[at];
	while (c.toLowerCase() === word[at].toLowerCase()) c = KEYS[Math.floor(rand() * KEYS.length)];
	return word.slice(0, at) + c + word.slice(at + 1);
}

/** Each article's words as a set, and as the token runs of each field for phrases. */
function readArticles(articles: Article[]) {
	return articles.map((a) => {
		const runs = [a.title, ...a.paragraphs, a.dateline?.place ?? ''].map((t) => tokenize(t));
		return { runs, words: new Set(runs.flat()), titleWords: new Set(tokenize(a.title)) };
	});
}

function hasPhrase(runs: string[][], phrase: string[]): boolean {
	return runs.some((run) => {
		for (let i = 0; i + phrase.length <= run.length; i++) if (phrase.every((w, k) => run[i + k] === w)) return true;
		return false;
	});
}

/** Edits between two words (optimal string alignment), written out here so the judge shares no code with the engine. */
function distance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	return d[a.length][b.length];
}

function closerElsewhere(slip: string, word: string, vocabulary: Map<string, number>): boolean {
	const s = slip.toLowerCase();
	const own = distance(s, word.toLowerCase());
	for (const w of vocabulary.keys())
		if (w !== word.toLowerCase() && Math.abs(w.length - s.length) <= own && distance(s, w) <= own) return true;
	return false;
}

export function judgedQueries(articles: Article[], planted: PlantedItem[], seed = 5): JudgedQuery[] {
	const rand = seededRandom(seed);
	const read = readArticles(articles);
	const byFile = new Map(articles.map((a, i) => [a.file, i]));
	const out: JudgedQuery[] = [];
	const df = new Map<string, number>();
	for (const r of read) for (const w of r.words) df.set(w, (df.get(w) ?? 0) + 1);

	for (const item of planted) {
		const target = byFile.get(item.file);
		if (target === undefined) continue;
		const title = tokenize(articles[target].title).filter((w) => w.length >= 4 && !/\d/.test(w));
		const rare = item.rare;
		out.push({ kind: 'rare word', query: rare, plan: { words: [rare.toLowerCase()] }, relevant: [target] });
		// A slip that lands as close to another corpus word as to the name would be no known item.
		let slip = typo(rare, rand);
		for (let tries = 0; tries < 20 && closerElsewhere(slip, rare, df); tries++) slip = typo(rare, rand);
		out.push({ kind: 'rare + typo', query: slip, plan: { words: [slip.toLowerCase()] }, relevant: [target] });
		if (title.length >= 3) {
			// Three headline words, in order: a known item only if no other headline has all three.
			const start = Math.floor(rand() * (title.length - 2));
			const three = title.slice(start, start + 3);
			const ambiguous = read.some((r, i) => i !== target && three.every((w) => r.titleWords.has(w)));
			if (!ambiguous) {
				out.push({ kind: 'headline words', query: three.join(' '), plan: { words: three }, relevant: [target] });
				const longest = three.reduce((a, b) => (b.length > a.length ? b : a));
				const slipped = three.map((w) => (w === longest ? typo(w, rand) : w));
				out.push({ kind: 'headline + typo', query: slipped.join(' '), plan: { words: slipped }, relevant: [target] });
			}
		}
		if (title.length) {
			const word = title[Math.floor(rand() * title.length)];
			out.push({ kind: 'two words', query: `${rare} ${word}`, plan: { words: [rare.toLowerCase(), word] }, relevant: [target] });
		}
	}

	// Phrases: two or three adjacent words from a random article's text, answered by scanning every article.
	for (let k = 0; k < 60; k++) {
		const a = read[Math.floor(rand() * read.length)];
		const run = a.runs[1 + Math.floor(rand() * Math.max(1, a.runs.length - 2))] ?? a.runs[0];
		if (run.length < 4) continue;
		const len = 2 + Math.floor(rand() * 2);
		const at = Math.floor(rand() * (run.length - len));
		const phrase = run.slice(at, at + len);
		const relevant = read.flatMap((r, i) => (hasPhrase(r.runs, phrase) ? [i] : []));
		out.push({ kind: 'phrase', query: `"${phrase.join(' ')}"`, plan: { phrase }, relevant });
	}

	// Boolean: (a OR b) c NOT d over words of middling frequency, answered from the word sets.
	const middling = [...df].filter(([w, n]) => n > 5 && n < articles.length / 5 && w.length >= 4 && !/\d/.test(w)).map(([w]) => w);
	const any = () => middling[Math.floor(rand() * middling.length)];
	for (let k = 0; k < 60 && middling.length > 4; k++) {
		const [a, b, c, d] = [any(), any(), any(), any()];
		const shapes: [string, Plan, (s: Set<string>) => boolean][] = [
			[`${a} OR ${b}`, { or: [[a], [b]] }, (s) => s.has(a) || s.has(b)],
			[
				`(${a} OR ${b}) AND ${c}`,
				{
					or: [
						[a, c],
						[b, c]
					]
				},
				(s) => (s.has(a) || s.has(b)) && s.has(c)
			],
			[`(${a} OR ${b}) NOT ${d}`, { or: [[a], [b]], not: [d] }, (s) => (s.has(a) || s.has(b)) && !s.has(d)],
			[`${a} AND ${c} -${d}`, { or: [[a, c]], not: [d] }, (s) => s.has(a) && s.has(c) && !s.has(d)]
		];
		const [query, plan, test] = shapes[k % shapes.length];
		out.push({ kind: 'boolean', query, plan, relevant: read.flatMap((r, i) => (test(r.words) ? [i] : [])) });
	}
	return out;
}
