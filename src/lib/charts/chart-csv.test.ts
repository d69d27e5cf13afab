import { describe, expect, it } from 'vitest';
import { binTimeline } from './bins';
import { countriesCsv, termsCsv, timelineCsv } from './chart-csv';

const days = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('the charts as CSV', () => {
	const all = days({ '2020-01-01': 4, '2020-01-02': 0, '2020-01-03': 10 });

	it('writes each period with every article, the matches and their share', () => {
		const { bins, lines } = binTimeline(all, days({ '2020-01-01': 1, '2020-01-03': 5 }), []);
		expect(timelineCsv(bins, lines).split('\r\n')).toEqual([
			'first_day,last_day,all_articles,matching,share of all (%)',
			'2020-01-01,2020-01-01,4,1,25',
			'2020-01-02,2020-01-02,0,0,',
			'2020-01-03,2020-01-03,10,5,50',
			''
		]);
	});

	it('writes a count and a share column per compared query', () => {
		const compared = [
			{ label: '“oil”', days: days({ '2020-01-03': 1 }) },
			{ label: '“gas”', days: days({ '2020-01-01': 3, '2020-01-03': 2 }) }
		];
		const { bins, lines } = binTimeline(all, 'all', compared);
		const csv = timelineCsv(bins, lines).split('\r\n');
		expect(csv[0]).toBe('first_day,last_day,all_articles,“oil”: matching,“oil”: share of all (%),“gas”: matching,“gas”: share of all (%)');
		expect(csv[1]).toBe('2020-01-01,2020-01-01,4,0,0,3,75');
		expect(csv[3]).toBe('2020-01-03,2020-01-03,10,1,10,2,20');
	});

	it('writes countries once, or per compared query with their share of its results', () => {
		const iran = { code: 'IR', name: 'Iran', value: 2 };
		expect(countriesCsv([iran], [], 'articles')).toBe('code,country,articles\r\nIR,Iran,2\r\n');
		const csv = countriesCsv(
			[],
			[
				{ label: 'a', total: 8, values: [iran] },
				{ label: 'b', total: 3, values: [{ ...iran, value: 1 }] }
			],
			'articles'
		);
		expect(csv).toBe('code,country,a: articles,a: share of results (%),b: articles,b: share of results (%)\r\nIR,Iran,2,25,1,33.3333\r\n');
	});

	it('writes both top-terms lists with each term’s rank, articles, shares and G²', () => {
		const term = { term: '=cmd', count: 3, share: 0.75, restShare: 0.1, keyness: 12.3456 };
		const csv = termsCsv({ articles: 4, frequent: [term], distinctive: [{ ...term, term: 'nuclear talks' }] });
		expect(csv.split('\r\n')).toEqual([
			'list,rank,term,articles,share (%),share of the rest (%),G2',
			"frequent,1,'=cmd,3,75,10,12.35",
			'distinctive,1,nuclear talks,3,75,10,12.35',
			''
		]);
	});
});
