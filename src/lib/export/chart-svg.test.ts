import { describe, expect, it } from 'vitest';
import { barsSvg } from './chart-svg';

const style = { title: 'Countries named', unit: 'articles', fg: '#000', bg: '#fff', bar: '#1d4e89' };

describe('barsSvg', () => {
	it('draws one bar per country, the largest at full length', () => {
		const { text } = barsSvg(
			[
				{ name: 'Oman', value: 4 },
				{ name: 'Iraq', value: 2 }
			],
			style
		);
		expect(text.match(/<rect x=/g)).toHaveLength(2);
		expect(text).toContain('width="360.0"');
		expect(text).toContain('width="180.0"');
		expect(text).toContain('<title>Oman: 4 articles</title>');
	});

	it('escapes names so that text from captures cannot become markup', () => {
		const { text } = barsSvg([{ name: '<script>x</script>&', value: 1 }], style);
		expect(text).not.toContain('<script>');
		expect(text).toContain('&#60;script&#62;x&#60;/script&#62;&#38;');
	});
});
