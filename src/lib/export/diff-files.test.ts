import { describe, expect, it } from 'vitest';
import { wordDiff } from '../provenance/word-diff';
import { diffCsv, diffSvg } from './diff-files';

const title = wordDiff(['Iran and Iraq discuss trade'], ['Iran and Iraq agree on trade']);
const body = wordDiff(['They met on Monday.', 'Both sides spoke.'], ['They met on Tuesday.', 'Both sides spoke.']);
const sides: [{ id: string; publishedAt: string; newsCode: string }, { id: string; publishedAt: string; newsCode: null }] = [
	{ id: '101', publishedAt: '2020-01-01T10:00', newsCode: '101' },
	{ id: 'ab12', publishedAt: '2020-01-01T13:00', newsCode: null }
];

describe('diff files', () => {
	it('writes each run of words with its version, paragraph and whether only one version has it', () => {
		const lines = diffCsv(title, body, sides).trimEnd().split('\r\n');
		expect(lines[0]).toBe('version,article,published,code,paragraph,words,text');
		expect(lines).toContain('open,101,2020-01-01T10:00,101,0,removed,discuss');
		expect(lines).toContain('compared,ab12,2020-01-01T13:00,,0,added,agree on');
		expect(lines).toContain('open,101,2020-01-01T10:00,101,1,removed,Monday.');
		expect(lines).toContain('compared,ab12,2020-01-01T13:00,,2,same,Both sides spoke.');
	});

	it('draws both versions, struck through and underlined, and escapes the text', () => {
		const markup = wordDiff(['A <script> tag'], ['A <b> tag']);
		const { text } = diffSvg(markup, body, { fg: '#111', bg: '#fff', mark: '#17406f', labels: ['This version', 'Compared'] });
		expect(text).toContain('text-decoration="line-through">&#60;script&#62;</tspan>');
		expect(text).toContain('text-decoration="underline">&#60;b&#62;</tspan>');
		expect(text).not.toContain('<script>');
		expect(new DOMParserLike(text).ok).toBe(true);
	});
});

/** Enough of a well-formedness check for a test without a DOM: every element opened is closed. */
class DOMParserLike {
	ok: boolean;
	constructor(xml: string) {
		const stack: string[] = [];
		let ok = true;
		for (const m of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
			if (m[3]) continue;
			if (m[1]) ok &&= stack.pop() === m[2];
			else stack.push(m[2]);
		}
		this.ok = ok && stack.length === 0;
	}
}
