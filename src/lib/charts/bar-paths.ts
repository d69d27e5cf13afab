/**
 * Histogram bars as SVG path data: all the bars of one kind in one path. A timeline of a few
 * hundred bins is then a handful of elements rather than a few hundred, which a phone draws
 * and updates in a fraction of the time.
 */

/** One bar, in pixels: from `left`, `width` wide, from `top` down to `bottom`. */
export interface Bar {
	left: number;
	width: number;
	top: number;
	bottom: number;
}

/** A tenth of a pixel is finer than any screen shows. */
const round = (n: number) => Math.round(n * 10) / 10;

/** Path data drawing each bar as a closed rectangle; bars with no height draw nothing. */
export function barsPath(bars: Iterable<Bar>): string {
	const parts: string[] = [];
	for (const { left, width, top, bottom } of bars) {
		// Rounded ends rather than a rounded height, so that every bar ends on the axis.
		const y = round(top);
		const height = round(round(bottom) - y);
		const w = round(width);
		if (!(height > 0) || !(w > 0) || !Number.isFinite(left)) continue;
		parts.push(`M${round(left)},${y}h${w}v${height}h${-w}Z`);
	}
	return parts.join('');
}
