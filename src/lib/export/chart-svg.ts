/**
 * Charts as standalone SVG files. A chart on the page takes its colours and fonts from
 * the page's CSS, which a saved file does not have: the computed values are written onto
 * each element of a copy. The country bars are HTML on the page, so their file is drawn
 * from the same data instead.
 */

import { withoutControls } from '../controls';

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

/** Text made safe to place in an SVG document's markup (control characters, which XML cannot hold, become spaces). */
export const escapeXml = (s: string) => withoutControls(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
	// A chart's labels come from the corpus and the query: no control character may reach the file.
	return { text: withoutControls(new XMLSerializer().serializeToString(copy)), width, height };
}

export interface BarsStyle {
	title: string;
	fg: string;
	bg: string;
	/** One colour per bar of a group: one for single bars, one per compared query. */
	colors: readonly string[];
	/** The compared queries' names, drawn as a key under the title (in `colors`' order). */
	legend?: readonly string[];
}

/** One row of the chart: a name and its bars (one, or one per compared query). */
export interface BarGroup {
	name: string;
	/** `value` sets the length; `text` is written after the bar, `title` is its tooltip. */
	bars: readonly { value: number; text: string; title: string }[];
}

const BAR_HEIGHT = 18;
const BAR_GAP = 6;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 360;
const HEADER = 36;
const LEGEND_LINE = 18;

/** Horizontal bars, a group of them per row, as an SVG document: the country-bars chart's file. */
export function barsSvg(groups: readonly BarGroup[], style: BarsStyle): { text: string; width: number; height: number } {
	const largest = Math.max(Number.EPSILON, ...groups.flatMap((g) => g.bars.map((b) => b.value)));
	const width = LABEL_WIDTH + BAR_WIDTH + 110;
	const legend = (style.legend ?? []).map(
		(label, k) =>
			`<rect x="8" y="${HEADER + k * LEGEND_LINE - 10}" width="12" height="12" fill="${escapeXml(style.colors[k] ?? style.fg)}"/>` +
			`<text x="26" y="${HEADER + k * LEGEND_LINE}">${escapeXml(label)}</text>`
	);
	let y = HEADER + legend.length * LEGEND_LINE;
	const rows = groups.map((g) => {
		const barHeight = g.bars.length > 1 ? BAR_HEIGHT / 1.5 : BAR_HEIGHT;
		const top = y;
		const bars = g.bars.map((b, k) => {
			const by = top + k * barHeight;
			const w = Math.max(1, (BAR_WIDTH * b.value) / largest);
			return (
				`<rect x="${LABEL_WIDTH}" y="${by}" width="${w.toFixed(1)}" height="${barHeight - 1}" fill="${escapeXml(style.colors[k] ?? style.fg)}"><title>${escapeXml(b.title)}</title></rect>` +
				`<text x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${by + barHeight - 5}">${escapeXml(b.text)}</text>`
			);
		});
		y += g.bars.length * barHeight + BAR_GAP;
		return `<text x="${LABEL_WIDTH - 8}" y="${top + 13}" text-anchor="end">${escapeXml(g.name)}</text>${bars.join('')}`;
	});
	const height = y;
	const text =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="${escapeXml(style.fg)}">` +
		`<rect width="100%" height="100%" fill="${escapeXml(style.bg)}"/>` +
		`<text x="8" y="20" font-weight="600" font-size="14">${escapeXml(style.title)}</text>${legend.join('')}${rows.join('')}</svg>`;
	return { text, width, height };
}

export interface MatrixStyle {
	title: string;
	fg: string;
	bg: string;
	mark: string;
}

const CELL = 34;
const ROW_LABEL = 150;
const COLUMN_LABEL = 110;

/** A matrix of counts as an SVG document, each count a square of its size: the filed-from matrix's file. */
export function matrixSvg(
	rows: readonly string[],
	columns: readonly string[],
	cells: readonly (readonly number[])[],
	style: MatrixStyle
): { text: string; width: number; height: number } {
	const largest = Math.max(1, ...cells.flat());
	const width = ROW_LABEL + columns.length * CELL + 16;
	const height = HEADER + COLUMN_LABEL + rows.length * CELL + 8;
	const top = HEADER + COLUMN_LABEL;
	const heads = columns.map((name, c) => {
		const x = ROW_LABEL + c * CELL + CELL / 2;
		return `<text transform="translate(${x},${top - 6}) rotate(-55)">${escapeXml(name)}</text>`;
	});
	const body = rows.map((name, r) => {
		const y = top + r * CELL;
		const marks = cells[r].map((n, c) => {
			if (!n) return '';
			const side = Math.max(3, (CELL - 6) * Math.sqrt(n / largest));
			const x = ROW_LABEL + c * CELL + (CELL - side) / 2;
			return (
				`<rect x="${x.toFixed(1)}" y="${(y + (CELL - side) / 2).toFixed(1)}" width="${side.toFixed(1)}" height="${side.toFixed(1)}" fill="${escapeXml(style.mark)}" fill-opacity="0.55"><title>${escapeXml(`${name}, ${columns[c]}: ${n}`)}</title></rect>` +
				`<text x="${ROW_LABEL + c * CELL + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle">${n}</text>`
			);
		});
		return `<text x="${ROW_LABEL - 8}" y="${y + CELL / 2 + 4}" text-anchor="end">${escapeXml(name)}</text>${marks.join('')}`;
	});
	const text =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="${escapeXml(style.fg)}">` +
		`<rect width="100%" height="100%" fill="${escapeXml(style.bg)}"/>` +
		`<text x="8" y="20" font-weight="600" font-size="14">${escapeXml(style.title)}</text>${heads.join('')}${body.join('')}</svg>`;
	return { text, width, height };
}
