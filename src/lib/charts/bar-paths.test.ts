import { describe, expect, it } from 'vitest';
import { barsPath } from './bar-paths';

describe('barsPath', () => {
	it('draws each bar as a closed rectangle, to a tenth of a pixel', () => {
		expect(
			barsPath([
				{ left: 10, width: 4.04, top: 20, bottom: 50 },
				{ left: 15.26, width: 4, top: 42.55, bottom: 50 }
			])
		).toBe('M10,20h4v30h-4ZM15.3,42.6h4v7.4h-4Z');
	});

	it('leaves out bars with no height, no width or no position', () => {
		expect(
			barsPath([
				{ left: 0, width: 3, top: 50, bottom: 50 },
				{ left: 5, width: 0, top: 10, bottom: 50 },
				{ left: NaN, width: 3, top: 10, bottom: 50 }
			])
		).toBe('');
	});

	it('draws the same picture as the rectangles it replaces: one subpath per bar', () => {
		const bars = Array.from({ length: 300 }, (_, i) => ({ left: i * 3, width: 2, top: 100 - (i % 50), bottom: 100 }));
		const path = barsPath(bars);
		expect(path.match(/M/g)).toHaveLength(bars.filter((b) => b.bottom > b.top).length);
	});
});
