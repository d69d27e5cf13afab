/**
 * A whole article saved on one line: "Headline here [04/مارس/2018] CAIRO, March 4 (Agency)-
 * First sentence ...". The line is split into headline, date and body where a dateline
 * stands inside it, so the rest of the parser reads it like any other page.
 */
import { splitDateline } from './dateline';
import { classifyLine, type LineKind } from './furniture';
import { headlineShaped } from './headline';
import type { Line } from './lines';

/** Only a line this long can hold a headline and a body. */
const MIN_CHARS = 120;
/** The dateline stands within this many characters of the line's start. */
const SEARCH_CHARS = 400;
const BRACKET_DATE = /\s*\[([^\]]{4,40})\]$/;

/** Splits the page's first long line in place when it runs headline, date and dateline together. */
export function splitOneLineArticle(lines: Line[], kinds: LineKind[]): void {
	const i = lines.findIndex((l, k) => kinds[k].kind === 'text' && l.text.length >= MIN_CHARS);
	if (i < 0 || splitDateline(lines[i].text)) return;
	const text = lines[i].text;
	const starts = /\s(?=\p{Lu})/gu;
	for (let m = starts.exec(text); m && m.index < SEARCH_CHARS; m = starts.exec(text)) {
		const split = splitDateline(text.slice(m.index + 1));
		if (!split || (!split.dateline.agency && !split.dateline.date) || !split.rest) continue;
		let headline = text.slice(0, m.index).trim();
		const bracket = headline.match(BRACKET_DATE);
		if (bracket) headline = headline.slice(0, bracket.index).trim();
		if (!headlineShaped(headline)) return;
		const added: Line[] = [{ text: headline, afterBlank: true }];
		if (bracket) added.push({ text: bracket[1].replace(/\//g, ' '), afterBlank: true });
		added.push({ text: text.slice(m.index + 1), afterBlank: true });
		lines.splice(i, 1, ...added);
		kinds.splice(i, 1, ...added.map((l) => classifyLine(l.text)));
		return;
	}
}
