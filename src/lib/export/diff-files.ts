/**
 * Two versions compared (see provenance/word-diff.ts) as files: a CSV of their runs of words,
 * and a drawing of both side by side, what only one has struck through or underlined.
 */
import type { Segment, WordDiff } from '../provenance/word-diff';
import { escapeXml } from './chart-svg';
import { csvLines } from './results';

export interface DiffSide {
	id: string;
	publishedAt: string | null;
	newsCode: string | null;
}

/** A row per run of words: which version, which paragraph (0 the headline), shared, removed or added, and the words. */
export function diffCsv(title: WordDiff, body: WordDiff, sides: [DiffSide, DiffSide]): string {
	const rows = ([0, 1] as const).flatMap((k) => {
		const side = sides[k];
		const paragraphs = [(k ? title.right : title.left)[0] ?? [], ...(k ? body.right : body.left)];
		return paragraphs.flatMap((runs, p) =>
			runs.map((r) => [
				k ? 'compared' : 'open',
				side.id,
				side.publishedAt ?? '',
				side.newsCode ?? '',
				String(p),
				r.changed ? (k ? 'added' : 'removed') : 'same',
				r.text.trim()
			])
		);
	});
	return csvLines(['version', 'article', 'published', 'code', 'paragraph', 'words', 'text'], rows);
}

export interface DiffStyle {
	fg: string;
	bg: string;
	mark: string;
	labels: [string, string];
}

const COLUMN = 420;
const GAP = 30;
const LINE = 17;
/** Characters per line of a column at 12 px (a little under the average width of a sans-serif letter). */
const CHARS = 62;

/** A paragraph's runs, word by word, wrapped to lines of CHARS characters at most. */
function wrap(runs: readonly Segment[]): { text: string; changed: boolean }[][] {
	const lines: { text: string; changed: boolean }[][] = [[]];
	let width = 0;
	for (const run of runs)
		for (const word of run.text.split(/\s+/).filter(Boolean)) {
			if (width && width + 1 + word.length > CHARS) {
				lines.push([]);
				width = 0;
			}
			const line = lines[lines.length - 1];
			const last = line[line.length - 1];
			// The space before a changed run stays unmarked: only the words are struck or underlined.
			if (width && run.changed && last && !last.changed) last.text += ' ';
			const text = width && !(run.changed && last && !last.changed) ? ` ${word}` : word;
			if (last && last.changed === run.changed) last.text += text;
			else line.push({ text, changed: run.changed });
			width += width ? word.length + 1 : word.length;
		}
	return lines;
}

/** Both versions side by side as an SVG document. */
export function diffSvg(title: WordDiff, body: WordDiff, style: DiffStyle): { text: string; width: number; height: number } {
	const columns = ([0, 1] as const).map((k) => {
		const x = 12 + k * (COLUMN + GAP);
		const decoration = k ? 'underline' : 'line-through';
		let y = 24;
		const parts = [`<text x="${x}" y="${y}" font-weight="600">${escapeXml(style.labels[k])}</text>`];
		const paragraphs = [(k ? title.right : title.left)[0] ?? [], ...(k ? body.right : body.left)];
		paragraphs.forEach((runs, p) => {
			y += p ? 10 : 8;
			for (const line of wrap(runs)) {
				y += LINE;
				const spans = line.map((s) =>
					s.changed
						? `<tspan fill="${escapeXml(style.mark)}" text-decoration="${decoration}">${escapeXml(s.text)}</tspan>`
						: `<tspan>${escapeXml(s.text)}</tspan>`
				);
				parts.push(`<text x="${x}" y="${y}" xml:space="preserve"${p ? '' : ' font-weight="600"'}>${spans.join('')}</text>`);
			}
		});
		return { parts, height: y };
	});
	const width = 24 + 2 * COLUMN + GAP;
	const height = Math.max(...columns.map((c) => c.height)) + 16;
	const text =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="${escapeXml(style.fg)}">` +
		`<rect width="100%" height="100%" fill="${escapeXml(style.bg)}"/>${columns.flatMap((c) => c.parts).join('')}</svg>`;
	return { text, width, height };
}
