/**
 * Charts as standalone SVG files. A chart on the page takes its colours and fonts from
 * the page's CSS, which a saved file does not have: the computed values are written onto
 * each element of a copy. The country bars are HTML on the page, so their file is drawn
 * from the same data instead.
 */

/** The presentation properties a chart's look depends on. */
const INLINED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
] as const;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A copy of a chart's SVG with its computed styles inlined, its size fixed and a background. */
export function serializeSvg(svg: SVGSVGElement, background: string): { text: string; width: number; height: number } {
	const { width, height } = svg.getBoundingClientRect();
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((el, k) => {
		const style = getComputedStyle(el);
		const target = copies[k] as SVGElement;
		target.removeAttribute('class');
		target.setAttribute('style', INLINED.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
	});
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(Math.round(width)));
	copy.setAttribute('height', String(Math.round(height)));
	const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	bg.setAttribute('width', '100%');
	bg.setAttribute('height', '100%');
	bg.setAttribute('fill', background);
	copy.insertBefore(bg, copy.firstChild);
	return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export interface BarsStyle {
	title: string;
	unit: string;
	fg: string;
	bg: string;
	bar: string;
}

const BAR_HEIGHT = 18;
const BAR_GAP = 6;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 360;

/** Horizontal bars, one per row, as an SVG document: the country-bars chart's file. */
export function barsSvg(
	rows: readonly { name: string; value: number }[],
	style: BarsStyle
): { text: string; width: number; height: number } {
	const largest = Math.max(1, ...rows.map((r) => r.value));
	const width = LABEL_WIDTH + BAR_WIDTH + 60;
	const height = 36 + rows.length * (BAR_HEIGHT + BAR_GAP);
	const bars = rows.map((r, k) => {
		const y = 36 + k * (BAR_HEIGHT + BAR_GAP);
		const w = Math.max(1, (BAR_WIDTH * r.value) / largest);
		return (
			`<text x="${LABEL_WIDTH - 8}" y="${y + 13}" text-anchor="end">${escapeXml(r.name)}</text>` +
			`<rect x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${escapeXml(style.bar)}"><title>${escapeXml(`${r.name}: ${r.value} ${style.unit}`)}</title></rect>` +
			`<text x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${y + 13}">${r.value}</text>`
		);
	});
	const text =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="${escapeXml(style.fg)}">` +
		`<rect width="100%" height="100%" fill="${escapeXml(style.bg)}"/>` +
		`<text x="8" y="20" font-weight="600" font-size="14">${escapeXml(style.title)}</text>${bars.join('')}</svg>`;
	return { text, width, height };
}
