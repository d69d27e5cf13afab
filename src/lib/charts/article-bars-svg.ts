/** A facet's rows (bylines, agencies) as the SVG its downloads save: one bar of articles each, in the page's colours. */
import { barsSvg } from '../export/chart-svg';
import { plural } from '../format';

export function articleBarsSvg(title: string, rows: readonly { name: string; articles: number }[]): ReturnType<typeof barsSvg> {
	const page = getComputedStyle(document.body);
	return barsSvg(
		rows.map((r) => ({
			name: r.name,
			bars: [{ value: r.articles, text: String(r.articles), title: `${r.name}: ${plural(r.articles, 'article')}` }]
		})),
		{
			title,
			fg: page.color,
			bg: page.backgroundColor,
			colors: [getComputedStyle(document.documentElement).getPropertyValue('--ws-accent').trim()]
		}
	);
}
