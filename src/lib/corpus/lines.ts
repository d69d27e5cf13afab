import { cleanLine } from './text';

/** A cleaned line and whether a blank line stood before it. */
export interface Line {
	text: string;
	afterBlank: boolean;
}

/** Non-empty lines, cleaned, each knowing whether it starts a new blank-separated block. */
export function toLines(text: string): Line[] {
	const out: Line[] = [];
	let afterBlank = true;
	for (const raw of text.split('\n')) {
		const text = cleanLine(raw);
		if (!text) {
			afterBlank = true;
			continue;
		}
		out.push({ text, afterBlank });
		afterBlank = false;
	}
	return out;
}

const SENTENCE_END = /[.!?:;"'”’)\]…]$/;
const CAPTION_TAG = /\[\/?caption[^\]]*\]/gi;

/**
 * Body lines into paragraphs. Most captures put one paragraph per line; a scraper that
 * hard-wrapped text leaves a line that stops mid-sentence before one starting in lower
 * case, and those are joined. A drop cap split from its word ("I" / "ran's") is rejoined.
 * A paragraph is kept as its lines until the end, and only its last line is tested: testing
 * the growing paragraph made a file of one paragraph over 100,000 lines take minutes.
 */
export function toParagraphs(lines: Line[]): string[] {
	const out: string[][] = [];
	for (const { text: raw, afterBlank } of lines) {
		const text = raw.includes('[') ? cleanLine(raw.replace(CAPTION_TAG, ' ')) : raw;
		if (!text) continue;
		const prev = out.length ? out[out.length - 1] : null;
		const last = prev ? prev[prev.length - 1] : '';
		if (prev !== null && prev.length === 1 && /^[A-Z]$/.test(last) && /^\p{Ll}/u.test(text)) {
			prev[0] = last + text;
		} else if (prev !== null && !afterBlank && !SENTENCE_END.test(last) && /^\p{Ll}/u.test(text)) {
			prev.push(text);
		} else {
			out.push([text]);
		}
	}
	return out.map((pieces) => pieces.join(' '));
}
