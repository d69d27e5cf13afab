import type { ArticleMeta, Body } from '../corpus/bundle';
import { bestPassage, snippet, wordRanges, type Segment } from './highlight';

/**
 * The text shown under a result: the passage holding the most of the matched words (a
 * phrase's words stand together, so it shows whole), from the body when it has loaded, else
 * from the lead paragraph; matched words marked.
 */
export function resultSnippet(meta: ArticleMeta, body: Body | undefined, words: ReadonlySet<string>): Segment[] {
	if (body && words.size) {
		let best: { text: string; ranges: [number, number][]; focus: number; words: number } | null = null;
		for (const p of body.paragraphs) {
			const ranges = wordRanges(p, words);
			if (!ranges.length) continue;
			const passage = bestPassage(p, ranges);
			if (!best || passage.words > best.words) best = { text: p, ranges, ...passage };
		}
		if (best) return snippet(best.text, best.ranges, best.focus);
	}
	return snippet(meta.lead, wordRanges(meta.lead, words));
}
