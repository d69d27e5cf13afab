/**
 * Some scrapers save the page's HTML instead of its text. Such a file is turned into
 * text here (a string transform, never a DOM: the result is data, not markup).
 * A plain-text article that merely quotes a tag is left alone.
 */

const DOCUMENT_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
/** Elements whose content is not text: dropped with it. Read at a '<' (sticky). */
const NOT_TEXT_OPEN = /<(script|style|noscript|template|svg|head)\b/iy;
/** Tags that break a line of text. Read at a '<' (sticky). */
const BLOCK_BREAK = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure|figcaption|time|title)\b/iy;
/** What may follow '<' in a tag. */
const TAG_START = /[a-zA-Z!/]/;

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

/**
 * The text of an HTML document: comments and non-text elements dropped, block tags as line
 * breaks, other tags removed, entities decoded. One pass from '<' to '<' with indexOf, never
 * a lazy regular expression over the rest of the document: 80,000 unclosed "<!--" or
 * "<script" openers would make those rescan it from each opener (quadratic time). Once a
 * closer is not found, it is not looked for again: there is none further on either.
 */
function stripMarkup(html: string): string {
	const out: string[] = [];
	const missing = new Set<string>();
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt === -1) {
			out.push(html.slice(i));
			break;
		}
		out.push(html.slice(i, lt));
		if (html.startsWith('<!--', lt)) {
			const end = missing.has('-->') ? -1 : html.indexOf('-->', lt + 4);
			// An unclosed comment marker is dropped, and the text after it kept.
			if (end === -1) missing.add('-->');
			i = end === -1 ? lt + 4 : end + 3;
			continue;
		}
		NOT_TEXT_OPEN.lastIndex = lt;
		const element = NOT_TEXT_OPEN.exec(html)?.[1].toLowerCase();
		if (element && !missing.has(element)) {
			const closer = new RegExp(`</${element}\\s*>`, 'gi');
			closer.lastIndex = lt;
			const found = closer.exec(html);
			if (found) {
				out.push('\n');
				i = found.index + found[0].length;
				continue;
			}
			missing.add(element);
		}
		const gt = TAG_START.test(html[lt + 1] ?? '') && !missing.has('>') ? html.indexOf('>', lt) : -1;
		if (gt === -1) {
			if (TAG_START.test(html[lt + 1] ?? '')) missing.add('>');
			out.push('<');
			i = lt + 1;
			continue;
		}
		BLOCK_BREAK.lastIndex = lt;
		if (BLOCK_BREAK.test(html)) out.push('\n\n');
		i = gt + 1;
	}
	return out.join('');
}

export function htmlToText(html: string): string {
	return decodeEntities(stripMarkup(html))
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n');
}
