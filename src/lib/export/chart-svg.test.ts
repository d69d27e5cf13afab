import { describe, expect, it } from 'vitest';
import { barsSvg, escapeXml, type BarGroup } from './chart-svg';
import { countControls } from '../controls';

const style = { title: 'Countries named', fg: '#000', bg: '#fff', colors: ['#1d4e89'] };
const single = (name: string, value: number): BarGroup => ({
	name,
	bars: [{ value, text: String(value), title: `${name}: ${value} articles` }]
});

describe('barsSvg', () => {
	it('draws one bar per country, the largest at full length', () => {
		const { text } = barsSvg([single('Oman', 4), single('Iraq', 2)], style);
		expect(text.match(/<rect x=/g)).toHaveLength(2);
		expect(text).toContain('width="360.0"');
		expect(text).toContain('width="180.0"');
		expect(text).toContain('<title>Oman: 4 articles</title>');
	});

	it('draws compared queries as a group of bars per country, each in its colour, with a key', () => {
		const group: BarGroup = {
			name: 'Oman',
			bars: [
				{ value: 0.5, text: '50%', title: 'a' },
				{ value: 0.25, text: '25%', title: 'b' }
			]
		};
		const { text } = barsSvg([group], { ...style, colors: ['#111111', '#222222'], legend: ['“sanctions”', '“oil”'] });
		expect(text).toContain('fill="#222222"><title>b</title>');
		expect(text).toContain('width="180.0"');
		expect(text).toContain('>“oil”</text>');
	});

	it('escapes names so that text from captures cannot become markup', () => {
		const { text } = barsSvg([single('<script>x</script>&', 1)], style);
		expect(text).not.toContain('<script>');
		expect(text).toContain('&#60;script&#62;x&#60;/script&#62;&#38;');
	});
});

describe('escapeXml', () => {
	it('lets no control character into an SVG file, which XML cannot hold', () => {
		const escaped = escapeXml('Ali\u001BYilmaz <b> & "q"\u0007');
		expect(escaped).toBe('Ali Yilmaz &#60;b&#62; &#38; &#34;q&#34; ');
		expect(countControls(escaped)).toBe(0);
	});
});
