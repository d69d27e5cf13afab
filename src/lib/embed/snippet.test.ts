import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet';

describe('embedSnippet', () => {
	const snippet = embedSnippet('https://example.org/wire/embed?q=oil&country=IR');

	it('frames the embed view with its parameters, escaped for an attribute', () => {
		expect(snippet).toContain('<iframe src="https://example.org/wire/embed?q=oil&amp;country=IR" title="wirescope: news corpus explorer"');
	});

	it('resizes the frame only on resize messages from the embed origin', () => {
		expect(snippet).toContain('e.origin !== "https://example.org"');
		expect(snippet).toContain('"wirescope:resize"');
	});

	it('escapes quotes a URL could carry into the attribute', () => {
		expect(embedSnippet('https://example.org/embed?q="><script>')).toContain('src="https://example.org/embed?q=&quot;>&lt;script>"');
	});
});
