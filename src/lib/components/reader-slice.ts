/**
 * How much of an article the reader draws at once. A news story is a few thousand characters;
 * an accepted capture can hold megabytes (a page saved whole, a 2 MB line without a break), and
 * drawing it all with its highlights would hold the page for seconds. The reader draws the first
 * READER_CHARS characters, cut at a space, and says how much more there is; the rest is drawn
 * only when the reader asks.
 */
export const READER_CHARS = 200_000;

export interface ReaderSlice {
	/** The paragraphs drawn: whole ones, then the start of the one the budget cut. */
	paragraphs: string[];
	/** Characters not drawn. */
	hidden: number;
}

/** The first `budget` characters of `paragraphs`, cut at a space where one is near. */
export function readerSlice(paragraphs: readonly string[], budget = READER_CHARS): ReaderSlice {
	const out: string[] = [];
	let left = budget;
	let hidden = 0;
	for (const p of paragraphs) {
		if (left <= 0) hidden += p.length;
		else if (p.length <= left) {
			out.push(p);
			left -= p.length;
		} else {
			const space = p.lastIndexOf(' ', left);
			const cut = space > left / 2 ? space : left;
			out.push(p.slice(0, cut));
			hidden += p.length - cut;
			left = 0;
		}
	}
	return { paragraphs: hidden ? out : [...paragraphs], hidden };
}
