import { describe, expect, it } from 'vitest';
import { publishedDay } from '../corpus/day';
import { provenanceColumns } from './columns';
import { stampTime } from './news-codes';

const at = (publishedAt: string | null, newsCode: string | null = '100', url: string | null = 'https://en.irna.ir/news/100/') => ({
	dateline: null,
	countries: [],
	byline: null,
	journalistId: null,
	publishedAt,
	newsCode,
	url
});

describe('provenanceColumns', () => {
	it('reads every stamp as stampTime and publishedDay do, the quick way or not', () => {
		const stamps = ['2019-09-13T09:57', '2021-04-12', '2020-01-02T03:04+03:30', '2020-02-30', '2020-13-01', 'yesterday', null];
		const c = provenanceColumns(stamps.map((s) => at(s)));
		stamps.forEach((s, i) => {
			expect(c.time[i]).toEqual(stampTime(s));
			const day = publishedDay(s);
			// A month that is no month (2020-13) is no month, whatever publishedDay lets through.
			const month = day && /^\d{4}-(0[1-9]|1[0-2])/.test(day) ? day.slice(0, 7) : null;
			expect(c.monthAt[i] === -1 ? null : c.months.list[c.monthAt[i]]).toBe(month);
		});
	});

	it('puts each outlet in its own code sequence, by its site, else its agency', () => {
		const c = provenanceColumns([
			at('2020-01-01', '1', 'https://en.irna.ir/news/1/'),
			at('2020-01-01', '2', 'https://EN.IRNA.IR/news/2/'),
			at('2020-01-01', '3', 'https://www.mehrnews.com/news/3/'),
			at('2020-01-01', 'A3', 'https://www.mehrnews.com/news/3/'),
			{ ...at('2020-01-01', '4', null), dateline: { place: 'Tehran', agency: 'ISNA', country: 'IR' } }
		]);
		expect(Array.from(c.sequenceAt.subarray(0, 5), (id) => (id < 0 ? null : c.sequences.list[id]))).toEqual([
			'en.irna.ir',
			'en.irna.ir',
			'www.mehrnews.com',
			null,
			'ISNA'
		]);
	});
});
