/**
 * The terms of one article, for the "Top terms" lists: names kept whole ("Mohammad Javad
 * Zarif", "United Nations": two to five capitalised words in a row), single words and two-word
 * phrases of the rest ("nuclear talks"), stopwords out. Words are read within a stretch of text
 * between punctuation marks, so no name or phrase spans a comma or a sentence's end.
 */
import { NAME_EDGES, STOPWORDS, TITLE_WORDS } from './stopwords';

/** How a term is keyed (lower case) and how it is shown (a name as printed). */
export interface TermCounts {
	/** Term key → times it occurs in the article. */
	counts: Map<string, number>;
	/** Term key → how it is printed, for names (keys of words and phrases are their display). */
	names: Map<string, string>;
}

const MAX_NAME_WORDS = 6;
const MIN_WORD_LENGTH = 3;
/** Stretches of text between punctuation; apostrophes and hyphens stay inside words. */
const STRETCH = /[^.,;:!?()[\]{}"“”‘«»|/\\—–…•·\n\t]+/g;
/** Words, and numbers: a number stands between words, so "oil 60 dollars" has no phrase "oil dollars". */
const WORD = /\p{L}[\p{L}\p{M}'’-]*|\p{N}[\p{N}.,]*/gu;
const UPPER = /^\p{Lu}/u;

const LETTER_FIRST = /^\p{L}/u;
// Checked for every word of the corpus at build time: plain character tests first, the Unicode
// classes only for what is not ASCII.
function capitalised(word: string): boolean {
	const c = word.charCodeAt(0);
	return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}
function plainWord(key: string): boolean {
	if (key.length < MIN_WORD_LENGTH || STOPWORDS.has(key)) return false;
	const first = key.charCodeAt(0);
	if (first < 128 ? first < 97 || first > 122 : !LETTER_FIRST.test(key)) return false;
	const last = key.charCodeAt(key.length - 1);
	// Not a word cut off at an apostrophe or a hyphen.
	return last !== 39 && last !== 45 && last !== 0x2019;
}
function keyOf(word: string): string {
	let key = word.toLowerCase();
	if (key.includes('’')) key = key.replace(/’/g, "'");
	return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/** A title in Title Case ("Zarif Meets Guterres In New York") says nothing of which words are names. */
function titleCased(title: string): boolean {
	const long = (title.match(WORD) ?? []).filter((w) => w.length >= 4);
	return long.length >= 3 && long.filter(capitalised).length / long.length >= 0.7;
}

/** Counts the terms of a title and paragraphs. */
export function articleTerms(title: string, paragraphs: readonly string[]): TermCounts {
	const counts = new Map<string, number>();
	const names = new Map<string, string>();
	const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
	const addName = (printed: string[]) => {
		const clean = printed.map((w) => w.replace(/['’]s$/, ''));
		const key = clean.join(' ').toLowerCase();
		add(key);
		if (!names.has(key)) names.set(key, clean.join(' '));
	};
	const texts = titleCased(title) ? [title.toLowerCase(), ...paragraphs] : [title, ...paragraphs];
	for (const text of texts) {
		for (const stretch of text.match(STRETCH) ?? []) {
			const words = stretch.match(WORD) ?? [];
			// The word before, for a two-word phrase; null after a name, a number or a stopword.
			let previous: string | null = null;
			let i = 0;
			while (i < words.length) {
				let end = i;
				while (end < words.length && capitalised(words[end])) end++;
				// A run of capitalised words, trimmed of "The", "of" … at its ends: a name when two to
				// MAX_NAME_WORDS are left, split after a leading title ("Foreign Minister").
				let from = i;
				let to = end;
				while (from < to && NAME_EDGES.has(words[from].toLowerCase())) from++;
				while (to > from && NAME_EDGES.has(words[to - 1].toLowerCase())) to--;
				if (to - from >= 2 && to - from <= MAX_NAME_WORDS) {
					let split = from;
					while (split < to && TITLE_WORDS.has(words[split].toLowerCase())) split++;
					if (split - from >= 2) addName(words.slice(from, split));
					if (to - split >= 2) addName(words.slice(split, to));
					else if (to - split === 1 && split - from < 2) addName(words.slice(from, to));
					else if (to - split === 1) countWord(words[split], null, split > 0);
					previous = null;
					i = end;
					continue;
				}
				// A single capitalised word, or a run too long to be a name: words of their own.
				const stop = Math.max(end, i + 1);
				for (; i < stop; i++) previous = countWord(words[i], previous, i > 0);
			}
		}
	}
	return { counts, names };

	/**
	 * Counts a word and the phrase it ends; returns what the next word pairs with. Phrases are
	 * of words printed in lower case: "Syria welcomed" is a name and a verb, not a phrase.
	 */
	function countWord(word: string, before: string | null = null, inside = true): string | null {
		const key = keyOf(word);
		if (!plainWord(key)) return null;
		add(key);
		if (!capitalised(word)) {
			if (before) add(`${before} ${key}`);
			return key;
		}
		// A capitalised word inside a stretch, not at a sentence's start, is printed so ("Tehran").
		if (inside && !names.has(key)) names.set(key, word.replace(/['’]s$/, ''));
		return null;
	}
}
