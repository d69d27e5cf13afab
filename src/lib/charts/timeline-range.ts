/**
 * The timeline's date range as the reader sets it: days typed as YYYY-MM-DD, bins picked with
 * the brush, and how far a handle moves by a large step.
 */
import { dateToDay, dayToDate, previousDay, type Bin, type DayRange, type Interval } from './bins';

/** Shift+arrow and Page Up/Down move a handle by a week of days, a month of weeks, a year of months. */
export const LARGE_STEP: Record<Interval, number> = { day: 7, week: 4, month: 12 };

/** A selected range; null leaves that end open (the start or the end of the corpus). */
export interface OpenRange {
	from: string | null;
	to: string | null;
}

/** A real calendar day written as YYYY-MM-DD (the empty string clears), or undefined. */
function readDay(raw: string): string | null | undefined {
	const value = raw.trim();
	if (!value) return null;
	const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayToDate(value) : null;
	return date && dateToDay(date) === value ? value : undefined;
}

/**
 * The range once `raw` is typed as its `end`, or undefined when `raw` is not a day. The other end
 * follows when it would be crossed, but only by a day inside the corpus's `span`: a date input
 * reports each keystroke of a year (0002, 0020 …), and those must not drag it along.
 */
export function typedRange(end: 'from' | 'to', raw: string, range: OpenRange, span: DayRange | null): OpenRange | undefined {
	const next = readDay(raw);
	if (next === undefined) return undefined;
	const inSpan = !!next && !!span && next >= span.from && next <= span.to;
	if (end === 'from') return { from: next, to: next && range.to && next > range.to && inSpan ? next : range.to };
	return { from: next && range.from && next < range.from && inSpan ? next : range.from, to: next };
}

/** The days of bins `first` to `last` as brushed; a range touching an end of the corpus stays open there. */
export function brushedRange(bins: readonly Bin[], first: number, last: number): OpenRange {
	return { from: first <= 0 ? null : bins[first].start, to: last >= bins.length - 1 ? null : previousDay(bins[last].end) };
}
