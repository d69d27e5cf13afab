/**
 * Where the timeline draws what: its time and value scales, its whole-day ticks and their
 * labels, its bars (one path per kind, see bar-paths.ts), and the compared queries' lines and
 * points, all placed from the bins and the plot's width.
 */
import { max } from 'd3-array';
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { line } from 'd3-shape';
import { barsPath, type Bar } from './bar-paths';
import { dateToDay, dayToDate, shareOf, type Bin, type DayRange } from './bins';

export const HEIGHT = 160;
export const MARGIN = { top: 14, right: 12, bottom: 24, left: 40 };
const MIN_TICK_SPACING = 90;
/** A tick label closer than this to the right edge ends at its tick instead of centring on it. */
const LABEL_HALF_WIDTH = 24;
const BAR_GAP = 1;
/** Compared queries' lines over this many periods or fewer have their points marked. */
const FEW_BINS = 40;
/** A shorter corpus is drawn on an axis this many days wide: one day is then a bar, not the whole chart. */
const MIN_AXIS_DAYS = 7;

const formatDayTick = utcFormat('%-d %b');
const formatMonthTick = utcFormat('%b');
const formatYearTick = utcFormat('%Y');

const date = (day: string) => dayToDate(day) ?? new Date(NaN);

/** "13 Sep", "Oct", "2020": a tick names the day only within a month, the month only within a year. */
export function tickLabel(t: Date): string {
	return +utcMonth.floor(t) < +t ? formatDayTick(t) : +utcYear.floor(t) < +t ? formatMonthTick(t) : formatYearTick(t);
}

/** The bins' days, widened on both sides to MIN_AXIS_DAYS when they are fewer. */
function axisDomain(bins: readonly Bin[]): [Date, Date] {
	if (!bins.length) return [new Date(0), new Date(1)];
	const start = date(bins[0].start);
	const end = date(bins[bins.length - 1].end);
	const missing = MIN_AXIS_DAYS - utcDay.count(start, end);
	if (missing <= 0) return [start, end];
	const before = Math.floor(missing / 2);
	return [utcDay.offset(start, -before), utcDay.offset(end, missing - before)];
}

/** The histogram's bars as four paths: every article faint, the matches strong, each inside or outside the selected dates. */
export interface TimelineBars {
	all: string;
	match: string;
	allOutside: string;
	matchOutside: string;
}

/**
 * The timeline's geometry for one set of bins, compared lines (none while a single query is
 * searched), value kind (a count, or the matches' share of each period) and width.
 */
export class TimelinePlot {
	readonly x: ScaleTime<number, number>;
	readonly y: ScaleLinear<number, number>;
	/** The value at the top of the plot: the most articles (or the largest share) of any period. */
	readonly yMax: number;
	/** Whole days only: the data are days, so the hours d3 offers on a short axis would mean nothing. */
	readonly xTicks: Date[];
	private readonly comparing: boolean;

	constructor(
		bins: readonly Bin[],
		lines: readonly { bins: readonly Bin[] }[],
		private readonly share: boolean,
		private readonly width: number
	) {
		this.comparing = lines.length > 0;
		this.x = scaleUtc()
			.domain(axisDomain(bins))
			.range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)])
			// Dates typed beyond the corpus pin the brush to the plot's edge.
			.clamp(true);
		// Compared queries' lines are drawn without the faint bars of every article: the lines would
		// lie flat under a corpus many times their size.
		const top = this.comparing
			? max(lines, (l) => max(l.bins, (b) => this.matchValue(b)))
			: share
				? max(bins, (b) => shareOf(b) ?? 0)
				: max(bins, (b) => b.all);
		this.y = scaleLinear()
			.domain([0, top || 1])
			.range([HEIGHT - MARGIN.bottom, MARGIN.top]);
		this.yMax = this.y.domain()[1];
		const tickCount = Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / MIN_TICK_SPACING));
		this.xTicks = this.x.ticks(tickCount).filter((t) => +utcDay.floor(t) === +t);
	}

	/** What a strong bar or a line stands for: the matches' count, or their share of the period's articles. */
	private matchValue(bin: Bin): number {
		return this.share ? (shareOf(bin) ?? 0) : bin.matches;
	}

	/** A bin's faint bar (every article; as a share, the plot's full height) or strong one (the matches). */
	barOf(bin: Bin, value: 'all' | 'matches'): Bar {
		const left = this.x(date(bin.start));
		const top = this.y(value === 'matches' ? this.matchValue(bin) : this.share ? this.yMax : bin.all);
		return { left, width: Math.max(1, this.x(date(bin.end)) - left - BAR_GAP), top, bottom: this.y(0) };
	}

	/** The bars of every bin (none while comparing), those outside the `selected` days apart. */
	bars(bins: readonly Bin[], selected: DayRange | null): TimelineBars {
		const outside = (bin: Bin) => !!selected && (bin.end <= selected.from || bin.start > selected.to);
		const inside: Bar[][] = [[], []];
		const beyond: Bar[][] = [[], []];
		for (const bin of this.comparing ? [] : bins) {
			// Placed once per bin: the faint and the strong bar share their left edge and width.
			const all = this.barOf(bin, 'all');
			const [faint, strong] = outside(bin) ? beyond : inside;
			// As a share, the whole period is the plot's height: no faint bar stands behind the share.
			if (!this.share) faint.push(all);
			strong.push({ ...all, top: this.y(this.matchValue(bin)) });
		}
		return { all: barsPath(inside[0]), match: barsPath(inside[1]), allOutside: barsPath(beyond[0]), matchOutside: barsPath(beyond[1]) };
	}

	/** The middle of a bin, where a compared query's line passes and the tooltip points. */
	centreOf = (bin: Bin): number => (this.x(date(bin.start)) + this.x(date(bin.end))) / 2;

	/** A compared query's line; a period with no articles breaks it when it shows shares. */
	linePath(bins: Bin[]): string | null {
		return line<Bin>()
			.defined((b) => !this.share || b.all > 0)
			.x(this.centreOf)
			.y((b) => this.y(this.matchValue(b)))(bins);
	}

	/** A compared query's marked points, over a few periods only (a corpus of some days), so that one period alone still shows. */
	pointsOf(bins: readonly Bin[]): { start: string; cx: number; cy: number }[] {
		if (bins.length > FEW_BINS) return [];
		return bins
			.filter((b) => !this.share || b.all > 0)
			.map((b) => ({ start: b.start, cx: this.centreOf(b), cy: this.y(this.matchValue(b)) }));
	}

	/** Plot x of the start of a day, of its end, and the day under a plot x. */
	dayLeft = (day: string): number => this.x(date(day));
	dayRight = (day: string): number => this.x(utcDay.offset(date(day), 1));
	dayAt = (px: number): string => dateToDay(this.x.invert(px));

	/** A tick label at the right edge ends at its tick, so that it stays inside the plot. */
	tickAnchor(tick: Date): 'end' | 'middle' {
		return this.x(tick) > this.width - MARGIN.right - LABEL_HALF_WIDTH ? 'end' : 'middle';
	}
}
