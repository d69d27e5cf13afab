/** Words as search sees them: lower-cased runs of letters, marks and digits (the highlighter finds them with this too). */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A word of a text as search sees it (lower-cased), and where it stands. */
export interface Token {
	start: number;
	end: number;
	word: string;
}

/** The words of a text as search sees them, with where each stands. */
export function wordsAt(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() });
	return out;
}

export function tokenize(text: string): string[] {
	return text.toLowerCase().match(WORD) ?? [];
}

/** Each distinct word of the texts once, in first-seen order. */
export function distinctTokens(texts: readonly string[]): string[] {
	const seen = new Set<string>();
	for (const t of texts) for (const w of tokenize(t)) seen.add(w);
	return [...seen];
}
