/**
 * The publication date among the stamps a page prints: the one beside the headline, the
 * byline or the dateline, not a clock in the page's header printed on the day of the capture;
 * else the dateline's own date when it states a year. A date without a year is never
 * completed by a guess: no date, and a warning that says why.
 */
import { splitDateline } from './dateline';
import { parseDateStamp } from './dates';
import { creditedDate } from './credits';
import type { LineKind } from './furniture';

import { FAR_STAMP, stampDistance, type Head } from './head';
import type { Line } from './lines';
import { comparisonKey, wordsUpTo } from './text';
import type { PrintedDateline } from './types';

/** Lines at a story's end read for a wire's credit with its date. */
const CREDIT_LINES = 12;

export interface DateChoice {
	iso: string | null;
	warning: string | null;
}

export function chooseDate(lines: Line[], kinds: LineKind[], head: Head, dateline: PrintedDateline | null): DateChoice {
	const titleKey = head.title ? comparisonKey(head.title) : '';
	let best: { iso: string; distance: number } | null = null;
	let yearless: string | null = null;
	// Stamps above the article's opening paragraph (a deck may stand between it and the headline),
	// or in the short lines right after an opening that is a standfirst; the nearest the headline;
	// of equals, the later (nearer the headline above it, or beside the byline below it).
	for (let i = 0; i < stampsEnd(lines, kinds, head); i++) {
		const kind = kinds[i];
		if (kind.kind === 'yearless') yearless ??= kind.text;
		if (kind.kind !== 'date') continue;
		const distance = stampDistance(i, head.titleLine, lines, kinds, titleKey);
		if (!best || distance <= best.distance) best = { iso: kind.iso, distance };
	}
	if (best && best.distance < FAR_STAMP) return { iso: best.iso, warning: null };
	const fromDateline = dateline?.date ? parseDateStamp(dateline.date) : null;
	if (fromDateline) return { iso: fromDateline.iso, warning: 'publication date taken from the dateline' };
	// A wire's credit at the story's end may print the day: "(Xinhua News Agency August 23, 2004)".
	for (let i = lines.length - 1; i >= Math.max(head.start, lines.length - CREDIT_LINES); i--) {
		const credited = creditedDate(lines[i].text);
		if (credited) return { iso: credited, warning: "publication date taken from the wire's credit at the end" };
	}
	const reasons: string[] = [];
	const noYear = yearless ?? dateline?.date ?? null;
	if (noYear) reasons.push(`"${noYear}" is printed without a year`);
	if (best) {
		reasons.push(
			`the only full stamp (${best.iso.slice(0, 10)}) stands at the top of the page, away from the headline: likely the site's clock on the day of the capture`
		);
	}
	return { iso: null, warning: reasons.length ? `no publication date found: ${reasons.join('; ')}` : 'no publication date found' };
}

/** An opening paragraph this short may be a standfirst, with the stamp and a photo's caption below it. */
const STANDFIRST_WORDS = 40;
/** Lines after a standfirst searched for the stamp, below a photo's caption or credit. */
const AFTER_STANDFIRST = 3;

/** Where the search for stamps ends: the article's opening, or a few short lines past a short one. */
function stampsEnd(lines: Line[], kinds: LineKind[], head: Head): number {
	let end = Math.max(head.bodyStart, head.start);
	// An opening with a dateline is the text itself, not a standfirst.
	if (end >= lines.length || wordsUpTo(lines[end].text, STANDFIRST_WORDS) > STANDFIRST_WORDS || splitDateline(lines[end].text)) return end;
	const limit = Math.min(lines.length, end + 1 + AFTER_STANDFIRST);
	// A photo's caption or credit (page furniture) stands between: a date line of the text itself has none.
	let furniture = false;
	for (let k = end + 1; k < limit && (kinds[k].kind !== 'text' || wordsUpTo(lines[k].text, STANDFIRST_WORDS) <= STANDFIRST_WORDS); k++) {
		if (kinds[k].kind === 'date' && furniture) end = k + 1;
		else if (kinds[k].kind !== 'text' && kinds[k].kind !== 'date') furniture = true;
	}
	return end;
}
