/**
 * "Did you mean …": for a query word that matches nothing, the corpus words most like it.
 * Fuse.js scores the likeness (its Bitap score rewards a shared start and order, so
 * "Kirgizstan" finds "kyrgyzstan" and "Kyrgyzst" finds "kyrgyzstan"); only words of a
 * similar length and letter set are offered to it, which keeps it to a few milliseconds
 * on a large vocabulary. More frequent words win ties.
 */
import Fuse from 'fuse.js';
import type { Vocabulary } from './words';

/** Suggestions offered per word. */
const SUGGESTIONS = 3;
/** Fuse's cut-off for a suggestion: looser than matching, since the word found nothing. */
const SUGGEST_THRESHOLD = 0.45;
/** Letters more or fewer, and distinct letters missing, that a suggestion may have. */
const LENGTH_SLACK = { shorter: 3, longer: 6 };
const LETTERS_MISSING = 3;
/** Candidates handed to Fuse at most, the most frequent kept. */
const MAX_CANDIDATES = 1500;

export function suggestWords(vocabulary: Vocabulary, word: string, volume: (word: number) => number): string[] {
	if (word.length < 3) return [];
	// In the vocabulary's order, as Fuse breaks its ties by it.
	let candidates = vocabulary
		.lettersLike(word, word.length - LENGTH_SLACK.shorter, word.length + LENGTH_SLACK.longer, LETTERS_MISSING, false)
		.filter((i) => !/\d/.test(vocabulary.words[i]))
		.sort((a, b) => a - b);
	if (candidates.length > MAX_CANDIDATES) candidates = candidates.sort((a, b) => volume(b) - volume(a)).slice(0, MAX_CANDIDATES);
	const fuse = new Fuse(
		candidates.map((i) => ({ i, w: vocabulary.words[i] })),
		{ keys: ['w'], includeScore: true, threshold: SUGGEST_THRESHOLD, distance: 20, minMatchCharLength: 2 }
	);
	return fuse
		.search(word)
		.map((r) => ({ word: r.item.w, score: Math.round((r.score ?? 1) * 20), volume: volume(r.item.i) }))
		.sort((a, b) => a.score - b.score || b.volume - a.volume)
		.slice(0, SUGGESTIONS)
		.map((s) => s.word);
}
