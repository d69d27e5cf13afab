/**
 * Where the news-codes chart draws what: codes up the side, publication time along the bottom,
 * and every n-th story of the range with each flagged story over them.
 */
import { scaleLinear, scaleUtc, type ScaleLinear } from 'd3-scale';
import type { CodeReport, CodeSequence } from '../provenance/news-codes';

export const HEIGHT = 220;
export const MARGIN = { top: 10, right: 12, bottom: 26 };
/** Points drawn at most (every flagged story is drawn besides): enough to see the line the codes make. */
const MAX_POINTS = 1500;
/** Pixels per digit of a code on the axis. */
const DIGIT = 7.5;
/** Room for each label of the time axis. */
const TIME_TICK_SPACING = 110;
const DAY_MS = 86_400_000;

/** A code sequence with its report on the date range. */
type Shown = { seq: CodeSequence; report: CodeReport };

export interface CodesPlot {
	y: ScaleLinear<number, number>;
	yTicks: number[];
	/** The plot's left edge: room for the longest code on the axis. */
	left: number;
	/** Time ticks: their time (ms), plot x and label. */
	xTicks: { time: number; at: number; text: string }[];
	/** Story points, [x, y]: every `step`-th story of the range, and each flagged one. */
	plain: [number, number][];
	flagged: [number, number][];
	step: number;
}

/**
 * Codes from the 0.5th to the 99.5th percentile of the range: one mistyped code would otherwise
 * squash every other story into a line (stories outside sit on the edge).
 */
function codeScale(shown: Shown | undefined): ScaleLinear<number, number> {
	if (!shown)
		return scaleLinear()
			.domain([0, 1])
			.range([HEIGHT - MARGIN.bottom, MARGIN.top]);
	const { seq, report } = shown;
	const n = report.positions.length;
	const lo = seq.codes[report.positions[Math.floor(n * 0.005)]];
	const hi = seq.codes[report.positions[Math.max(0, Math.ceil(n * 0.995) - 1)]];
	return scaleLinear()
		.domain([lo, Math.max(hi, lo + 1)])
		.range([HEIGHT - MARGIN.bottom, MARGIN.top])
		.clamp(true);
}

/** The first and last stamp of the range (ms); a range stamped at one moment is drawn a day wide. */
function timeDomain(shown: Shown | undefined): [number, number] {
	if (!shown) return [0, 1];
	let lo = Infinity;
	let hi = -Infinity;
	for (const p of shown.report.positions) {
		lo = Math.min(lo, shown.seq.times[p]);
		hi = Math.max(hi, shown.seq.times[p]);
	}
	return lo <= hi ? [lo, hi === lo ? hi + DAY_MS : hi] : [0, 1];
}

/** The plot of one sequence's report on the range (none: an empty plot), `width` pixels wide (0 while unmeasured: no points). */
export function codesPlot(shown: Shown | undefined, width: number): CodesPlot {
	const y = codeScale(shown);
	const yTicks = y.ticks(4);
	const left = 10 + DIGIT * Math.max(1, ...yTicks.map((t) => String(t).length));
	const x = scaleUtc()
		.domain(timeDomain(shown))
		.range([left, Math.max(left + 1, width - MARGIN.right)]);
	const format = x.tickFormat();
	const xTicks = x.ticks(Math.max(2, Math.floor(width / TIME_TICK_SPACING))).map((t) => ({ time: +t, at: x(t), text: format(t) }));
	if (!shown || !width) return { y, yTicks, left, xTicks, plain: [], flagged: [], step: 1 };
	const { seq, report } = shown;
	const step = Math.max(1, Math.ceil(report.positions.length / MAX_POINTS));
	const plain: [number, number][] = [];
	for (let k = 0; k < report.positions.length; k += step) {
		const p = report.positions[k];
		plain.push([x(seq.times[p]), y(seq.codes[p])]);
	}
	const flagged = report.outOfOrder.map((o): [number, number] => [x(o.time), y(o.code)]);
	return { y, yTicks, left, xTicks, plain, flagged, step };
}
