import { utcDay, utcMonday, utcMonth, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { countDays, type DayCounts } from '../corpus/day';

export type { DayCounts };

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
export function daySpan(days: Iterable<string>): DayRange | null {
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
 * Bins for one set of day counts (the corpus; days as countDays writes them, YYYY-MM-DD):
 * contiguous, empty bins included, spanning the days or `range` (inclusive; days outside it,
 * and keys that are not dates, are left out). Made once per corpus, it then
 * counts any subset of those days (the current matches) into the same bins without redoing the rest.
 */
export class Binner {
	private skeleton: Bin[] = [];
	/** Day → index of its bin, or -1 when outside the span. */
	private binOf = new Map<string, number>();

	constructor(allDays: DayCounts, interval: Interval, range?: DayRange) {
		const span = range ?? daySpan(allDays.keys());
		if (!span) return;
		const unit = INTERVALS[interval];
		const first = dayToDate(span.from);
		const last = dayToDate(span.to);
		if (!first || !last || first > last) return;
		this.skeleton = unit.range(unit.floor(first), utcDay.offset(last, 1)).map((date) => ({
			start: dateToDay(date),
			end: dateToDay(unit.offset(date, 1)),
			all: 0,
			matches: 0
		}));
		// Each day is placed once, by a binary search of the bins' first days (YYYY-MM-DD strings
		// sort as the dates do).
		const starts = this.skeleton.map((b) => b.start);
		for (const [day, count] of allDays) {
			const index = day >= span.from && day <= span.to && DAY_PATTERN.test(day) ? lastAtOrBefore(starts, day) : -1;
			this.binOf.set(day, index);
			if (index >= 0) this.skeleton[index].all += count;
		}
	}

	/** The bins with `matchDays` (counts of days of the corpus) counted as matches; 'all' when every article matches. */
	withMatches(matchDays: DayCounts | 'all'): Bin[] {
		if (matchDays === 'all') return this.skeleton.map((b) => ({ ...b, matches: b.all }));
		const matches = new Float64Array(this.skeleton.length);
		for (const [raw, count] of matchDays) {
			const index = this.binOf.get(raw) ?? -1;
			if (index >= 0) matches[index] += count;
		}
		return this.skeleton.map((b, i) => ({ ...b, matches: matches[i] }));
	}
}

/** The timeline's bins as it draws them: the corpus's with the matches, and each compared query's. */
export function binTimeline(
	allDays: DayCounts,
	matchDays: DayCounts | 'all',
	compared: readonly { label: string; days: DayCounts }[]
): { interval: Interval; bins: Bin[]; lines: { label: string; bins: Bin[] }[] } {
	const span = daySpan(allDays.keys());
	const interval = span ? chooseInterval(span.from, span.to) : 'day';
	const binner = new Binner(allDays, interval, span ?? undefined);
	return {
		interval,
		bins: binner.withMatches(matchDays),
		lines: compared.length > 1 ? compared.map((s) => ({ label: s.label, bins: binner.withMatches(s.days) })) : []
	};
}

/** Index of the last of the sorted `keys` that is at most `key` (-1 when none is). */
function lastAtOrBefore(keys: readonly string[], key: string): number {
	let lo = 0;
	let hi = keys.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (keys[mid] <= key) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}

/** Counts days into bins (see Binner): `matchDays` must be among `allDays`. */
export function binDays(allDays: readonly string[], matchDays: readonly string[], interval: Interval, range?: DayRange): Bin[] {
	return new Binner(countDays(allDays), interval, range).withMatches(countDays(matchDays));
}

/**
 * A bin's matching articles as a share of all its articles (0 to 1), or null for a bin with no
 * articles: a month with twice as many captures is not twice the attention.
 */
export function shareOf(bin: Bin): number | null {
	return bin.all > 0 ? bin.matches / bin.all : null;
}

/** A share as people read it: "3.5%", "100%", "0.04%"; a dash where there is none. */
export function formatShare(share: number | null): string {
	if (share === null) return '–';
	const percent = share * 100;
	if (percent === 0 || percent === 100) return `${percent}%`;
	return `${percent < 0.1 ? percent.toPrecision(1) : percent < 10 ? percent.toFixed(1) : percent.toFixed(0)}%`;
}

/**
 * A period of days named as its bin would be: "2019-09-13", "Week of 2019-09-09" (Monday to
 * Sunday), "September 2019" (a whole month), else "2019-09-13 to 2019-10-02".
 */
export function periodLabel(from: string, to: string): string {
	if (from === to) return from;
	const first = dayToDate(from);
	const last = dayToDate(to);
	if (!first || !last) return `${from} to ${to}`;
	const next = utcDay.offset(last, 1);
	if (+utcMonth.floor(first) === +first && +utcMonth.offset(first, 1) === +next) return formatMonth(first);
	if (+utcMonday.floor(first) === +first && +utcMonday.offset(first, 1) === +next) return `Week of ${from}`;
	return `${from} to ${to}`;
}

/** How a bin is named to readers: "2019-09-13", "Week of 2019-09-09", "September 2019". */
export function binLabel(bin: Bin, interval: Interval): string {
	if (interval === 'day') return bin.start;
	if (interval === 'week') return `Week of ${bin.start}`;
	const date = dayToDate(bin.start);
	return date ? formatMonth(date) : bin.start;
}
