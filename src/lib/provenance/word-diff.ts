/**
 * Two versions of a text, word by word: what both have, what only the first has (removed) and
 * what only the second has (added), kept in paragraphs. The longest common subsequence of their
 * words, after the common start and end are set aside; a middle too large for that (two texts
 * that hardly agree) is marked changed whole rather than costing the page seconds.
 */

/** A run of words of one side: shared with the other, or only on this side. */
export interface Segment {
	text: string;
	changed: boolean;
}

export interface WordDiff {
	/** Each side's paragraphs, as runs. */
	left: Segment[][];
	right: Segment[][];
	/** Words on each side, and words only on each side. */
	words: [number, number];
	changed: [number, number];
	/** The texts were too far apart to align word by word: their middle is marked changed whole. */
	coarse: boolean;
}

/** Cells of the alignment table at most (two 2,000-word middles). */
const MAX_CELLS = 4_000_000;
/** A paragraph break, as a token of its own: it never matches a word. */
const BREAK = '\u2029';

function tokens(paragraphs: readonly string[]): string[] {
	const out: string[] = [];
	paragraphs.forEach((p, i) => {
		if (i) out.push(BREAK);
		for (const w of p.split(/\s+/)) if (w) out.push(w);
	});
	return out;
}

/** Which tokens of `a` and of `b` are in their longest common subsequence. */
function common(a: string[], b: string[]): { inA: Uint8Array; inB: Uint8Array; coarse: boolean } {
	const inA = new Uint8Array(a.length);
	const inB = new Uint8Array(b.length);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) inA[start] = inB[start++] = 1;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) inA[--endA] = inB[--endB] = 1;
	const n = endA - start;
	const m = endB - start;
	if (n === 0 || m === 0) return { inA, inB, coarse: false };
	if (n * m > MAX_CELLS) return { inA, inB, coarse: true };
	// lengths[i][j]: the common subsequence of a[start+i..] and b[start+j..], one row of m + 1 per i.
	const width = m + 1;
	const lengths = new Uint16Array((n + 1) * width);
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			lengths[i * width + j] =
				a[start + i] === b[start + j]
					? lengths[(i + 1) * width + j + 1] + 1
					: Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[start + i] === b[start + j]) {
			inA[start + i++] = 1;
			inB[start + j++] = 1;
		} else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
		else j++;
	}
	return { inA, inB, coarse: false };
}

/** A side's tokens as paragraphs of runs. */
function runs(toks: string[], kept: Uint8Array): { paragraphs: Segment[][]; changed: number; words: number } {
	const paragraphs: Segment[][] = [[]];
	let changed = 0;
	let words = 0;
	toks.forEach((t, k) => {
		if (t === BREAK) {
			paragraphs.push([]);
			return;
		}
		words++;
		const isChanged = !kept[k];
		if (isChanged) changed++;
		const para = paragraphs[paragraphs.length - 1];
		const last = para[para.length - 1];
		if (last && last.changed === isChanged) last.text += ` ${t}`;
		else para.push({ text: para.length ? ` ${t}` : t, changed: isChanged });
	});
	return { paragraphs, changed, words };
}

/** The word-by-word difference of two texts given as paragraphs. */
export function wordDiff(a: readonly string[], b: readonly string[]): WordDiff {
	const ta = tokens(a);
	const tb = tokens(b);
	const { inA, inB, coarse } = common(ta, tb);
	const left = runs(ta, inA);
	const right = runs(tb, inB);
	return {
		left: left.paragraphs,
		right: right.paragraphs,
		words: [left.words, right.words],
		changed: [left.changed, right.changed],
		coarse
	};
}
