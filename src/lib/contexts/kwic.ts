/**
 * Keyword in context: each place an article's text names the words a query matched, with the
 * text before and after it, as concordancers (Voyant's Contexts, AntConc) show it. Words the
 * query matched next to each other ("border market") are one keyword, so a phrase reads as one.
 */
import { wordsAt, type Token } from '../search/tokens';

export interface KwicLine {
	/** The article's index in the corpus, and its id. */
	index: number;
	id: string;
	/** Its place in the results as listed (0 first). */
	rank: number;
	/** The paragraph the keyword stands in (0 first) and where in it (a character offset). */
	paragraph: number;
	start: number;
	/** The text before the keyword (cut at a word, "…" where the paragraph goes on), the keyword, the text after. */
	left: string;
	key: string;
	right: string;
	/** The words nearest the keyword on each side, lower-cased, nearest first: what the lines sort by. */
	leftWords: string;
	rightWords: string;
}

/** Characters of context kept on each side of a keyword. */
export const CONTEXT_CHARS = 70;
/** Words on each side a line sorts by. */
const SORT_WORDS = 5;
/** Matched words side by side read as one keyword at most: a phrase is a few words, a capture repeating one word is not one keyword. */
export const MAX_KEY_WORDS = 8;
/** What may stand between two matched words that read as one keyword: spaces, a hyphen, an apostrophe. */
const JOINS = /^[\s\-'’]{1,3}$/u;

/** The text before `at`, at most CONTEXT_CHARS, starting on a word. */
function before(text: string, at: number): string {
	if (at <= CONTEXT_CHARS) return text.slice(0, at);
	const from = at - CONTEXT_CHARS;
	const space = text.indexOf(' ', from);
	return '…' + text.slice(space !== -1 && space < at ? space + 1 : from, at);
}

/** The text after `at`, at most CONTEXT_CHARS, ending on a word. */
function after(text: string, at: number): string {
	if (text.length - at <= CONTEXT_CHARS) return text.slice(at);
	const to = at + CONTEXT_CHARS;
	const space = text.lastIndexOf(' ', to);
	return text.slice(at, space > at ? space : to) + '…';
}

/**
 * The lines of one article (its index and id, and its `rank` in the results): every run of the
 * matched `words` in its paragraphs, in the order they stand. `tokens` are the paragraphs'
 * words, when the caller has them already (see readArticle).
 */
export function linesOf(
	paragraphs: readonly string[],
	words: ReadonlySet<string>,
	{ index, id, rank }: { index: number; id: string; rank: number },
	tokens: readonly Token[][] = paragraphs.map(wordsAt)
): KwicLine[] {
	const out: KwicLine[] = [];
	paragraphs.forEach((text, paragraph) => {
		const ts = tokens[paragraph];
		for (let k = 0; k < ts.length; k++) {
			if (!words.has(ts[k].word)) continue;
			let last = k;
			while (
				last + 1 < ts.length &&
				last - k + 1 < MAX_KEY_WORDS &&
				words.has(ts[last + 1].word) &&
				JOINS.test(text.slice(ts[last].end, ts[last + 1].start))
			)
				last++;
			const start = ts[k].start;
			const end = ts[last].end;
			out.push({
				index,
				id,
				rank,
				paragraph,
				start,
				left: before(text, start),
				key: text.slice(start, end),
				right: after(text, end),
				leftWords: ts
					.slice(Math.max(0, k - SORT_WORDS), k)
					.reverse()
					.map((t) => t.word)
					.join(' '),
				rightWords: ts
					.slice(last + 1, last + 1 + SORT_WORDS)
					.map((t) => t.word)
					.join(' ')
			});
			k = last;
		}
	});
	return out;
}

/** How the lines are listed: as the results are (then by place in the article), or by the words to the left or the right. */
export type KwicOrder = 'results' | 'left' | 'right';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The lines in `order`; lines that tie keep the results' order. */
export function sortLines(lines: readonly KwicLine[], order: KwicOrder): readonly KwicLine[] {
	const byPlace = (a: KwicLine, b: KwicLine) => a.rank - b.rank || a.paragraph - b.paragraph || a.start - b.start;
	// Read in the results' order, the lines are in it already.
	if (order === 'results') return lines;
	const side = order === 'left' ? 'leftWords' : 'rightWords';
	// Lines with no word on that side (a keyword that opens or closes its paragraph) come last.
	return [...lines].sort(
		(a, b) => Number(!a[side]) - Number(!b[side]) || collator.compare(a[side], b[side]) || collator.compare(a.key, b.key) || byPlace(a, b)
	);
}
