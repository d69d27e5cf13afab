/**
 * News codes against publication time. Agencies such as IRNA and Mehr number their stories in
 * the order they file them, so a story's code and its stamp rise together. A story whose stamp
 * is far from those of the stories numbered next to it was re-dated or republished; long runs
 * of codes with no story are what a capture may be missing. Codes are read per sequence (one
 * outlet's site, else one agency), since two outlets' codes say nothing of each other.
 */

export interface CodedArticle {
	newsCode: string | null;
	publishedAt: string | null;
	url: string | null;
	dateline: { agency: string | null } | null;
}

const NUMBER = /^\d{1,15}$/;
/** A URL's scheme and host ("https://en.irna.ir"), the host alone in group 1. */
export const URL_HOST = /^https?:\/\/([^/?#]+)/i;

/** The outlet a code belongs to: its URL's host ("en.irna.ir"), else its agency. */
export function sequenceName(a: CodedArticle): string {
	const host = a.url ? URL_HOST.exec(a.url)?.[1] : undefined;
	return host ? host.toLowerCase() : (a.dateline?.agency ?? 'news codes');
}

/** An article's news code as a number, given its stamp (see stampTime): NaN unless both are there and the code is all digits. */
export function newsCodeOf(a: CodedArticle, time: number): number {
	return a.newsCode && !Number.isNaN(time) && NUMBER.test(a.newsCode) ? Number(a.newsCode) : NaN;
}

/** Neighbours on each side whose stamps a story's is compared with. */
export const NEIGHBOURS = 25;
/**
 * A story is out of order when most of the NEIGHBOURS numbered after it were stamped more than
 * TOLERANCE_DAYS before it (it was re-dated or published again later), or most of those
 * numbered before it more than TOLERANCE_DAYS after it (stamped earlier than filed). Votes of
 * neighbours, not a distance from their median: in a sparse capture, where 25 neighbours span
 * months, a story at the edge of its window is still in order with each of them.
 */
export const TOLERANCE_DAYS = 2;
/** Neighbours on the side that disagrees needed at the least, and the share of them. */
const MIN_VOTES = 5;
const VOTE_SHARE = 0.5;
const DAY_MS = 86_400_000;

export interface CodeSequence {
	/** The outlet's site ("en.irna.ir"), else its agency, else "news codes". */
	name: string;
	/** Article indices, by code. */
	order: Int32Array;
	codes: Float64Array;
	/** Publication time as printed, in milliseconds (read as UTC: only order and distance matter). */
	times: Float64Array;
	/** The median stamp of the NEIGHBOURS numbered on each side (the story's own included). */
	expected: Float64Array;
	/** 1 where the story is out of order with its neighbours (see TOLERANCE_DAYS). */
	flagged: Uint8Array;
}

/** The digits of `text` from `at` to `at + n - 1` as a number, or NaN. */
function digits(text: string, at: number, n: number): number {
	let v = 0;
	for (let i = at; i < at + n; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return NaN;
		v = v * 10 + d;
	}
	return v;
}

/** A stamp's year and month as one number (year × 12 + month - 1), or NaN: what bylines count by. */
export function stampMonth(publishedAt: string | null): number {
	if (!publishedAt || publishedAt.charCodeAt(4) !== 45) return NaN;
	const m = digits(publishedAt, 5, 2);
	return m >= 1 && m <= 12 ? digits(publishedAt, 0, 4) * 12 + m - 1 : NaN;
}

/** A month number of stampMonth as bylines list it: "2021-04". */
export function monthLabel(month: number): string {
	return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/**
 * A stamp as milliseconds, or NaN: "2019-09-13T09:57", "2021-04-12" (read as noon), an offset
 * ignored. Read from its digits, not parsed as text: 100,000 stamps are read in milliseconds.
 */
export function stampTime(publishedAt: string | null): number {
	if (!publishedAt || publishedAt.charCodeAt(7) !== 45) return NaN;
	const month = stampMonth(publishedAt);
	const d = digits(publishedAt, 8, 2);
	if (Number.isNaN(month) || !(d >= 1 && d <= 31)) return NaN;
	const clock = publishedAt.length >= 16 && publishedAt.charCodeAt(10) === 84 && publishedAt.charCodeAt(13) === 58;
	const hh = clock ? digits(publishedAt, 11, 2) : 12;
	const mm = clock ? digits(publishedAt, 14, 2) : 0;
	// A clock of digits that is no time is no stamp; one that is not digits is no clock (noon).
	if (clock && !(hh <= 23 && mm <= 59)) return Number.isNaN(hh) || Number.isNaN(mm) ? stampTime(publishedAt.slice(0, 10)) : NaN;
	const time = Date.UTC(Math.floor(month / 12), month % 12, d, hh, mm);
	// Date.UTC rolls 30 February over into March: such a day is not a day.
	return new Date(time).getUTCDate() === d ? time : NaN;
}

/** A stamp in milliseconds as the views and their files print it: "2019-09-13 09:57". */
export function formatStamp(ms: number): string {
	return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The median stamp of each position's window of 2 × NEIGHBOURS + 1 stories by code (its own
 * included), one sorted window slid along. Near either end the window stops at the end rather
 * than shrinking.
 */
function slidingMedian(times: Float64Array): Float64Array {
	const n = times.length;
	const size = Math.min(n, 2 * NEIGHBOURS + 1);
	const median = new Float64Array(n);
	// One more than a window: the next stamp goes in before the oldest leaves.
	const win = new Float64Array(size + 1);
	let count = 0;
	const find = (t: number) => {
		let lo = 0;
		let hi = count;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (win[mid] < t) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	for (let i = 0; i < size; i++) {
		const at = find(times[i]);
		win.copyWithin(at + 1, at, count++);
		win[at] = times[i];
	}
	// Window k covers stories k to k + size - 1; story i is judged by window clamp(i - NEIGHBOURS).
	const last = n - size;
	for (let k = 0; k <= last; k++) {
		const m = count % 2 ? win[count >> 1] : (win[count / 2 - 1] + win[count / 2]) / 2;
		for (let i = k === 0 ? 0 : k + NEIGHBOURS; i <= (k === last ? n - 1 : k + NEIGHBOURS); i++) median[i] = m;
		if (k === last) break;
		const t = times[k + size];
		let at = find(t);
		win.copyWithin(at + 1, at, count++);
		win[at] = t;
		at = find(times[k]);
		win.copyWithin(at, at + 1, count--);
	}
	return median;
}

/** Whether the story at position `p` is out of order with its neighbours (see TOLERANCE_DAYS). */
function outOfOrderAt(times: Float64Array, p: number): boolean {
	const t = times[p];
	const tol = TOLERANCE_DAYS * DAY_MS;
	const n = times.length;
	let after = 0;
	let afterVotes = 0;
	for (let q = p + 1; q < Math.min(n, p + 1 + NEIGHBOURS); q++, after++) if (times[q] < t - tol) afterVotes++;
	let before = 0;
	let beforeVotes = 0;
	for (let q = p - 1; q >= Math.max(0, p - NEIGHBOURS); q--, before++) if (times[q] > t + tol) beforeVotes++;
	const carries = (votes: number, of: number) => votes >= MIN_VOTES && votes >= VOTE_SHARE * of;
	return carries(afterVotes, after) || carries(beforeVotes, before);
}

/**
 * `list` (ascending article indices) ordered by code, ties in list order. Where a code and a
 * list position fit in one double together, they are packed and sorted natively, without a
 * comparator: 100,000 stories in a few milliseconds.
 */
function byCode(list: number[], code: (i: number) => number): Int32Array {
	const codes = list.map(code);
	const pack = 2 ** Math.ceil(Math.log2(list.length + 1));
	if (codes.every((c) => c < Number.MAX_SAFE_INTEGER / pack)) {
		const packed = Float64Array.from(codes, (c, k) => c * pack + k).sort();
		return Int32Array.from(packed, (v) => list[v % pack]);
	}
	return Int32Array.from(list.keys())
		.sort((x, y) => codes[x] - codes[y] || x - y)
		.map((k) => list[k]);
}

/** What the sequences are read from: the articles' columns (see columns.ts). */
export interface SequenceColumns {
	size: number;
	sequences: { list: string[] };
	sequenceAt: Int32Array;
	code: Float64Array;
	time: Float64Array;
}

/** The sequence `id` of the columns (see columns.ts): its stories by code, their stamps, medians and flags. */
export function codeSequence(c: SequenceColumns, id: number): CodeSequence {
	const list: number[] = [];
	for (let i = 0; i < c.size; i++) if (c.sequenceAt[i] === id) list.push(i);
	const order = byCode(list, (i) => c.code[i]);
	const codes = Float64Array.from(order, (i) => c.code[i]);
	const times = Float64Array.from(order, (i) => c.time[i]);
	const flagged = new Uint8Array(order.length);
	for (let p = 0; p < order.length; p++) flagged[p] = outOfOrderAt(times, p) ? 1 : 0;
	return { name: c.sequences.list[id], order, codes, times, expected: slidingMedian(times), flagged };
}

/** Every code sequence of the columns, largest first. */
export function codeSequences(c: SequenceColumns): CodeSequence[] {
	return c.sequences.list.map((_, id) => codeSequence(c, id)).sort((x, y) => y.order.length - x.order.length);
}

/** A story whose stamp strays from its neighbours' median (see TOLERANCE_DAYS). */
export interface OutOfOrder {
	index: number;
	code: number;
	time: number;
	expected: number;
}

export interface CodeGap {
	/** The last code held before the run and the first after it. */
	before: number;
	after: number;
	missing: number;
	/** Their stamps (ms). */
	beforeTime: number;
	afterTime: number;
}

export interface CodeReport {
	name: string;
	/** Stories of the sequence in the period. */
	stories: number;
	first: number;
	last: number;
	/** Codes from the first to the last, and how many of them a story holds. */
	span: number;
	held: number;
	/** The longest runs with no story, longest first. */
	gaps: CodeGap[];
	outOfOrder: OutOfOrder[];
	/** Positions (into the sequence) in the period, by code. */
	positions: Int32Array;
}

/** How many of the longest gaps a report lists. */
const GAPS_LISTED = 5;

/**
 * A sequence's codes among the stories published from `from` to `to` (days, inclusive; null:
 * open). Null when none is in the period.
 */
export function codeReport(seq: CodeSequence, from: string | null, to: string | null): CodeReport | null {
	const lo = from ? Date.parse(`${from}T00:00:00Z`) : -Infinity;
	const hi = to ? Date.parse(`${to}T00:00:00Z`) + DAY_MS : Infinity;
	const at: number[] = [];
	for (let p = 0; p < seq.times.length; p++) if (seq.times[p] >= lo && seq.times[p] < hi) at.push(p);
	if (!at.length) return null;
	const positions = Int32Array.from(at);
	let held = 0;
	// The longest runs so far, longest first: GAPS_LISTED at most, not one per gap.
	const gaps: CodeGap[] = [];
	const outOfOrder: OutOfOrder[] = [];
	for (let k = 0; k < positions.length; k++) {
		const p = positions[k];
		if (k === 0 || seq.codes[p] !== seq.codes[positions[k - 1]]) held++;
		if (k > 0) {
			const q = positions[k - 1];
			const missing = seq.codes[p] - seq.codes[q] - 1;
			if (missing > 0 && (gaps.length < GAPS_LISTED || missing > gaps[gaps.length - 1].missing)) {
				gaps.push({ before: seq.codes[q], after: seq.codes[p], missing, beforeTime: seq.times[q], afterTime: seq.times[p] });
				gaps.sort((x, y) => y.missing - x.missing || x.before - y.before);
				if (gaps.length > GAPS_LISTED) gaps.pop();
			}
		}
		if (seq.flagged[p]) outOfOrder.push({ index: seq.order[p], code: seq.codes[p], time: seq.times[p], expected: seq.expected[p] });
	}
	const first = seq.codes[positions[0]];
	const last = seq.codes[positions[positions.length - 1]];
	return {
		name: seq.name,
		stories: positions.length,
		first,
		last,
		span: last - first + 1,
		held,
		gaps,
		outOfOrder,
		positions
	};
}
