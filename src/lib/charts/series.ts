/**
 * How the compared queries are told apart on every chart: each has a colour (app.css's
 * --ws-series-N, readable on the light and the dark theme) and a dash, so that no reader has to
 * tell them apart by hue alone. Up to MAX_QUERIES (state/view-url.ts) of them.
 */
export interface SeriesStyle {
	color: string;
	/** An SVG stroke-dasharray. */
	dash: string;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
	{ color: 'var(--ws-series-1)', dash: 'none' },
	{ color: 'var(--ws-series-2)', dash: '7 3' },
	{ color: 'var(--ws-series-3)', dash: '2 2' },
	{ color: 'var(--ws-series-4)', dash: '9 3 2 3' },
	{ color: 'var(--ws-series-5)', dash: '4 4' }
];

export const seriesStyle = (i: number): SeriesStyle => SERIES_STYLES[i % SERIES_STYLES.length];

/** A compared query as readers see it named: its text, or what an empty query stands for. */
export function seriesLabel(query: string, i: number): string {
	const q = query.trim();
	return q ? `“${q}”` : `Query ${i + 1} (every article)`;
}
