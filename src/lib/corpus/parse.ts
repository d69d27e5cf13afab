import { findCountries } from './countries';
import { namesOutlet, shortAgencyName, splitCredit, splitDateline } from './dateline';
import { decodeBytes } from './decode';
import { chooseDate } from './date-choice';
import { creditedSource, isWireName, labelledByline, splitDeskOpening } from './credits';
import { classifyLine, newsCodeFromUrl, type LineKind } from './furniture';
import { readHead, type Head } from './head';
import { PageClues } from './headline';
import { splitOneLineArticle } from './one-line';
import { htmlToText, looksLikeHtmlDocument } from './html';
import { toLines, toParagraphs, type Line } from './lines';
import { shortHash } from './hash';
import { comparisonKey, countWords, wordsUpTo } from './text';
import type { Article, PrintedDateline, Rejection, SourceFile } from './types';
import { filedCountry, placeOnly } from './filed-from';

export type ParseResult = { article: Article } | { rejected: Rejection };

/** A first paragraph of at most this many words may be a standfirst, the dateline opening the next. */
const STANDFIRST_WORDS = 60;
/** Paragraphs the dateline may open: after a standfirst and a photo's alt text and caption. */
const DATELINE_PARAGRAPHS = 4;

interface Meta {
	publishedAt: string | null;
	byline: string | null;
	/** The wire a byline credits (see LineKind). */
	wire: string | null;
	newsCode: string | null;
	journalistId: string | null;
	personsCount: number | null;
	pageUrl: string | null;
}

/** Records what a metadata line says; true when the line was metadata or furniture (never the article's text). */
function absorb(meta: Meta, kind: LineKind): boolean {
	switch (kind.kind) {
		case 'byline':
			if (meta.byline === null) [meta.byline, meta.wire] = [kind.value, kind.wire ?? null];
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
		// Dates are chosen by their place (see chooseDate); anywhere else they are dropped. A byline beside one is read.
		case 'date':
			if (kind.byline && meta.byline === null) [meta.byline, meta.wire] = [kind.byline, isWireName(kind.byline) ? kind.byline : null];
			return true;
		case 'yearless':
		case 'noise':
		case 'tags':
		case 'end':
			return true;
		default:
			return false;
	}
}

/**
 * Body lines up to the first footer marker; metadata printed below the body is still read.
 * Dates in the body are never the publication date: a story quotes them, a list of related
 * news carries its own. Short lines after the last sentence are the page's footer.
 */
function readBody(lines: Line[], kinds: LineKind[], start: number, meta: Meta): { body: Line[]; labelsAfter: number; listed: number } {
	const body: Line[] = [];
	for (let i = start; i < lines.length; i++) {
		const kind = kinds[i];
		if (kind.kind === 'end' || (kind.kind === 'tags' && body.length > 0)) {
			// Below the footer only identifiers are read: a related-news list carries other stories' dates.
			for (let k = i + 1; k < lines.length; k++) {
				const below = kinds[k];
				if (below.kind === 'newsCode' || below.kind === 'url' || below.kind === 'byline') absorb(meta, below);
			}
			break;
		}
		if (!absorb(meta, kind)) body.push(lines[i]);
	}
	let labels = body.length;
	while (labels > 1 && isTrailingLabel(body[labels - 1].text)) labels--;
	// A related list: other stories' headlines and teasers, among labels ("Check Also", "Other links:").
	let related = body.length;
	let headlines = 0;
	for (; related > 1; related--) {
		const text = body[related - 1].text;
		// A capture cut mid-sentence ends in a word no headline ends in: it counts for neither.
		if (related === body.length && CUT_SHORT.test(text)) continue;
		if (isListedHeadline(text)) headlines++;
		else if (!isTrailingLabel(text)) break;
	}
	const last = headlines >= MIN_LISTED ? related : labels;
	return { body: body.slice(0, last), labelsAfter: body.length - last, listed: last < labels ? labels - last : 0 };
}

/** Headlines after the text that make a list of other stories: two at least (one may be the article's last line). */
const MIN_LISTED = 2;
/** A line cut mid-sentence: it ends in an article, a preposition or a conjunction. */
const CUT_SHORT = /\s(?:the|a|an|of|to|and|or|in|on|for|with|by|at|from|that|as)$/i;
/** Words of a listed story's headline, or of its teaser cut short with an ellipsis. */
const LISTED_WORDS = 20;
const TEASER_WORDS = 40;

/** A line after the text shaped like another story's headline (no sentence end) or its teaser ("… toward Finland …"). */
function isListedHeadline(text: string): boolean {
	const words = wordsUpTo(text, TEASER_WORDS);
	// A bulleted line is a list of the article's own ("• 5 billion cubic meters a year").
	if (words <= 4 || /^[•·▪‣◦*–-]\s/.test(text)) return false;
	if (/(?:…|\.\.\.)$/.test(text)) return words <= TEASER_WORDS;
	return words <= LISTED_WORDS && !/[.!?"”’)]$/.test(text);
}

/** Footer labels a page has after its text: more are said in a warning, so no text is dropped unseen. */
const QUIET_LABELS = 4;

/** A line of a few words with no sentence punctuation, after the last paragraph: a footer label or the site's name. */
function isTrailingLabel(text: string): boolean {
	return wordsUpTo(text, 4) <= 4 && !/[.!?"”’)]$/.test(text);
}

function canonicalUrl(agency: string | null, code: string | null, pageUrl: string | null): string | null {
	if (pageUrl) return pageUrl;
	if (!code) return null;
	const host =
		agency === 'MNA' || agency === 'Mehr' ? 'en.mehrnews.com' : agency === 'ISNA' ? 'en.isna.ir' : agency === 'IRNA' ? 'en.irna.ir' : null;
	return host ? `https://${host}/news/${code}/` : null;
}

/** IRNA's own furniture names it even when the dateline does not. */
function guessAgency(dateline: PrintedDateline | null, text: string): string | null {
	if (dateline?.agency) return dateline.agency;
	if (/@IrnaEnglish|\birna\.ir\b/i.test(text)) return 'IRNA';
	if (/mehrnews\.com/i.test(text)) return 'MNA';
	if (/\bisna\.ir\b/i.test(text)) return 'ISNA';
	return null;
}

/** A dateline printed on a line of its own between the headline (or the page's top, when it prints none) and the first paragraph. */
function datelineAbove(kinds: LineKind[], head: Head): PrintedDateline | null {
	// Below the headline; from the top when the page prints none.
	for (let i = head.title === null ? 0 : head.titleLine + 1; i <= Math.min(head.start, kinds.length - 1); i++) {
		const kind = kinds[i];
		if (kind.kind === 'dateline') return kind.value;
	}
	return null;
}

/** Parses one captured page into an article, or says why it is not one. Never throws. */
export function parseArticle(source: SourceFile): ParseResult {
	const { file } = source;
	const decoded = decodeBytes(source.bytes);
	if ('reason' in decoded) return { rejected: { file, reason: decoded.reason } };
	const warnings = [...(source.notes ?? []), ...decoded.warnings];
	let text = decoded.text;
	if (looksLikeHtmlDocument(text)) {
		text = htmlToText(text);
		warnings.push('saved as an HTML page: converted to text');
	}
	const lines = toLines(text);
	if (lines.length === 0) return { rejected: { file, reason: 'blank file (only white space)' } };

	const kinds = lines.map((l) => classifyLine(l.text));
	splitOneLineArticle(lines, kinds);
	readLabelledBylines(lines, kinds);
	const meta: Meta = { publishedAt: null, byline: null, wire: null, newsCode: null, journalistId: null, personsCount: null, pageUrl: null };
	const url = kinds.find((k) => k.kind === 'url');
	const clues = new PageClues(lines, url?.kind === 'url' ? url.value : null);
	const head = readHead(lines, kinds, clues);
	for (let i = 0; i < head.bodyStart; i++) absorb(meta, kinds[i]);
	const { body, labelsAfter, listed } = readBody(lines, kinds, head.bodyStart, meta);
	const paragraphs = toParagraphs(body);
	// A list of other stories is always said, as it may hold a line of the article's (see readBody).
	if (listed) warnings.push(`${labelsAfter} lines after the text read as a list of other stories' headlines, left out`);
	else if (labelsAfter > QUIET_LABELS)
		warnings.push(`${labelsAfter} short lines after the text, with no sentence in them, left out as page furniture`);

	// The dateline opens the first paragraph, or a later one after a short standfirst or a photo's captions.
	let at = 0;
	let split = paragraphs.length ? splitDateline(paragraphs[0]) : null;
	while (
		!split &&
		at + 1 < Math.min(paragraphs.length, DATELINE_PARAGRAPHS) &&
		wordsUpTo(paragraphs[at], STANDFIRST_WORDS) <= STANDFIRST_WORDS
	)
		split = splitDateline(paragraphs[++at]);
	if (!split) at = 0;
	// The outlet's own name where the place stands ("TABNAK, Dec. 22-" on tabnak.ir): a credit, no place.
	const outlet = split && !split.dateline.agency && namesOutlet(split.dateline.place, clues.host) ? split.dateline.place : null;
	const dateline: PrintedDateline | null = split ? (outlet ? null : split.dateline) : datelineAbove(kinds, head);
	if (split) {
		if (split.rest) paragraphs[at] = split.rest;
		else paragraphs.splice(at, 1);
	}
	// Else a credit may open it ("Shafaq News/ …", "(MENAFN) …"): taken off, so the first sentence reads as one.
	const opening = outlet ? { agency: outlet } : !split && paragraphs.length ? splitCredit(paragraphs[0], clues.host) : null;
	if (opening && 'rest' in opening && opening.rest) paragraphs[0] = opening.rest;
	// Or a desk ("PV Sports Desk : …"): the byline, when none was printed.
	const desk = !split && !opening && paragraphs.length ? splitDeskOpening(paragraphs[0]) : null;
	if (desk) {
		paragraphs[0] = desk.rest;
		meta.byline ??= desk.byline;
	}
	let title = head.title;
	if (paragraphs.length === 0) {
		return { rejected: { file, reason: title ? 'no body text: only a title and page furniture' : 'no body text found' } };
	}
	if (title === null) {
		title = paragraphs[0].split(/(?<=[.!?])\s/)[0].slice(0, 120);
		warnings.push('no title line found: the first sentence is used as the title');
	} else if (head.guess) warnings.push(head.guess);
	// An outlet's name where the place stands keeps the date printed after it ("TABNAK, Dec. 22, 2024-").
	const date = chooseDate(lines, kinds, head, dateline ?? (outlet && split ? split.dateline : null));
	meta.publishedAt = date.iso;
	if (date.warning) warnings.push(date.warning);

	const agency = guessAgency(dateline, text);
	// The wire credited: in the dateline, opening the text, by the byline, on a line of its own ("Source: Reuters"), or the IRNA family's furniture.
	let credited = dateline?.agency ?? opening?.agency ?? meta.wire;
	for (let i = 0; i < lines.length && !credited; i++) credited = creditedSource(lines[i].text);
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
			byline: meta.byline,
			agency: credited ? shortAgencyName(credited) : agency,
			personsCount: meta.personsCount,
			dateline: dateline && { ...dateline, place: placeOnly(dateline.place), country: filedCountry(dateline.place) },
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

/** "Author:" on a line of its own, the names on the next: the names are the byline, the label furniture. */
function readLabelledBylines(lines: Line[], kinds: LineKind[]): void {
	for (let i = 0; i + 1 < lines.length; i++) {
		if (kinds[i + 1].kind !== 'text') continue;
		const names = labelledByline(lines[i].text, lines[i + 1].text);
		if (names === null) continue;
		kinds[i] = { kind: 'noise' };
		kinds[i + 1] = { kind: 'byline', value: names };
	}
}
