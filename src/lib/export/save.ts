/** Saving a figure or a table: as SVG, as PNG drawn from that SVG, or as CSV. */
import { download } from './download';
import { svgToPng } from './png';

/** A standalone SVG document and its size. */
export interface Drawing {
	text: string;
	width: number;
	height: number;
}

/** Saves `drawing` as `<stem>.svg` or `<stem>.png`. */
export async function saveDrawing(stem: string, drawing: Drawing, format: 'svg' | 'png'): Promise<void> {
	if (format === 'svg') download(`${stem}.svg`, drawing.text, 'image/svg+xml');
	else download(`${stem}.png`, await svgToPng(drawing.text, drawing.width, drawing.height));
}

/** Saves CSV text as `<stem>.csv`; the byte-order mark makes spreadsheet programs read it as UTF-8. */
export function saveCsv(stem: string, text: string): void {
	download(`${stem}.csv`, `\uFEFF${text}`, 'text/csv;charset=utf-8');
}
