import { describe, expect, it } from 'vitest';
import { provenanceColumns } from './columns';
import { codeReport, codeSequences as sequencesOf, stampTime, type CodedArticle } from './news-codes';

const codeSequences = (articles: CodedArticle[]) =>
	sequencesOf(
		provenanceColumns(
			articles.map((a) => ({
				...a,
				dateline: a.dateline && { ...a.dateline, place: 'Tehran' },
				byline: null,
				journalistId: null,
				countries: []
			}))
		)
	);

const story = (code: string | null, publishedAt: string | null, url: string | null = null): CodedArticle => ({
	newsCode: code,
	publishedAt,
	url,
	dateline: { agency: 'IRNA' }
});

/** Codes 1000, 1002, 1004 … one per hour from 2020-01-01, as a wire files them. */
function wire(n: number, site = 'https://en.irna.ir/news/') {
	return Array.from({ length: n }, (_, k) => {
		const t = new Date(Date.UTC(2020, 0, 1) + k * 3_600_000).toISOString().slice(0, 16);
		return story(String(1000 + 2 * k), t, `${site}${1000 + 2 * k}/`);
	});
}

describe('news codes', () => {
	it('reads a stamp with or without a clock, and refuses none', () => {
		expect(stampTime('2020-01-02T03:04')).toBe(Date.UTC(2020, 0, 2, 3, 4));
		expect(stampTime('2020-01-02')).toBe(Date.UTC(2020, 0, 2, 12));
		expect(stampTime(null)).toBeNaN();
	});

	it('orders each outlet by code and leaves out stories with no numeric code or no date', () => {
		const articles = [...wire(3), story('A-12', '2020-01-01'), story('1001', null), ...wire(2, 'https://www.mehrnews.com/news/')];
		const seqs = codeSequences(articles.reverse());
		expect(seqs.map((s) => [s.name, s.order.length])).toEqual([
			['en.irna.ir', 3],
			['www.mehrnews.com', 2]
		]);
		expect([...seqs[0].codes]).toEqual([1000, 1002, 1004]);
	});

	it('flags a story republished weeks after the stories numbered beside it, and only that one', () => {
		const articles = wire(200);
		articles[120] = { ...articles[120], publishedAt: '2020-03-01T10:00' };
		const [seq] = codeSequences(articles);
		const report = codeReport(seq, null, null)!;
		expect(report.outOfOrder.map((o) => o.index)).toEqual([120]);
		expect(report.outOfOrder[0].time - report.outOfOrder[0].expected).toBeGreaterThan(40 * 86_400_000);
	});

	it('gives the span, the codes held and the longest runs with none for a period', () => {
		const articles = wire(100).filter((_, k) => k < 40 || k >= 50);
		const [seq] = codeSequences(articles);
		const all = codeReport(seq, null, null)!;
		expect(all).toMatchObject({ first: 1000, last: 1198, span: 199, held: 90, stories: 90 });
		expect(all.gaps[0]).toMatchObject({ before: 1078, after: 1100, missing: 21 });
		expect(all.gaps[1].missing).toBe(1);
		// 2020-01-02: stories 24 to 47 of the hour-by-hour wire, 40 to 47 missing.
		const day = codeReport(seq, '2020-01-02', '2020-01-02')!;
		expect(day).toMatchObject({ first: 1048, last: 1078, stories: 16 });
		expect(codeReport(seq, '2021-01-01', null)).toBeNull();
	});
});

describe('news codes in a sparse capture', () => {
	it('flags no story at either end of a capture that kept one story in a hundred', () => {
		// One story every four days: 50 neighbours span 200 days.
		const articles = Array.from({ length: 300 }, (_, k) =>
			story(String(5000 + 100 * k), new Date(Date.UTC(2019, 0, 1) + k * 4 * 86_400_000).toISOString().slice(0, 16))
		);
		const [seq] = codeSequences(articles);
		expect(codeReport(seq, null, null)!.outOfOrder).toEqual([]);
		articles[150] = { ...articles[150], publishedAt: '2023-06-01' };
		expect(codeReport(codeSequences(articles)[0], null, null)!.outOfOrder.map((o) => o.index)).toEqual([150]);
	});

	it('judges a corpus smaller than one window against all of it', () => {
		const articles = [...wire(10)];
		articles[3] = { ...articles[3], publishedAt: '2020-02-01' };
		expect(codeReport(codeSequences(articles)[0], null, null)!.outOfOrder.map((o) => o.index)).toEqual([3]);
	});
});
