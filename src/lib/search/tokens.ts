/** Words as search sees them: lower-cased runs of letters, marks and digits (the highlighter finds them with this too). */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): string[] {
	return text.toLowerCase().match(WORD) ?? [];
}

/** Each distinct word of the texts once, in first-seen order. */
export function distinctTokens(texts: readonly string[]): string[] {
	const seen = new Set<string>();
	for (const t of texts) for (const w of tokenize(t)) seen.add(w);
	return [...seen];
}
