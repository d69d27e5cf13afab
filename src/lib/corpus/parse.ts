import { findCountries } from './countries';
import { splitDateline } from './dateline';
import { decodeBytes } from './decode';
import { classifyLine, isBreadcrumb, newsCodeFromUrl, type LineKind } from './furniture';
import { htmlToText, looksLikeHtmlDocument } from './html';
import { toLines, toParagraphs, type Line } from './lines';
import { shortHash } from './hash';
import { comparisonKey, countWords } from './text';
import type { Article, Dateline, Rejection, SourceFile } from './types';

/** Header blocks are short; past this many lines before a title, the file has no header. */
const MAX_HEADER_LINES = 14;
/** A title is a line, not a paragraph. */
const MAX_TITLE_CHARS = 300;
/** A kicker ("S. Korea FM:") is a short line ending in a colon. */
const MAX_KICKER_CHARS = 60;

export type ParseResult = { article: Article } | { rejected: Rejection };

interface Meta {
	publishedAt: string | null;
	newsCode: string | null;
	journalistId: string | null;
	personsCount: number | null;
	pageUrl: string | null;
}

/** Records what a metadata line says; true when the line was metadata or furniture. */
function absorb(meta: Meta, kind: LineKind): boolean {
	switch (kind.kind) {
		case 'date':
			meta.publishedAt ??= kind.iso;
			return true;
		case 'journalist':
			meta.journalistId ??= kind.value;
			return true;
		case 'newsCode':
			meta.newsCode ??= kind.value;
			return true;
		case 'persons':
			meta.personsCount ??= kind.value;
			return true;
		case 'url':
			meta.pageUrl ??= kind.value;
			meta.newsCode ??= newsCodeFromUrl(kind.value);
			return true;
		case 'noise':
		case 'tags':
			return true;
		default:
			return false;
	}
}

interface Head {
	title: string | null;
	kicker: string | null;
	bodyStart: number;
}

/** Reads header lines, the kicker, the title and any repeated header block or title copy. */
function readHead(lines: Line[], meta: Meta): Head {
	let i = 0;
	let title: string | null = null;
	let kicker: string | null = null;
	for (; i < lines.length && i < MAX_HEADER_LINES; i++) {
		const text = lines[i].text;
		if (absorb(meta, classifyLine(text))) continue;
		if (i === 0 && isBreadcrumb(text)) continue;
		if (title === null && text.length <= MAX_TITLE_CHARS && splitDateline(text) === null) {
			const next = lines[i + 1]?.text;
			if (kicker === null && text.length <= MAX_KICKER_CHARS && text.endsWith(':') && next && next.length <= MAX_TITLE_CHARS) {
				kicker = text;
				continue;
			}
			title = text;
			continue;
		}
		if (title !== null && comparisonKey(text) === comparisonKey(title)) continue;
		break;
	}
	return { title, kicker, bodyStart: title === null ? firstContentLine(lines, meta) : i };
}

/** Where the body starts in a file with no recognisable title line. */
function firstContentLine(lines: Line[], meta: Meta): number {
	let i = 0;
	while (i < lines.length && absorb(meta, classifyLine(lines[i].text))) i++;
	return i;
}

/** Body lines up to the first footer marker; metadata printed below the body is still read. */
function readBody(lines: Line[], start: number, meta: Meta): Line[] {
	const body: Line[] = [];
	let ended = false;
	for (let i = start; i < lines.length; i++) {
		const kind = classifyLine(lines[i].text);
		if (kind.kind === 'end' || (kind.kind === 'tags' && body.length > 0)) ended = true;
		// Below the footer only identifiers are read: a related-news list carries other stories' dates.
		if (ended) {
			if (kind.kind === 'newsCode' || kind.kind === 'url') absorb(meta, kind);
			continue;
		}
		// A date line is the publication date only above the first paragraph; further down it is dropped.
		if (kind.kind === 'date' && body.length > 0) continue;
		if (!absorb(meta, kind)) body.push(lines[i]);
	}
	return body;
}

function canonicalUrl(agency: string | null, code: string | null, pageUrl: string | null): string | null {
	if (pageUrl) return pageUrl;
	if (!code) return null;
	const host =
		agency === 'MNA' || agency === 'Mehr' ? 'en.mehrnews.com' : agency === 'ISNA' ? 'en.isna.ir' : agency === 'IRNA' ? 'en.irna.ir' : null;
	return host ? `https://${host}/news/${code}/` : null;
}

/** IRNA's own furniture names it even when the dateline does not. */
function guessAgency(dateline: Dateline | null, text: string): string | null {
	if (dateline?.agency) return dateline.agency;
	if (/@IrnaEnglish|\birna\.ir\b/i.test(text)) return 'IRNA';
	if (/mehrnews\.com/i.test(text)) return 'MNA';
	if (/\bisna\.ir\b/i.test(text)) return 'ISNA';
	return null;
}

/** Parses one captured page into an article, or says why it is not one. Never throws. */
export function parseArticle(source: SourceFile): ParseResult {
	const { file } = source;
	const decoded = decodeBytes(source.bytes);
	if ('reason' in decoded) return { rejected: { file, reason: decoded.reason } };
	const warnings = [...decoded.warnings];
	let text = decoded.text;
	if (looksLikeHtmlDocument(text)) {
		text = htmlToText(text);
		warnings.push('saved as an HTML page: converted to text');
	}
	const lines = toLines(text);
	if (lines.length === 0) return { rejected: { file, reason: 'blank file (only white space)' } };

	const meta: Meta = { publishedAt: null, newsCode: null, journalistId: null, personsCount: null, pageUrl: null };
	const head = readHead(lines, meta);
	const paragraphs = toParagraphs(readBody(lines, head.bodyStart, meta));

	let dateline: Dateline | null = null;
	const split = paragraphs.length ? splitDateline(paragraphs[0]) : null;
	if (split) {
		dateline = split.dateline;
		if (split.rest) paragraphs[0] = split.rest;
		else paragraphs.shift();
	}
	let title = head.title;
	if (paragraphs.length === 0) {
		return { rejected: { file, reason: title ? 'no body text: only a title and page furniture' : 'no body text found' } };
	}
	if (title === null) {
		title = paragraphs[0].split(/(?<=[.!?])\s/)[0].slice(0, 120);
		warnings.push('no title line found: the first sentence is used as the title');
	}
	if (meta.publishedAt === null) warnings.push('no publication date found');

	const agency = guessAgency(dateline, text);
	const id = meta.newsCode ?? shortHash(`${comparisonKey(title)}\n${paragraphs.join('\n')}`);
	return {
		article: {
			id,
			file,
			url: canonicalUrl(agency, meta.newsCode, meta.pageUrl),
			title,
			kicker: head.kicker,
			publishedAt: meta.publishedAt,
			newsCode: meta.newsCode,
			journalistId: meta.journalistId,
			personsCount: meta.personsCount,
			dateline,
			paragraphs,
			countries: findCountries(paragraphs),
			wordCount: countWords(paragraphs),
			warnings
		}
	};
}

/** The same as parseArticle, but a bug in a stage costs one file, never the corpus. */
export function parseArticleSafely(source: SourceFile): ParseResult {
	try {
		return parseArticle(source);
	} catch (err) {
		return { rejected: { file: source.file, reason: `could not be parsed (internal error: ${(err as Error).message})` } };
	}
}
