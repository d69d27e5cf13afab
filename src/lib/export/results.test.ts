import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../corpus/bundle';
import { corpusFingerprint, toCsv, toExportRows, toJson } from './results';

function meta(patch: Partial<ArticleMeta>): ArticleMeta {
	return {
		id: '1',
		file: 'a.txt',
		url: null,
		title: 'Title',
		kicker: null,
		publishedAt: null,
		newsCode: null,
		journalistId: null,
		byline: null,
		personsCount: null,
		dateline: null,
		wordCount: 10,
		warnings: [],
		lead: '',
		countries: [],
		paragraphCount: 1,
		...patch
	};
}

const context = { view: 'https://example.org/ws/?q=oman', corpus: 'ws1-00000000000' };

describe('toExportRows', () => {
	it('gives each article its permalink within the view, the view and the corpus fingerprint', () => {
		const [row] = toExportRows(
			[
				meta({
					id: '83473451',
					collection: 'persian',
					countries: [
						{ code: 'IR', name: 'Iran', count: 2 },
						{ code: 'KG', name: 'Kyrgyzstan', count: 1 }
					]
				})
			],
			context
		);
		expect(row).toMatchObject({
			id: '83473451',
			countries: 'IR;KG',
			collection: 'persian',
			permalink: 'https://example.org/ws/?q=oman&article=83473451',
			view: context.view,
			corpus: context.corpus
		});
	});

	it('names the bundled corpus in the collection column', () => {
		expect(toExportRows([meta({})], context)[0].collection).toBe('bundled');
	});
});

describe('toCsv', () => {
	it('writes a header and one CRLF-terminated line per row', () => {
		const csv = toCsv(toExportRows([meta({ id: 'a' }), meta({ id: 'b' })], context));
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('id,title,publishedAt,place,byline,agency,countries,url,collection,permalink,view,corpus');
		expect(lines).toHaveLength(4);
		expect(lines[3]).toBe('');
	});

	it('quotes commas, doubles quotes and keeps line breaks inside a quoted field', () => {
		const csv = toCsv(toExportRows([meta({ title: 'Oil, gas and "deals"\nagain' })], context));
		expect(csv.split('\r\n')[1]).toMatch(/^1,"Oil, gas and ""deals""\nagain",/);
	});

	it('quotes semicolons and tabs, and defuses a formula after one, since a spreadsheet splitting on them ignores the quotes', () => {
		const csv = toCsv(toExportRows([meta({ title: 'a;=1+2;b' }), meta({ title: 'x\t=cmd' })], context));
		const [, first, second] = csv.split('\r\n');
		expect(first).toMatch(/^1,"a;'=1\+2;b",/);
		expect(second).toMatch(/^1,"x\t'=cmd",/);
	});

	it('defuses titles a spreadsheet would run as formulas', () => {
		const csv = toCsv(toExportRows([meta({ title: '=HYPERLINK("http://x")' })], context));
		expect(csv.split('\r\n')[1]).toMatch(/^1,"'=HYPERLINK\(""http:\/\/x""\)",/);
	});
});

describe('toJson', () => {
	it('states the view and corpus once and lists countries as arrays and missing values as null', () => {
		const json = JSON.parse(toJson(toExportRows([meta({ countries: [{ code: 'OM', name: 'Oman', count: 1 }] })], context), context));
		expect(json).toMatchObject({ format: 'wirescope-results/1', view: context.view, corpus: context.corpus, count: 1 });
		expect(json.articles[0]).toMatchObject({ id: '1', countries: ['OM'], url: null, publishedAt: null, collection: 'bundled' });
		expect(json.articles[0]).not.toHaveProperty('view');
	});
});

describe('corpusFingerprint', () => {
	it('changes when an article is added, and only then', () => {
		expect(corpusFingerprint(['a', 'b'])).toBe(corpusFingerprint(['a', 'b']));
		expect(corpusFingerprint(['a', 'b'])).not.toBe(corpusFingerprint(['a', 'b', 'c']));
		expect(corpusFingerprint(['a'])).toMatch(/^ws1-[0-9a-z]{11}$/);
	});
});

describe('the CSV, read back by a CSV parser', () => {
	const hostile = [
		'Oil, gas and "deals"',
		'a;=1+2;b',
		'tab\there',
		'line one\r\nline two\nline three',
		'=HYPERLINK("http://x")',
		'+1 and -1',
		'@SUM(A1)',
		'  spaces kept  ',
		'«Kyrgyzstan» — Бишкек — ایران'
	];
	const rows = toExportRows(
		hostile.map((title, k) => meta({ id: String(k), title })),
		context
	);
	const csv = toCsv(rows);

	it('gives back every title as written, each formula defused by an apostrophe only', () => {
		const records = parse(csv, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
		// Defused: a formula at the start, or after a semicolon or tab, gets an apostrophe; nothing else changes.
		const defused = (t: string) => (/^[=+\-@]/.test(t) ? `'${t}` : t).replace(/([;\t])(?=[=+\-@])/g, "$1'");
		expect(records.map((r) => r.title)).toEqual(hostile.map(defused));
		expect(records[1].title).toBe("a;'=1+2;b");
		expect(records.map((r) => r.id)).toEqual(hostile.map((_, k) => String(k)));
	});

	it('never starts a cell with a formula when a spreadsheet splits the lines on semicolons or tabs instead', () => {
		for (const delimiter of [';', '\t']) {
			const cells = (parse(csv, { delimiter, relax_quotes: true, relax_column_count: true, bom: true }) as string[][]).flat();
			expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
		}
	});
});
