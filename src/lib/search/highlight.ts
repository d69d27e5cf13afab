import { wordsAt } from './tokens';

/** Where the given (lower-case) corpus words occur in a text, as [start, end) ranges. */
export function wordRanges(text: string, words: ReadonlySet<string>): [number, number][] {
	if (words.size === 0) return [];
	return wordsAt(text).flatMap((t) => (words.has(t.word) ? [[t.start, t.end] as [number, number]] : []));
}

/** A run of text, marked when it is part of a match. Rendered as text nodes, never as HTML. */
export interface Segment {
	text: string;
	mark: boolean;
}

/** Cuts `text` into plain and marked segments; overlapping or unsorted ranges are merged. */
export function toSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
	const sorted = ranges
		.map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as [number, number])
		.filter(([s, e]) => e > s)
		.sort((a, b) => a[0] - b[0]);
	const out: Segment[] = [];
	let at = 0;
	for (const [s, e] of sorted) {
		if (e <= at) continue;
		const start = Math.max(s, at);
		const last = out[out.length - 1];
		if (start > at) out.push({ text: text.slice(at, start), mark: false });
		else if (last?.mark) {
			last.text += text.slice(start, e);
			at = e;
			continue;
		}
		out.push({ text: text.slice(start, e), mark: true });
		at = e;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: false });
	return out;
}

/** Characters of context kept on each side of the first match in a snippet. */
const SNIPPET_CONTEXT = 90;
/** Characters shown before a chosen passage's first matched word. */
const PASSAGE_LEAD = 30;

/**
 * Where in a text the most distinct matched words stand within one snippet's width: the
 * start of that passage (the earliest such) and how many words it holds.
 */
export function bestPassage(text: string, ranges: readonly (readonly [number, number])[]): { focus: number; words: number } {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	let best = { focus: sorted.length ? sorted[0][0] : 0, words: 0 };
	for (let i = 0; i < sorted.length; i++) {
		const seen = new Set<string>();
		for (let j = i; j < sorted.length && sorted[j][1] <= sorted[i][0] + SNIPPET_CONTEXT * 1.5; j++)
			seen.add(text.slice(sorted[j][0], sorted[j][1]).toLowerCase());
		if (seen.size > best.words) best = { focus: sorted[i][0], words: seen.size };
	}
	return best;
}

/** A window of a paragraph around `focus` (by default its first match, or its start), ranges shifted into the window. */
export function snippet(text: string, ranges: readonly (readonly [number, number])[], focus?: number): Segment[] {
	let first = focus ?? 0;
	if (focus === undefined && ranges.length) {
		first = Infinity;
		for (const [s] of ranges) if (s < first) first = s;
	}
	// Around a first match, context on both sides; a chosen passage gets a little before it and the rest after.
	let from = Math.max(0, first - (focus === undefined ? SNIPPET_CONTEXT : PASSAGE_LEAD));
	// Start on a word boundary rather than mid-word.
	const space = from > 0 ? text.indexOf(' ', from) : -1;
	if (space !== -1 && space < first) from = space + 1;
	const to = Math.min(text.length, from + SNIPPET_CONTEXT * 2);
	const segments = toSegments(
		text.slice(from, to),
		ranges.map(([s, e]) => [s - from, e - from] as [number, number])
	);
	if (from > 0) segments.unshift({ text: '…', mark: false });
	if (to < text.length) segments.push({ text: '…', mark: false });
	return segments;
}

/** A run of reader text: part of a search match, part of a country mention (its code), both, or neither. */
export interface Layered {
	text: string;
	match: boolean;
	country: string | null;
}

/**
 * Cuts a paragraph at every boundary of the search ranges and the country mentions, in one
 * sweep over the sorted boundaries: an article repeating a word 100,000 times (every one a
 * match and a mention) is cut in linear-logarithmic time, not by comparing every piece with
 * every range.
 */
export function layerSegments(
	text: string,
	matchRanges: readonly (readonly [number, number])[],
	mentions: readonly { start: number; end: number; code: string }[]
): Layered[] {
	const clamp = (x: number) => Math.max(0, Math.min(text.length, x));
	const cuts = new Set([0, text.length]);
	for (const [s, e] of matchRanges) cuts.add(clamp(s)).add(clamp(e));
	for (const m of mentions) cuts.add(clamp(m.start)).add(clamp(m.end));
	const points = Int32Array.from(cuts).sort();
	const at = new Map<number, number>();
	points.forEach((p, k) => at.set(p, k));
	// How many match ranges cover each piece, as a running sum of starts and ends.
	const depth = new Int32Array(points.length + 1);
	for (const [s, e] of matchRanges) {
		if (clamp(e) <= clamp(s)) continue;
		depth[at.get(clamp(s))!]++;
		depth[at.get(clamp(e))!]--;
	}
	// The mention covering each piece: the first-listed one wins where two overlap.
	const country: (string | null)[] = new Array(points.length).fill(null);
	for (let i = mentions.length - 1; i >= 0; i--) {
		const m = mentions[i];
		for (let k = at.get(clamp(m.start))!; k < at.get(clamp(m.end))!; k++) country[k] = m.code;
	}
	const out: Layered[] = [];
	let covered = 0;
	for (let k = 0; k + 1 < points.length; k++) {
		covered += depth[k];
		const match = covered > 0;
		const piece = text.slice(points[k], points[k + 1]);
		const last = out[out.length - 1];
		if (last && last.match === match && last.country === country[k]) last.text += piece;
		else out.push({ text: piece, match, country: country[k] });
	}
	return out;
}
