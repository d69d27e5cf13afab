import { describe, expect, it } from 'vitest';
import { describeBin, plotLabel } from './timeline-text';

const bins = [
	{ start: '2019-09-09', end: '2019-09-16', all: 12, matches: 3 },
	{ start: '2019-09-16', end: '2019-09-23', all: 0, matches: 0 }
];

describe('describeBin', () => {
	it("tells a period's matches of all its articles, and their share", () => {
		expect(describeBin(0, bins, [], 'day')).toBe('2019-09-09: 3 of 12 articles (25%)');
		expect(describeBin(0, bins, [], 'week')).toBe('Week of 2019-09-09: 3 of 12 articles (25%)');
	});

	it('gives no share for a period with no articles', () => {
		expect(describeBin(1, bins, [], 'week')).toBe('Week of 2019-09-16: 0 of 0 articles');
	});

	it("tells each compared query's matches and share of the period", () => {
		const lines = [
			{ label: '“flood”', bins: [{ ...bins[0], matches: 1 }, bins[1]] },
			{ label: '“quake”', bins: [{ ...bins[0], matches: 6 }, bins[1]] }
		];
		expect(describeBin(0, bins, lines, 'week')).toBe('Week of 2019-09-09, of 12 articles: “flood” 1 (8.3%), “quake” 6 (50%)');
		expect(describeBin(1, bins, lines, 'week')).toBe('Week of 2019-09-16, of 0 articles: “flood” 0, “quake” 0');
	});
});

describe('plotLabel', () => {
	it('names what the marks stand for and per what period', () => {
		expect(plotLabel(false, false, 'month')).toBe('Histogram of articles per month');
		expect(plotLabel(false, true, 'day')).toBe("Histogram of the matches' share of articles per day");
		expect(plotLabel(true, false, 'week')).toBe('Lines of articles matching each query per week');
		expect(plotLabel(true, true, 'week')).toBe("Lines of each query's share of articles per week");
	});
});
