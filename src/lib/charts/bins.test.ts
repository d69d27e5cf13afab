import { describe, expect, it } from 'vitest';
import { Binner, binDays, binLabel, chooseInterval, daySpan, formatShare, periodLabel, previousDay, shareOf } from './bins';
import { countDays } from '../corpus/day';

describe('chooseInterval', () => {
	it('bins a few months by day', () => {
		expect(chooseInterval('2019-09-01', '2019-12-29')).toBe('day');
	});

	it('bins a span just over four months by week', () => {
		expect(chooseInterval('2019-09-01', '2020-01-01')).toBe('week');
	});

	it('bins up to three years by week and longer spans by month', () => {
		expect(chooseInterval('2019-01-01', '2021-12-31')).toBe('week');
		expect(chooseInterval('2019-01-01', '2022-06-01')).toBe('month');
	});

	it('accepts full timestamps and falls back to days for unreadable input', () => {
		expect(chooseInterval('2019-09-13T09:57', '2019-09-14T00:31+03:30')).toBe('day');
		expect(chooseInterval('', 'nonsense')).toBe('day');
	});
});

describe('binDays', () => {
	it("keeps the publication's local date when binning by day", () => {
		const days = ['2020-04-20T23:59', '2020-04-21T00:01', '2020-04-21T00:31+03:30'];
		expect(binDays(days, [days[1]], 'day')).toEqual([
			{ start: '2020-04-20', end: '2020-04-21', all: 1, matches: 0 },
			{ start: '2020-04-21', end: '2020-04-22', all: 2, matches: 1 }
		]);
	});

	it('returns no bins for an empty corpus', () => {
		expect(binDays([], [], 'day')).toEqual([]);
		expect(binDays([], [], 'month')).toEqual([]);
	});

	it('makes one bin for a corpus published on a single day', () => {
		expect(binDays(['2021-04-12', '2021-04-12'], ['2021-04-12'], 'week')).toEqual([
			{ start: '2021-04-12', end: '2021-04-19', all: 2, matches: 1 }
		]);
	});

	it('includes empty bins so the bars stay contiguous', () => {
		const bins = binDays(['2019-09-13', '2019-09-16'], [], 'day');
		expect(bins.map((b) => [b.start, b.all])).toEqual([
			['2019-09-13', 1],
			['2019-09-14', 0],
			['2019-09-15', 0],
			['2019-09-16', 1]
		]);
	});

	it('puts Jan 31 and Feb 1 in different months', () => {
		const bins = binDays(['2020-01-31', '2020-02-01', '2020-02-29'], [], 'month');
		expect(bins).toEqual([
			{ start: '2020-01-01', end: '2020-02-01', all: 1, matches: 0 },
			{ start: '2020-02-01', end: '2020-03-01', all: 2, matches: 0 }
		]);
	});

	it('keeps the leap day 2020-02-29 on its own day and in its Monday week', () => {
		const byDay = binDays(['2020-02-28', '2020-02-29', '2020-03-01'], ['2020-02-29'], 'day');
		expect(byDay.map((b) => b.start)).toEqual(['2020-02-28', '2020-02-29', '2020-03-01']);
		expect(byDay[1]).toEqual({ start: '2020-02-29', end: '2020-03-01', all: 1, matches: 1 });
		const byWeek = binDays(['2020-02-29'], [], 'week');
		expect(byWeek).toEqual([{ start: '2020-02-24', end: '2020-03-02', all: 1, matches: 0 }]);
	});

	it('starts weeks on Monday across a year boundary', () => {
		// 2019-12-30 is a Monday; 2019-12-29 is the Sunday before it.
		const days = ['2019-12-29', '2019-12-30', '2020-01-01', '2020-01-05', '2020-01-06'];
		expect(binDays(days, ['2020-01-01'], 'week')).toEqual([
			{ start: '2019-12-23', end: '2019-12-30', all: 1, matches: 0 },
			{ start: '2019-12-30', end: '2020-01-06', all: 3, matches: 1 },
			{ start: '2020-01-06', end: '2020-01-13', all: 1, matches: 0 }
		]);
	});

	it('covers only the given range and leaves out days outside it', () => {
		const bins = binDays(['2019-01-05', '2019-02-10', '2019-03-20'], ['2019-02-10'], 'month', {
			from: '2019-02-01',
			to: '2019-03-31'
		});
		expect(bins.map((b) => [b.start, b.all, b.matches])).toEqual([
			['2019-02-01', 1, 1],
			['2019-03-01', 1, 0]
		]);
	});

	it('skips strings that do not start with a date', () => {
		const bins = binDays(['2019-09-13', 'unknown', ''], ['unknown'], 'day');
		expect(bins).toEqual([{ start: '2019-09-13', end: '2019-09-14', all: 1, matches: 0 }]);
	});

	it('counts every one of 100,000 days, matches into the same bins', () => {
		const base = Date.UTC(2015, 0, 1);
		const days = Array.from({ length: 100_000 }, (_, i) => new Date(base + (i % 3000) * 86_400_000).toISOString().slice(0, 16));
		const bins = binDays(days, days.slice(0, 50_000), 'month');
		expect(bins.reduce((sum, b) => sum + b.all, 0)).toBe(100_000);
		expect(bins.reduce((sum, b) => sum + b.matches, 0)).toBe(50_000);
	});
});

describe('Binner on day counts', () => {
	it('counts each day as often as its articles', () => {
		const days = ['2020-01-30', '2020-01-30', '2020-02-03', '2020-03-31T23:50', '2020-03-31', 'undated'];
		const matches = ['2020-01-30', '2020-03-31'];
		const binner = new Binner(countDays(days), 'month');
		expect(binner.withMatches(countDays(matches)).map((b) => [b.start, b.all, b.matches])).toEqual([
			['2020-01-01', 2, 1],
			['2020-02-01', 1, 0],
			['2020-03-01', 2, 1]
		]);
	});

	it('gives each month the number of its articles, as counting them one by one does', () => {
		const base = Date.UTC(2019, 0, 1);
		const days = Array.from({ length: 3000 }, (_, i) => new Date(base + ((i * 7919) % 900) * 86_400_000).toISOString().slice(0, 10));
		const matches = days.filter((_, i) => i % 3 === 0);
		const byMonth = (list: string[]) => {
			const counts = new Map<string, number>();
			for (const day of list) counts.set(`${day.slice(0, 7)}-01`, (counts.get(`${day.slice(0, 7)}-01`) ?? 0) + 1);
			return counts;
		};
		const all = byMonth(days);
		const matched = byMonth(matches);
		for (const bin of new Binner(countDays(days), 'month').withMatches(countDays(matches))) {
			expect(bin.all, bin.start).toBe(all.get(bin.start) ?? 0);
			expect(bin.matches, bin.start).toBe(matched.get(bin.start) ?? 0);
		}
	});

	it("draws every article as a match for 'all'", () => {
		const counts = new Map([
			['2021-04-12', 3],
			['2021-04-20', 2]
		]);
		const bins = new Binner(counts, 'week').withMatches('all');
		expect(bins.map((b) => [b.start, b.all, b.matches])).toEqual([
			['2021-04-12', 3, 3],
			['2021-04-19', 2, 2]
		]);
	});

	it('finds the span among the counted days alone', () => {
		expect(
			daySpan(
				new Map([
					['2021-04-12', 5],
					['2019-09-13', 1]
				]).keys()
			)
		).toEqual({ from: '2019-09-13', to: '2021-04-12' });
	});
});

describe('helpers', () => {
	it('finds the first and last day whatever the order', () => {
		expect(daySpan(['2021-04-12', '2019-09-13T09:57', 'x'])).toEqual({
			from: '2019-09-13',
			to: '2021-04-12'
		});
		expect(daySpan([])).toBeNull();
	});

	it('turns an exclusive bin end into the last day of the bin', () => {
		expect(previousDay('2020-03-01')).toBe('2020-02-29');
		expect(previousDay('2020-01-01')).toBe('2019-12-31');
	});

	it('names bins the way a reader would say them', () => {
		const bin = { start: '2019-09-09', end: '2019-09-16', all: 12, matches: 3 };
		expect(binLabel(bin, 'day')).toBe('2019-09-09');
		expect(binLabel(bin, 'week')).toBe('Week of 2019-09-09');
		expect(binLabel({ ...bin, start: '2019-09-01' }, 'month')).toBe('September 2019');
	});

	it('names a period of days as its bin would be named, else by its first and last day', () => {
		expect(periodLabel('2019-09-13', '2019-09-13')).toBe('2019-09-13');
		expect(periodLabel('2019-09-09', '2019-09-15')).toBe('Week of 2019-09-09');
		expect(periodLabel('2020-02-01', '2020-02-29')).toBe('February 2020');
		expect(periodLabel('2020-02-01', '2020-02-28')).toBe('2020-02-01 to 2020-02-28');
		expect(periodLabel('2019-09-10', '2019-09-16')).toBe('2019-09-10 to 2019-09-16');
	});
});

describe('attention as a share', () => {
	it("is each period's matches over all its articles, so a month with twice the captures is not twice the attention", () => {
		const all = countDays(['2020-01-05', '2020-01-20', '2020-02-03', '2020-02-10', '2020-02-11', '2020-02-20']);
		const matches = countDays(['2020-01-05', '2020-02-03', '2020-02-10']);
		const bins = new Binner(all, 'month').withMatches(matches);
		// January: 1 of 2; February: 2 of 4. Twice the matches, the same share.
		expect(bins.map((b) => [b.matches, b.all])).toEqual([
			[1, 2],
			[2, 4]
		]);
		expect(bins.map(shareOf)).toEqual([0.5, 0.5]);
		expect(shareOf({ start: '2020-03-01', end: '2020-04-01', all: 0, matches: 0 })).toBeNull();
	});

	it('reads as a percentage with the digits it needs', () => {
		expect([1, 0.5, 0.035, 0.1234, 0.0004, 0, null].map(formatShare)).toEqual(['100%', '50%', '3.5%', '12%', '0.04%', '0%', '–']);
	});
});
