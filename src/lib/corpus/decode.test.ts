import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const ARTICLE = 'Tehran, IRNA – Iran’s envoy said “yes”.';

function utf16le(text: string, bom: boolean): Uint8Array {
	const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
	if (bom) out.set([0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out[(bom ? 2 : 0) + i * 2] = c & 0xff;
		out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
	}
	return out;
}

describe('decodeBytes', () => {
	it('reads UTF-8 with and without a byte-order mark', () => {
		const plain = new TextEncoder().encode(ARTICLE);
		expect(decodeBytes(plain)).toEqual({ text: ARTICLE, warnings: [] });
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: ARTICLE, warnings: [] });
	});

	it('reads UTF-16 with a BOM silently and without one with a warning', () => {
		expect(decodeBytes(utf16le(ARTICLE, true))).toEqual({ text: ARTICLE, warnings: [] });
		const sniffed = decodeBytes(utf16le(ARTICLE, false));
		expect('text' in sniffed && sniffed.text).toBe(ARTICLE);
		expect('warnings' in sniffed && sniffed.warnings[0]).toMatch(/UTF-16LE/);
	});

	it('reads Windows-1256 Persian text with a warning', () => {
		// "Iran" in Persian (ايران) in Windows-1256, inside English text.
		const bytes = new Uint8Array([...new TextEncoder().encode('Iran ('), 0xc7, 0xed, 0xd1, 0xc7, 0xe4, 0x29]);
		const d = decodeBytes(bytes);
		expect('text' in d && d.text).toBe('Iran (ايران)');
		expect('warnings' in d && d.warnings[0]).toMatch(/Windows-1256/);
	});

	it('reads a mixed file line by line: UTF-8 lines as UTF-8, a legacy line as Windows-1256, and says which', () => {
		const utf8 = (t: string) => [...new TextEncoder().encode(t)];
		// A UTF-8 capture with one line pasted from a Windows-1256 page ("ايران").
		const bytes = new Uint8Array([
			...utf8('Tehran, IRNA – ایران و قرقیزستان\n'),
			0xc7,
			0xed,
			0xd1,
			0xc7,
			0xe4,
			0x0a,
			...utf8('Bishkek – “talks”\n')
		]);
		const d = decodeBytes(bytes);
		expect('text' in d && d.text).toBe('Tehran, IRNA – ایران و قرقیزستان\nايران\nBishkek – “talks”\n');
		expect('warnings' in d && d.warnings[0]).toMatch(/Windows-1256 on line 2\b/);
	});

	it('keeps the UTF-8 letters of a line that also holds legacy bytes', () => {
		// A UTF-8 dash and Persian, then "ايران" in Windows-1256, on one line.
		const bytes = new Uint8Array([...new TextEncoder().encode('Tehran – ایران ('), 0xc7, 0xed, 0xd1, 0xc7, 0xe4, 0x29, 0x0a]);
		const d = decodeBytes(bytes);
		expect('text' in d && d.text).toBe('Tehran – ایران (ايران)\n');
		expect('warnings' in d && d.warnings.join(' ')).toMatch(/Windows-1256 on line 1\b/);
	});

	it('turns CRLF and lone CR into LF', () => {
		const d = decodeBytes(new TextEncoder().encode('a\r\nb\rc\n'));
		expect('text' in d && d.text).toBe('a\nb\nc\n');
	});

	it('rejects binary files with a reason a person understands', () => {
		expect(decodeBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toEqual({
			reason: 'binary file: looks like a PDF document, not text'
		});
		expect(decodeBytes(new Uint8Array([65, 0, 0, 0, 66, 0, 0, 1, 0xff, 0xfe, 0]))).toHaveProperty('reason');
	});
});

describe('control characters in a capture', () => {
	it('become spaces (a page break a line break), with a warning saying how many', () => {
		const rest = ' The ministers met in Tehran on Monday to review the plans for the new railway link.'.repeat(3);
		const decoded = decodeBytes(new TextEncoder().encode(`Ali\u001BYilmaz wrote\u0007 it\u000B.${rest}\nNext line\u0085 here\n`));
		expect(decoded).toEqual({
			text: `Ali Yilmaz wrote  it\n.${rest}\nNext line  here\n`,
			warnings: ['4 control characters replaced by spaces']
		});
	});
});
