import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';
import { parseBytes, parseText } from './test-parse';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const parseFile = (path: string, file = path) => parseBytes(file, new Uint8Array(readFileSync(here(path))));

describe('the seed article', () => {
	const a = parseFile('../../../seeds/000_a0474dc1596c8efe.txt', '000_a0474dc1596c8efe.txt');

	it('reads the title, the printed local date and the identifiers', () => {
		expect(a.title).toBe('Iran seeking peace and stability for entire region');
		expect(a.publishedAt).toBe('2019-09-13T09:57');
		expect(a.newsCode).toBe('83473451');
		expect(a.id).toBe('83473451');
		expect(a.journalistId).toBe('2374');
		expect(a.personsCount).toBe(0);
		expect(a.url).toBe('https://en.irna.ir/news/83473451/');
		expect(a.kicker).toBeNull();
		expect(a.warnings).toEqual([]);
	});

	it('keeps the dateline apart from the first sentence', () => {
		expect(a.dateline).toEqual({ place: 'Tehran', date: 'Sept 13', agency: 'IRNA', country: 'IR' });
		expect(a.paragraphs[0]).toMatch(/^Iran's Minister of Interior Affairs Abdolreza Rahmani-Fazli said/);
	});

	it('leaves no header or footer text in the paragraphs', () => {
		const body = a.paragraphs.join('\n');
		for (const furniture of [
			'Journalist ID',
			'News Code',
			'0 Persons',
			'Follow us',
			'IrnaEnglish',
			'Your Comment',
			'replying to',
			'1 + 1'
		]) {
			expect(body).not.toContain(furniture);
		}
		expect(a.paragraphs).toHaveLength(21);
		expect(a.paragraphs.at(-1)).toMatch(/^Kyrgyzstan Interior Ministry is interested/);
		expect(a.paragraphs).not.toContain(a.title);
	});

	it('finds the countries a reader counts, with Kyrgyz and Bishkek as Kyrgyzstan', () => {
		expect(a.countries.map((c) => c.code).sort()).toEqual(['AF', 'IL', 'IQ', 'IR', 'KG', 'SA', 'SY', 'US', 'YE']);
		const kg = a.countries.find((c) => c.code === 'KG')!;
		const words = kg.mentions.map((m) => a.paragraphs[m.paragraph].slice(m.start, m.end));
		expect(words).toContain('Kyrgyz');
		expect(words.some((w) => w.startsWith('Bishkek'))).toBe(true);
		expect(kg.count).toBe(kg.mentions.length);
		expect(a.countries[0].code).toBe('IR');
	});

	it('counts the words of the body', () => {
		expect(a.wordCount).toBeGreaterThan(500);
		expect(a.wordCount).toBeLessThan(700);
	});
});

describe('IRNA header layouts', () => {
	it('reads the 2019 layout: day-month-year, 24-hour clock, label without colon', () => {
		const a = parseFile('fixtures/irna-2019.txt');
		expect(a.publishedAt).toBe('2019-08-19T13:09');
		expect(a.newsCode).toBe('83443299');
		expect(a.journalistId).toBe('2379');
		expect(a.title).toBe('Rouhani calls for wider trade with Armenia');
		expect(a.dateline).toEqual({ place: 'Tehran', date: 'Aug 19', agency: 'IRNA', country: 'IR' });
		expect(a.paragraphs).toHaveLength(3);
		expect(a.paragraphs.join(' ')).not.toMatch(/Rouhani calls for wider trade|7 \+ 0/);
	});

	it('reads the late-2020 layout with News ID, the T T widget and a repeated header block', () => {
		const a = parseFile('fixtures/irna-2021.txt');
		expect(a.publishedAt).toBe('2020-12-13T16:01');
		expect(a.newsCode).toBe('84145642');
		expect(a.journalistId).toBe('956');
		expect(a.title).toBe('Iran, Iraq discuss electricity debts');
		expect(a.dateline).toEqual({ place: 'Tehran', date: null, agency: 'IRNA', country: 'IR' });
		expect(a.paragraphs).toHaveLength(2);
		const body = a.paragraphs.join('\n');
		expect(body).not.toMatch(/T T|8072|Related News|Oil exports to China|Dec 1[03]/);
	});

	it('reads a capture with only a date line, a date without a time', () => {
		const a = parseFile('fixtures/irna-date-only.txt');
		expect(a.publishedAt).toBe('2021-04-12');
		expect(a.title).toBe('Afghan refugees to receive vaccines');
		expect(a.dateline).toEqual({ place: 'Kabul', date: null, agency: 'IRNA', country: 'AF' });
		expect(a.newsCode).toBeNull();
		expect(a.id).toMatch(/^[0-9a-z]{11}$/);
	});

	it('reads a capture that starts with the title and warns that it has no date, nor a year in the dateline', () => {
		const a = parseFile('fixtures/no-header.txt');
		expect(a.title).toBe('Caspian states agree on fishing quotas');
		expect(a.publishedAt).toBeNull();
		expect(a.warnings).toContain('no publication date found: "July 29" is printed without a year');
		expect(a.dateline).toEqual({ place: 'Rasht', date: 'July 29', agency: 'IRNA', country: 'IR' });
	});
});

describe('sister agencies and other outlets', () => {
	it('reads a Mehr page: breadcrumb, kicker, sign-off, trailing news code and URL', () => {
		const a = parseFile('fixtures/mehr.txt');
		expect(a.kicker).toBe('S. Korea FM:');
		expect(a.title).toBe('Seoul ready to expand ties with Tehran');
		expect(a.dateline).toEqual({ place: 'TEHRAN', date: 'Apr. 24', agency: 'MNA', country: 'IR' });
		expect(a.newsCode).toBe('151184');
		expect(a.url).toBe('https://en.mehrnews.com/news/151184/Seoul-ready-to-expand-ties-with-Tehran');
		expect(a.publishedAt).toBeNull();
		expect(a.paragraphs).toHaveLength(2);
		expect(a.paragraphs.join(' ')).not.toMatch(/Politics|ZZ\/IRN|Sara Ahmadi|https?:/);
	});

	it('reads an ISNA page with a bulleted header', () => {
		const a = parseFile('fixtures/isna.txt');
		expect(a.publishedAt).toBe('2019-07-29T11:48');
		expect(a.newsCode).toBe('98050703350');
		expect(a.journalistId).toBe('71593');
		expect(a.title).toBe('Zarif arrives in Brazil for Latin America tour');
		expect(a.dateline).toEqual({ place: 'Tehran', date: null, agency: 'ISNA', country: 'IR' });
		expect(a.url).toBe('https://en.isna.ir/news/98050703350/');
		expect(a.paragraphs.join(' ')).not.toContain('Category');
	});

	it('reads a stamp with a stated zone and never takes a date quoted in the body', () => {
		const a = parseFile('fixtures/other-outlet.txt');
		expect(a.publishedAt).toBe('2019-11-08T11:56-05:00');
		expect(a.title).toBe('UN envoy briefs Security Council on Yemen');
		expect(a.dateline).toEqual({ place: 'NEW YORK', date: null, agency: null, country: 'US' });
		expect(a.paragraphs).toHaveLength(2);
	});

	it('gives no date at all when only the body quotes one', () => {
		const a = parseText(
			'Talks resume in Vienna\n\nVienna, IRNA – Talks held on March 2, 2020 will resume.\n\nMonday, 6 Apr 2020 was chosen.'
		);
		expect(a.publishedAt).toBeNull();
	});
});

describe('text quirks', () => {
	const a = parseFile('fixtures/quirks.txt');

	it('rejoins a drop cap and a hard-wrapped line', () => {
		expect(a.paragraphs[0]).toMatch(/^Iran’s ambassador to Japan met .* statement released after the meeting, adding/);
	});

	it('drops caption shortcodes and leftover debug output but keeps the caption text', () => {
		const body = a.paragraphs.join('\n');
		expect(body).not.toMatch(/\[caption|\[\/caption|Notice: Undefined/);
		expect(body).toContain('Photo: the ambassador in Tokyo');
	});

	it('keeps the header date, not the date quoted in the body, and warns of damaged text', () => {
		expect(a.publishedAt).toBe('2020-03-02T20:55');
		expect(a.title).toBe('Iranˈs envoy meets Japanese premier');
		expect(a.warnings.some((w) => w.includes('U+FFFD'))).toBe(true);
	});

	it('reads CRLF line endings like LF', () => {
		const lf = parseFile('fixtures/other-outlet.txt');
		const crlf = parseText(readFileSync(here('fixtures/other-outlet.txt'), 'utf8').replace(/\r?\n/g, '\r\n'));
		expect(crlf.paragraphs).toEqual(lf.paragraphs);
	});

	it('shows markup in a plain-text article as the characters it is', () => {
		const a = parseText('Title with <img src=x onerror=alert(1)>\n\nTehran, IRNA – Body with <script>alert(1)</script> in it.');
		expect(a.title).toBe('Title with <img src=x onerror=alert(1)>');
		expect(a.paragraphs[0]).toBe('Body with <script>alert(1)</script> in it.');
	});

	it('turns a saved HTML page into text without its scripts', () => {
		const a = parseText(
			'<!DOCTYPE html><html><head><title>x</title><script>var evil = 1;</script></head><body><h1>Oman hosts talks</h1><p>Muscat, IRNA – Oman hosted talks on Monday &amp; Tuesday.</p></body></html>'
		);
		expect(a.title).toBe('Oman hosts talks');
		expect(a.paragraphs).toEqual(['Oman hosted talks on Monday & Tuesday.']);
		expect(a.warnings).toContain('saved as an HTML page: converted to text');
	});
});

describe('files that are not articles', () => {
	const reject = (bytes: Uint8Array) => {
		const r = parseArticle({ file: 'bad', bytes });
		if (!('rejected' in r)) throw new Error('expected a rejection');
		return r.rejected.reason;
	};
	it('says why each is rejected', () => {
		expect(reject(new Uint8Array())).toMatch(/empty/);
		expect(reject(new TextEncoder().encode(' \n\t\n  '))).toMatch(/blank/);
		expect(reject(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toMatch(/PNG image/);
		expect(reject(new Uint8Array([1, 2, 0, 0, 200, 3, 0, 7, 8, 0]))).toMatch(/binary/);
		expect(reject(new TextEncoder().encode('Just a title\n\nTags\n\nYour Comment'))).toMatch(/no body text/);
		expect(reject(new Uint8Array(6 * 1024 * 1024).fill(65))).toMatch(/over the 5\.0 MB limit/);
	});
});

describe('dates below the first paragraph', () => {
	it('drops a lone date line in the body without taking it as the publication date', () => {
		const a = parseText('Oil talks resume\n\nVienna, IRNA – Talks resumed.\n\nMonday, 6 Apr 2020\n\nThey will go on.');
		expect(a.publishedAt).toBeNull();
		expect(a.paragraphs).toEqual(['Talks resumed.', 'They will go on.']);
	});

	it('takes a date printed between the title and the first paragraph', () => {
		const a = parseText('Oil talks resume\nMonday, 6 Apr 2020\n\nVienna, IRNA – Talks resumed.');
		expect(a.publishedAt).toBe('2020-04-06');
	});
});
