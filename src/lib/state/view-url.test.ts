import { describe, expect, it } from 'vitest';
import { emptyView, viewFromParams, viewToParams } from './view-url';

describe('view URLs', () => {
	it('round-trips every shareable field, countries repeated', () => {
		const view = {
			queries: ['Kyrgyz narcotics'],
			tab: 0,
			countries: ['KG', 'IR'],
			filed: ['IR', 'Mashhad'],
			bylines: ['id:2080'],
			agencies: ['AP', 'Reuters'],
			from: '2019-01-01',
			to: '2019-12-31',
			article: '83473451',
			version: '83473460',
			at: 2,
			corpus: { fingerprint: 'ws1-00abcdefghi', articles: 1204 },
			codes: 'en.irna.ir',
			share: true,
			behind: { from: '2019-03-01', to: '2019-03-31' },
			kwic: 'left' as const
		};
		const qs = viewToParams(view).toString();
		expect(qs).toBe(
			'q=Kyrgyz+narcotics&country=KG&country=IR&filed=IR&filed=Mashhad&byline=id%3A2080&agency=AP&agency=Reuters&from=2019-01-01&to=2019-12-31&article=83473451&version=83473460&at=3&scale=share&codes=en.irna.ir&behind=2019-03-01..2019-03-31&kwic=left&corpus=ws1-00abcdefghi&articles=1204'
		);
		expect(viewFromParams(new URLSearchParams(qs))).toEqual(view);
	});

	it('keeps compared queries in order, an empty one included, with the tab shown counted from 1', () => {
		const view = { ...emptyView(), queries: ['sanctions', '', 'nuclear talks'], tab: 2 };
		const qs = viewToParams(view).toString();
		expect(qs).toBe('q=sanctions&q=&q=nuclear+talks&tab=3');
		expect(viewFromParams(new URLSearchParams(qs))).toEqual(view);
	});

	it('reads at most five queries and ignores a tab that is not one of them', () => {
		const v = viewFromParams(new URLSearchParams('q=a&q=b&q=c&q=d&q=e&q=f&tab=9'));
		expect(v.queries).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(v.tab).toBe(0);
		expect(viewFromParams(new URLSearchParams('q=a&q=b&tab=1.5')).tab).toBe(0);
	});

	it('drops malformed dates and country codes instead of trusting them', () => {
		const v = viewFromParams(new URLSearchParams('from=yesterday&to=2020-02-30x&country=kg&country=<b>&country=KG'));
		expect(v).toEqual({ ...emptyView(), countries: ['KG'] });
	});

	it('reads a period behind a peak only as two days in order', () => {
		const read = (behind: string) => viewFromParams(new URLSearchParams({ behind })).behind;
		expect(read('2020-03-01..2020-03-31')).toEqual({ from: '2020-03-01', to: '2020-03-31' });
		expect(read('2020-03-05..2020-03-05')).toEqual({ from: '2020-03-05', to: '2020-03-05' });
		for (const bad of ['2020-03-31..2020-03-01', '2020-03-01', '2020-03-01..', '2020-03-01..2020-03-31..2020-04-01', 'march'])
			expect(read(bad)).toBeNull();
	});

	it('reads places and bylines as text, each once, and drops empty or overlong ones', () => {
		const long = 'x'.repeat(201);
		const v = viewFromParams(new URLSearchParams(`filed=+Tabriz+&filed=Tabriz&filed=&byline=${long}&byline=<script>`));
		expect(v.filed).toEqual(['Tabriz']);
		expect(v.bylines).toEqual(['<script>']);
	});

	it('reads the paragraph shown only with its article, counted from 1, and a known keyword order only', () => {
		expect(viewFromParams(new URLSearchParams('at=3')).at).toBeNull();
		expect(viewFromParams(new URLSearchParams('article=a1&at=3')).at).toBe(2);
		for (const bad of ['0', '-1', '1.5', 'x', '99999999'])
			expect(viewFromParams(new URLSearchParams(`article=a1&at=${bad}`)).at).toBeNull();
		expect(viewToParams({ ...emptyView(), at: 4 }).toString()).toBe('');
		expect(viewFromParams(new URLSearchParams('kwic=sideways')).kwic).toBe('results');
		expect(viewFromParams(new URLSearchParams('kwic=right')).kwic).toBe('right');
	});

	it('reads a compared version only with the article it belongs to', () => {
		expect(viewFromParams(new URLSearchParams('version=83473460')).version).toBeNull();
		expect(viewToParams({ ...emptyView(), version: '83473460' }).toString()).toBe('');
	});

	it('reads the corpus a view was made on only when its fingerprint and count are well formed', () => {
		expect(viewFromParams(new URLSearchParams('corpus=ws1-00abcdefghi&articles=12')).corpus).toEqual({
			fingerprint: 'ws1-00abcdefghi',
			articles: 12
		});
		expect(viewFromParams(new URLSearchParams('corpus=<b>&articles=12')).corpus).toBeNull();
		expect(viewFromParams(new URLSearchParams('corpus=ws1-00abcdefghi&articles=-1')).corpus).toBeNull();
		expect(viewFromParams(new URLSearchParams('corpus=ws1-00abcdefghi')).corpus).toBeNull();
	});

	it('leaves defaults out of the query string', () => {
		expect(viewToParams(emptyView()).toString()).toBe('');
	});
});

describe('a crafted link', () => {
	it('loses the control characters of its query, which no chart title or saved file could hold', () => {
		expect(viewFromParams(new URLSearchParams('q=iran%1Bx%07y')).queries).toEqual(['iran x y']);
	});
});
