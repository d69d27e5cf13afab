/**
 * The publication date among the stamps a page prints: the one beside the headline, the
 * byline or the dateline, not a clock in the page's header printed on the day of the capture;
 * else the dateline's own date when it states a year. A date without a year is never
 * completed by a guess: no date, and a warning that says why.
 */
import { parseDateStamp } from './dates';
import { creditedDate } from './credits';
import type { LineKind } from './furniture';

import { FAR_STAMP, stampDistance, type Head } from './head';
import type { Line } from './lines';
import { comparisonKey } from './text';
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
	// the nearest the headline; of equals, one below it (beside the byline).
	for (let i = 0; i < Math.max(head.bodyStart, head.start); i++) {
		const kind = kinds[i];
		if (kind.kind === 'yearless') yearless ??= kind.text;
		if (kind.kind !== 'date') continue;
		const distance = stampDistance(i, head.titleLine, lines, kinds, titleKey);
		if (!best || distance < best.distance || (distance === best.distance && i > head.titleLine)) best = { iso: kind.iso, distance };
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
