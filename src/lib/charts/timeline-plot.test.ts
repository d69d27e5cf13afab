import { describe, expect, it } from 'vitest';
import { binDays, dateToDay, type Bin } from './bins';
import { HEIGHT, MARGIN, TimelinePlot, tickLabel } from './timeline-plot';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const bin = (start: string, end: string, all: number, matches: number): Bin => ({ start, end, all, matches });
/** How many bars a path draws: one subpath each. */
const barCount = (path: string) => path.match(/M/g)?.length ?? 0;

describe('TimelinePlot', () => {
	it('draws a corpus of one day on an axis a week wide, with its bar in the middle', () => {
		const plot = new TimelinePlot([bin('2020-01-10', '2020-01-11', 4, 1)], [], false, 740);
		expect(plot.x.domain().map(dateToDay)).toEqual(['2020-01-07', '2020-01-14']);
		const bar = plot.barOf(bin('2020-01-10', '2020-01-11', 4, 1), 'all');
		expect(bar.left).toBeCloseTo(MARGIN.left + (3 / 7) * (740 - MARGIN.left - MARGIN.right));
		expect(bar.top).toBe(MARGIN.top);
		expect(bar.bottom).toBe(HEIGHT - MARGIN.bottom);
	});

	it('ticks whole days only, even where the axis is wide enough for hours', () => {
		const plot = new TimelinePlot([bin('2020-01-10', '2020-01-11', 4, 1)], [], false, 2000);
		expect(plot.xTicks.map(dateToDay)).toEqual([
			'2020-01-07',
			'2020-01-08',
			'2020-01-09',
			'2020-01-10',
			'2020-01-11',
			'2020-01-12',
			'2020-01-13',
			'2020-01-14'
		]);
		expect(plot.xTicks.every((t) => t.getUTCHours() === 0)).toBe(true);
	});

	it('ends a tick label at its tick near the right edge, so that it stays inside the plot', () => {
		const plot = new TimelinePlot(binDays(['2020-01-01', '2020-01-31'], [], 'day'), [], false, 640);
		expect(plot.tickAnchor(day('2020-01-01'))).toBe('middle');
		expect(plot.tickAnchor(day('2020-02-01'))).toBe('end');
	});

	it('dims the bars outside the selected dates, apart from those inside', () => {
		const bins = binDays(['2020-01-01', '2020-01-02', '2020-01-03', '2020-01-04', '2020-01-05'], ['2020-01-02', '2020-01-05'], 'day');
		const bars = new TimelinePlot(bins, [], false, 640).bars(bins, { from: '2020-01-02', to: '2020-01-03' });
		expect([barCount(bars.all), barCount(bars.match)]).toEqual([2, 1]);
		expect([barCount(bars.allOutside), barCount(bars.matchOutside)]).toEqual([3, 1]);
		const unselected = new TimelinePlot(bins, [], false, 640).bars(bins, null);
		expect([barCount(unselected.all), barCount(unselected.allOutside)]).toEqual([5, 0]);
	});

	it('draws shares up to the largest, with no faint bar behind them', () => {
		const bins = [bin('2020-01-01', '2020-01-02', 4, 1), bin('2020-01-02', '2020-01-03', 10, 5)];
		const plot = new TimelinePlot(bins, [], true, 640);
		expect(plot.yMax).toBe(0.5);
		const bars = plot.bars(bins, null);
		expect(bars.all).toBe('');
		expect(barCount(bars.match)).toBe(2);
		// A period's whole, as a share, reaches the top of the plot.
		expect(plot.barOf(bins[0], 'all').top).toBe(MARGIN.top);
		expect(plot.barOf(bins[0], 'matches').top).toBeCloseTo(HEIGHT - MARGIN.bottom - (HEIGHT - MARGIN.top - MARGIN.bottom) / 2);
	});

	it('draws compared queries as lines scaled to the highest of them, in place of the bars', () => {
		const bins = [bin('2020-01-01', '2020-01-02', 40, 40), bin('2020-01-02', '2020-01-03', 50, 50)];
		const lines = [
			{ bins: [bin('2020-01-01', '2020-01-02', 40, 3), bin('2020-01-02', '2020-01-03', 50, 7)] },
			{ bins: [bin('2020-01-01', '2020-01-02', 40, 2), bin('2020-01-02', '2020-01-03', 50, 0)] }
		];
		const plot = new TimelinePlot(bins, lines, false, 640);
		expect(plot.yMax).toBe(7);
		expect(Object.values(plot.bars(bins, null))).toEqual(['', '', '', '']);
		expect(plot.linePath(lines[0].bins)).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
	});

	it('breaks a share line, and marks no point, where a period has no articles', () => {
		const bins = [bin('2020-01-01', '2020-01-02', 4, 2), bin('2020-01-02', '2020-01-03', 0, 0), bin('2020-01-03', '2020-01-04', 5, 1)];
		const plot = new TimelinePlot(bins, [{ bins }], true, 640);
		expect(plot.pointsOf(bins).map((p) => p.start)).toEqual(['2020-01-01', '2020-01-03']);
		expect(plot.linePath(bins)?.match(/M/g)).toHaveLength(2);
		// As counts, the empty period is a point on the axis.
		expect(new TimelinePlot(bins, [{ bins }], false, 640).pointsOf(bins)).toHaveLength(3);
	});

	it('marks the points of a few periods only', () => {
		const days = Array.from({ length: 41 }, (_, i) => dateToDay(new Date(Date.UTC(2020, 0, 1 + i))));
		const bins = binDays(days, days, 'day');
		const plot = new TimelinePlot(bins, [{ bins }], false, 640);
		expect(plot.pointsOf(bins)).toEqual([]);
		expect(plot.pointsOf(bins.slice(0, 40))).toHaveLength(40);
	});

	it('reads the day under a pointer, and places a day from its start to its end', () => {
		const bins = binDays(['2020-01-01', '2020-01-31'], [], 'day');
		const plot = new TimelinePlot(bins, [], false, 640);
		const start = plot.dayLeft('2020-01-15');
		const end = plot.dayRight('2020-01-15');
		expect(end).toBeGreaterThan(start);
		expect(plot.dayAt((start + end) / 2)).toBe('2020-01-15');
		expect(plot.dayAt(end + 0.5)).toBe('2020-01-16');
		// Beyond the corpus, the brush is pinned to the edge.
		expect(plot.dayLeft('2021-06-01')).toBe(640 - MARGIN.right);
	});
});

describe('tickLabel', () => {
	it('names the day within a month, the month within a year, and the year at its start', () => {
		expect(tickLabel(day('2019-09-13'))).toBe('13 Sep');
		expect(tickLabel(day('2019-10-01'))).toBe('Oct');
		expect(tickLabel(day('2020-01-01'))).toBe('2020');
	});
});
