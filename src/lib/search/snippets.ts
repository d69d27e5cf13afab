import type { ArticleMeta, Body } from '../corpus/bundle';
import { snippet, wordRanges, type Segment } from './highlight';

/**
 * The text shown under a result: the first paragraph that holds a matched word when the
 * body has loaded, else the lead paragraph; matched words marked.
 */
export function resultSnippet(meta: ArticleMeta, body: Body | undefined, words: ReadonlySet<string>): Segment[] {
	if (body && words.size) {
		for (const p of body.paragraphs) {
			const ranges = wordRanges(p, words);
			if (ranges.length) return snippet(p, ranges);
		}
	}
	return snippet(meta.lead, wordRanges(meta.lead, words));
}
