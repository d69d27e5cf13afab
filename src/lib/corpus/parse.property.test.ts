import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';

const HEADER_LINES = [
	'Sep 13, 2019, 9:57 AM',
	'Journalist ID: 2374',
	'News ID: 84145642',
	'T T',
	'0 Persons',
	'Tags',
	'Tehran, IRNA – ',
	'Your Comment',
	'8072**1424',
	'1 + 1 ='
];

function expectArticleOrRejection(file: string, bytes: Uint8Array) {
	const result = parseArticle({ file, bytes });
	if ('article' in result) {
		const a = result.article;
		expect(a.file).toBe(file);
		expect(a.title.length).toBeGreaterThan(0);
		expect(a.paragraphs.length).toBeGreaterThan(0);
		for (const c of a.countries) {
			for (const m of c.mentions) {
				expect(m.start).toBeLessThan(m.end);
				expect(m.end).toBeLessThanOrEqual(a.paragraphs[m.paragraph].length);
			}
		}
	} else {
		expect(result.rejected.file).toBe(file);
		expect(result.rejected.reason.length).toBeGreaterThan(5);
	}
}

describe('parseArticle on arbitrary input', () => {
	it('never throws and yields an article or a rejection for any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => expectArticleOrRejection('s.txt', new TextEncoder().encode(s))),
			{ numRuns: 400 }
		);
	});

	it('never throws for arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (b) => expectArticleOrRejection('b.bin', b)),
			{ numRuns: 400 }
		);
	});

	it('never throws for shuffled page furniture mixed with text', () => {
		const line = fc.oneof(fc.constantFrom(...HEADER_LINES), fc.string({ maxLength: 80 }), fc.constant(''));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), (lines) =>
				expectArticleOrRejection('f.txt', new TextEncoder().encode(lines.join('\n')))
			),
			{ numRuns: 400 }
		);
	});
});
