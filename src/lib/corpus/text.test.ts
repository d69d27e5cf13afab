import { describe, expect, it } from 'vitest';
import { cleanLine, comparisonKey, countWords, toAsciiDigits } from './text';

describe('text helpers', () => {
	it('counts words with apostrophes, digits and Persian letters as a reader would', () => {
		expect(countWords(['Iran’s 15 MoUs, signed in 2016 — ایران is here.'])).toBe(9);
		expect(countWords(["don't stop", '', '  '])).toBe(2);
	});

	it('turns no-break spaces and tabs into single spaces', () => {
		expect(cleanLine('  Follow us on Twitter\u00a0@IrnaEnglish\u00a0 ')).toBe('Follow us on Twitter @IrnaEnglish');
		expect(cleanLine('a\t\tb   c')).toBe('a b c');
	});

	it('reads Persian and Arabic-Indic digits', () => {
		expect(toAsciiDigits('۱۲۱۴۲۵۱ / ٢٠٢٠')).toBe('1214251 / 2020');
	});

	it('compares titles regardless of case, quotes and spacing', () => {
		expect(comparisonKey('Iran’s  envoy: “Yes”')).toBe(comparisonKey('IRAN\'S envoy "yes"'));
	});
});
