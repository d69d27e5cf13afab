/**
 * Worst-case inputs for the parser's text passes: each used to take minutes (a regular
 * expression re-run over a growing string, or a lazy one rescanning the rest of the file
 * from every opener). Each must now parse within the test's time limit, a margin of many
 * times what linear work takes.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html';
import { parseArticle } from './parse';
import { parseText } from './test-parse';

const LIMIT = { timeout: 10_000 };
const parse = (text: string) => parseArticle({ file: 'hostile.txt', bytes: new TextEncoder().encode(text) });

describe('hostile input', () => {
	it('reads a 5 MB article whose one paragraph is hard-wrapped over 100,000 lines', LIMIT, () => {
		const line = 'and the talks went on through the night in several rounds';
		const text = `Mar 2, 2020, 8:55 PM\nTalks continue\n\nTehran, IRNA – Officials said ${`${line}\n`.repeat(90_000)}ended.\n`;
		expect(text.length).toBeGreaterThan(5_000_000);
		const result = parse(text);
		if (!('article' in result)) throw new Error('rejected');
		expect(result.article.title).toBe('Talks continue');
		expect(result.article.paragraphs).toHaveLength(1);
		expect(result.article.paragraphs[0].endsWith('ended.')).toBe(true);
	});

	it('says so when it leaves out 10,000 one-letter lines after the text', () => {
		const letters = Array.from({ length: 10_000 }, (_, i) => 'abcdefghij'[i % 10]).join('\n');
		const a = parseText(
			`A headline for the letters test\n\nThe first paragraph says what came of the talks in Tehran on Monday.\n\n${letters}`
		);
		expect(a.paragraphs).toHaveLength(1);
		expect(a.warnings).toContain('10000 short lines after the text, with no sentence in them, left out as page furniture');
		// A page's few footer labels go without a word.
		const footer = parseText(
			'A headline for the footer test\n\nThe first paragraph says what came of the talks in Tehran on Monday.\n\nHome\nContact us\nSite map'
		);
		expect(footer.warnings.filter((w) => w.includes('short lines'))).toEqual([]);
	});

	it('strips 80,000 unclosed comment, script and tag openers, keeping the text around them', LIMIT, () => {
		const html = `<html><body><p>Before</p>${'<!--'.repeat(80_000)}${'<script '.repeat(80_000)}${'<a '.repeat(80_000)}<p>After</p></body></html>`;
		const text = htmlToText(html);
		expect(text).toContain('Before');
		expect(text).toContain('After');
		expect(text).not.toContain('<!--');
	});

	it('still drops closed comments, scripts and styles with their content', () => {
		const text = htmlToText(
			'<html><head><title>T</title><style>p{}</style></head><body><!-- note --><p>Kept <b>bold</b></p><script>alert(1)</script><SCRIPT>x</SCRIPT ><p>Also &amp; kept</p></body></html>'
		);
		expect(text.trim()).toBe('Kept bold\n\nAlso & kept');
	});
});
