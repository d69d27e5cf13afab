import { describe, expect, it } from 'vitest';
import { isColour, parseTheme } from './theme';

describe('parseTheme', () => {
	it('reads the documented properties with colour values', () => {
		expect(parseTheme('--ws-bg:#fdfcf8; --ws-accent: rgb(176 0 32) ;--ws-fg:black;--ws-mark:hsl(48 100% 70% / 0.8)')).toEqual([
			['--ws-bg', '#fdfcf8'],
			['--ws-accent', 'rgb(176 0 32)'],
			['--ws-fg', 'black'],
			['--ws-mark', 'hsl(48 100% 70% / 0.8)']
		]);
	});

	it('drops names outside the allow-list, whatever their value', () => {
		expect(parseTheme('--ws-bg:#fff;color:red;--other:#000;background:#111;--ws-bgx:#222')).toEqual([['--ws-bg', '#fff']]);
	});

	it('drops values that are not plain colours', () => {
		for (const value of [
			'url(https://evil.test/x.png)',
			'red}body{display:none',
			'var(--ws-fg)',
			'expression(alert(1))',
			'rgb(0 0 0) url(x)',
			'#12345',
			'"red"',
			'',
			`#${'a'.repeat(70)}`
		]) {
			expect(parseTheme(`--ws-accent:${value}`), value).toEqual([]);
		}
	});

	it('keeps the last value given for a property and ignores pairs without a colon', () => {
		expect(parseTheme('--ws-bg:#fff;junk;--ws-bg:#000')).toEqual([['--ws-bg', '#000']]);
	});

	it('returns nothing for a missing parameter', () => {
		expect(parseTheme(null)).toEqual([]);
	});
});

describe('isColour', () => {
	it('accepts hex, functional and keyword colours', () => {
		for (const c of [
			'#abc',
			'#abcd',
			'#aabbcc',
			'#aabbccdd',
			'rgba(0, 0, 0, 0.5)',
			'oklch(70% 0.1 250deg)',
			'transparent',
			'RebeccaPurple'
		]) {
			expect(isColour(c), c).toBe(true);
		}
	});
});
