/**
 * Some scrapers save the page's HTML instead of its text. Such a file is turned into
 * text here (a string transform, never a DOM: the result is data, not markup).
 * A plain-text article that merely quotes a tag is left alone.
 */

const DOCUMENT_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const NOT_TEXT = /<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_BREAK = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure|figcaption|time|title)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z!][^>]*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…'
};

export function looksLikeHtmlDocument(text: string): boolean {
	return DOCUMENT_START.test(text);
}

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
		}
		return NAMED[body.toLowerCase()] ?? whole;
	});
}

export function htmlToText(html: string): string {
	const text = html
		.replace(COMMENT, '')
		.replace(NOT_TEXT, '\n')
		.replace(BLOCK_BREAK, '\n\n')
		.replace(ANY_TAG, '');
	return decodeEntities(text)
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n');
}
