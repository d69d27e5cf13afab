import { describe, expect, it } from 'vitest';
import { BODY, BODY_START, LEAD, LEAD_START, PostingCollector, TITLE, codeLength, fieldAt, lengthCode } from './postings';

describe("an article's length as the postings carry it", () => {
	it('is exact for short articles and within a sixteenth of any length up to 2^18 words', () => {
		for (let n = 0; n < 16; n++) expect(codeLength(lengthCode(n))).toBe(n);
		for (let n = 16; n < 1 << 18; n += 7) {
			const code = lengthCode(n);
			expect(code).toBeLessThan(128);
			expect(Math.abs(codeLength(code) - n) / n).toBeLessThanOrEqual(1 / 16);
		}
	});

	it('orders lengths as they are, and holds past the longest', () => {
		let last = -1;
		for (let n = 0; n < 5000; n++) {
			expect(lengthCode(n)).toBeGreaterThanOrEqual(last);
			last = lengthCode(n);
		}
		expect(lengthCode(10_000_000)).toBe(127);
		expect(lengthCode(-3)).toBe(0);
	});
});

describe('positions', () => {
	it('say their field: title, lead, then the other paragraphs', () => {
		const collector = new PostingCollector();
		collector.add({ title: 'Wheat deal', paragraphs: ['Wheat talks went on.', 'More wheat.', 'Wheat again.'], place: '', code: '' });
		const [doc, , count, ...positions] = collector.text.get('wheat')!;
		expect(doc).toBe(0);
		expect(count).toBe(4);
		expect(positions.map(fieldAt)).toEqual([TITLE, LEAD, BODY, BODY]);
		expect(positions[1]).toBe(LEAD_START);
		expect(positions[2]).toBe(BODY_START + 1);
	});

	it('of a title or lead too long for its room count in the next field, and still rise', () => {
		const long = Array.from({ length: 300 }, (_, k) => `w${k}`).join(' ');
		const collector = new PostingCollector();
		collector.add({ title: long, paragraphs: [long], place: '', code: '' });
		const title = collector.text.get('w299')!;
		// w299 is in the title (position 299, past the lead's start) and in the lead.
		const [, , , inTitle, inLead] = title;
		expect(fieldAt(inTitle)).toBe(LEAD);
		expect(inLead).toBeGreaterThan(inTitle);
		expect(collector.totalLength).toBe(600);
	});
});
