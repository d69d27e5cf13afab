import { utcDay, utcMonday, utcMonth, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

/**
 * Time bins for the timeline. Days are the publication's local calendar dates ("2019-09-13"),
 * so every date here is a UTC midnight built from the day string: binning then never depends
 * on the reader's time zone, and a story stamped 00:31 stays on its printed day.
 */

export type Interval = 'day' | 'week' | 'month';

export interface Bin {
	/** First day in the bin, YYYY-MM-DD. */
	start: string;
	/** Day after the last day in the bin (exclusive), YYYY-MM-DD. */
	end: string;
	all: number;
	matches: number;
}

export interface DayRange {
	from: string;
	to: string;
}

/** Longest span, in days, still readable as one bar per day. */
const MAX_DAYS_BY_DAY = 120;
/** Longest span, in days, still readable as one bar per week (about three years). */
const MAX_DAYS_BY_WEEK = 3 * 365 + 1;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

// Weeks start on Monday, as ISO 8601 and most newsrooms count them.
const INTERVALS: Record<Interval, CountableTimeInterval> = {
	day: utcDay,
	week: utcMonday,
	month: utcMonth
};

const formatMonth = utcFormat('%B %Y');

/** UTC midnight of a `YYYY-MM-DD...` string, or null when it does not start with a date. */
export function dayToDate(day: string): Date | null {
	const m = DAY_PATTERN.exec(day);
	if (!m) return null;
	const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return Number.isNaN(date.getTime()) ? null : date;
}

export function dateToDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The day before `day`: turns a bin's exclusive end into the last day it holds. */
export function previousDay(day: string): string {
	const date = dayToDate(day);
	return date ? dateToDay(utcDay.offset(date, -1)) : day;
}

/** Earliest and latest valid day; string order is date order for YYYY-MM-DD. */
export function daySpan(days: string[]): DayRange | null {
	let from: string | null = null;
	let to: string | null = null;
	for (const raw of days) {
		if (!DAY_PATTERN.test(raw)) continue;
		const day = raw.slice(0, 10);
		if (from === null || day < from) from = day;
		if (to === null || day > to) to = day;
	}
	return from === null || to === null ? null : { from, to };
}

export function chooseInterval(firstDay: string, lastDay: string): Interval {
	const first = dayToDate(firstDay);
	const last = dayToDate(lastDay);
	if (!first || !last) return 'day';
	const days = Math.abs(utcDay.count(first, last));
	if (days <= MAX_DAYS_BY_DAY) return 'day';
	if (days <= MAX_DAYS_BY_WEEK) return 'week';
	return 'month';
}

/**
 * Counts days into contiguous bins (empty bins included) spanning the corpus, or `range`
 * (inclusive days) when given, in which case days outside it are left out.
 */
export function binDays(
	allDays: string[],
	matchDays: string[],
	interval: Interval,
	range?: DayRange
): Bin[] {
	const span = range ?? daySpan(allDays);
	if (!span) return [];
	const unit = INTERVALS[interval];
	const first = dayToDate(span.from);
	const last = dayToDate(span.to);
	if (!first || !last || first > last) return [];

	// A corpus has far fewer distinct days than articles, so each day is floored only once.
	const startOf = new Map<string, string | null>();
	const binStart = (raw: string): string | null => {
		const day = raw.slice(0, 10);
		let start = startOf.get(day);
		if (start === undefined) {
			const date = day >= span.from && day <= span.to ? dayToDate(day) : null;
			start = date ? dateToDay(unit.floor(date)) : null;
			startOf.set(day, start);
		}
		return start;
	};

	const counts = new Map<string, { all: number; matches: number }>();
	const tally = (days: string[], key: 'all' | 'matches') => {
		for (const day of days) {
			const start = binStart(day);
			if (start === null) continue;
			const count = counts.get(start);
			if (count) count[key] += 1;
			else counts.set(start, { all: 0, matches: 0, [key]: 1 });
		}
	};
	tally(allDays, 'all');
	tally(matchDays, 'matches');

	return unit.range(unit.floor(first), utcDay.offset(last, 1)).map((date) => {
		const start = dateToDay(date);
		const count = counts.get(start);
		return {
			start,
			end: dateToDay(unit.offset(date, 1)),
			all: count?.all ?? 0,
			matches: count?.matches ?? 0
		};
	});
}

/** How a bin is named to readers: "2019-09-13", "Week of 2019-09-09", "September 2019". */
export function binLabel(bin: Bin, interval: Interval): string {
	if (interval === 'day') return bin.start;
	if (interval === 'week') return `Week of ${bin.start}`;
	const date = dayToDate(bin.start);
	return date ? formatMonth(date) : bin.start;
}
