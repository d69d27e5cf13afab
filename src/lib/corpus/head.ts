/**
 * The head of a captured page: where the article starts, its headline (headline.ts), the
 * kicker above it, and the date stamps around it. Everything above the headline that is not
 * metadata is the page's furniture and is dropped by its place, recognised or not.
 */
import { splitDateline } from './dateline';
import type { LineKind } from './furniture';
import { cleanHeadline, headlineShaped, isBracketLabel, MAX_TITLE_CHARS, scoreHeadline, type Candidate, type PageClues } from './headline';
import type { Line } from './lines';
import { comparisonKey } from './text';

/** Lines searched for the article's first paragraph: page headers with menus run long. */
const HEAD_WINDOW = 120;
/** Lines above the first paragraph where the headline may stand. */
const HEADLINE_WINDOW = 40;
/** A kicker ("S. Korea FM:") is a short line ending in a colon. */
const MAX_KICKER_CHARS = 60;
/** A first paragraph: this many words ending a sentence, or twice as many. */
const PARAGRAPH_WORDS = 15;
/** A stamp with this many lines of page furniture between it and the headline is the page's clock, not the article's date. */
export const FAR_STAMP = 3;

export interface Head {
	title: string | null;
	kicker: string | null;
	/** The headline's line, or where the body starts when there is none. */
	titleLine: number;
	bodyStart: number;
	/** The article's opening line: its dateline or first long paragraph (bodyStart or below). */
	start: number;
	/** Set when the headline was one choice among several lines of its shape. */
	guess: string | null;
}

const SENTENCE_END = /[.!?"”’)]$/;

/**
 * Whether line i opens the article: its dateline, or a long paragraph. A scraper that
 * hard-wrapped the text leaves a paragraph on several lines, each but the first starting in
 * lower case after a line with no sentence end: those count together.
 */
function opensArticle(lines: Line[], i: number): boolean {
	const text = lines[i].text;
	if (splitDateline(text)) return true;
	let words = text.split(' ').length;
	let last = text;
	for (let k = i + 1; k < lines.length && !SENTENCE_END.test(last) && !lines[k].afterBlank && /^\p{Ll}/u.test(lines[k].text); k++) {
		last = lines[k].text;
		words += last.split(' ').length;
	}
	return words >= 2 * PARAGRAPH_WORDS || (words >= PARAGRAPH_WORDS && SENTENCE_END.test(last));
}

const isKicker = (text: string) => text.length <= MAX_KICKER_CHARS && text.endsWith(':');

/** Reads the head: the first paragraph, then the best headline above it. */
export function readHead(lines: Line[], kinds: LineKind[], clues: PageClues): Head {
	const limit = Math.min(lines.length, HEAD_WINDOW);
	let start = -1;
	for (let i = 0; i < limit && start < 0; i++) if (kinds[i].kind === 'text' && opensArticle(lines, i)) start = i;
	if (start < 0) {
		// No long paragraph near the top: the first headline-shaped line, then the body.
		let first = -1;
		for (let i = 0; i < limit && first < 0; i++)
			if (kinds[i].kind === 'text' && headlineShaped(cleanHeadline(lines[i].text, clues))) first = i;
		const after = first < 0 ? -1 : nextText(lines, kinds, first + 1, lines.length, comparisonKey(lines[first].text));
		if (first >= 0 && after < 0) {
			// A headline and nothing after it.
			const end = lines.length;
			return { title: cleanHeadline(lines[first].text, clues), kicker: null, titleLine: first, bodyStart: end, start: end, guess: null };
		}
		start = after >= 0 ? after : firstText(kinds);
		if (start < 0) return { title: null, kicker: null, titleLine: 0, bodyStart: lines.length, start: lines.length, guess: null };
	}
	// Each text line above the article, cleaned as a headline would be, and its key: once.
	const cleaned: (string | null)[] = [];
	const keys: string[] = [];
	const keyCount = new Map<string, number>();
	for (let j = 0; j < start; j++) {
		const text = kinds[j].kind === 'text' ? cleanHeadline(lines[j].text, clues) : null;
		cleaned.push(text);
		keys.push(text === null ? '' : comparisonKey(text));
		if (text === null) continue;
		keyCount.set(keys[j], (keyCount.get(keys[j]) ?? 0) + 1);
		// A copy may carry what cleaning takes off (the site's name): counted under its own key too.
		if (text !== lines[j].text) {
			const raw = comparisonKey(lines[j].text);
			if (raw !== keys[j]) keyCount.set(raw, (keyCount.get(raw) ?? 0) + 1);
		}
	}
	let candidates: Candidate[] = [];
	const sentences: Candidate[] = [];
	const opening = lines[start]?.text ?? '';
	// Text lines from j to the article, not copies of one another's key: counted from the article up.
	let between = 0;
	for (let j = start - 1; j >= Math.max(0, start - HEADLINE_WINDOW); j--) {
		const text = cleaned[j];
		if (text === null) continue;
		const raw = lines[j].text;
		const headline = headlineShaped(text);
		const sentence = !headline && sentenceShaped(text);
		// A line the first paragraph begins with is its echo (a caption naming the lead's subject), not its headline.
		if ((headline || sentence) && raw.length <= MAX_TITLE_CHARS && !isKicker(raw) && !opens(opening, raw) && !splitDateline(raw)) {
			// Printed twice, or again at the start of a longer line above the article (a caption that opens with the headline).
			const repeated = (keyCount.get(keys[j]) ?? 0) > 1 || cleaned.some((other, k) => k !== j && other !== null && opens(other, text));
			// A headline may end in a full stop ("… Iran FM Spox."): printed twice, it is one, unless a copy without the stop is there.
			const shaped = headline || (repeated && !cleaned.some((other, k) => k !== j && keys[k] === keys[j] && headlineShaped(other!)));
			// Copies of this line below it do not stand between it and the article.
			let copies = 0;
			for (let k = j + 1; k < start; k++) if (keys[k] === keys[j]) copies++;
			const candidate = { line: j, text, repeated, score: scoreHeadline(text, between - copies, repeated, clues) };
			(shaped ? candidates : sentences).push(candidate);
		}
		// A kicker or a label in brackets does not part a headline from the text.
		if (!isKicker(raw) && !isBracketLabel(raw)) between++;
	}
	// No line of a headline's shape: a line that reads as a sentence may be the headline, said to be a guess.
	const fallback = candidates.length === 0 && sentences.length > 0;
	if (fallback) candidates = sentences;
	if (candidates.length === 0) return { title: null, kicker: null, titleLine: start, bodyStart: start, start, guess: null };
	candidates = aboveByline(candidates, kinds, start);
	joinCutCopies(candidates);
	markPageTitle(candidates, keys, firstText(kinds), clues);
	demoteDecks(candidates, lines);
	// The best score; of equals, the one nearest the article (a repeated headline's second copy).
	const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
	const key = keys[best.line];
	// The kicker stands above the headline's first copy.
	let top = best.line;
	while (top > 0 && keys[top - 1] === key) top--;
	const above = top > 0 && kinds[top - 1].kind === 'text' ? lines[top - 1].text : null;
	const kicker = above !== null && isKicker(above) ? above : null;
	const bodyStart = nextText(lines, kinds, best.line + 1, start + 1, key);
	const rivals = new Set(candidates.filter((c) => c.score > best.score - 2 && keys[c.line] !== key).map((c) => c.text));
	const guess = fallback
		? 'headline taken from a line that reads as a sentence, as none above the text has the shape of one: check it'
		: rivals.size
			? `headline chosen among ${rivals.size + 1} lines of headline shape (the one nearest the first paragraph, repeated or matching the URL): check it`
			: null;
	return { title: best.text, kicker, titleLine: best.line, bodyStart: bodyStart < 0 ? start : bodyStart, start, guess };
}

/** A headline's length in words, for a line that ends as a sentence does. */
const SENTENCE_HEADLINE_WORDS = [4, 25] as const;

/** A line that would be headline-shaped but for its final full stop, and a few words long. */
function sentenceShaped(text: string): boolean {
	if (!/[^.]\.$/.test(text)) return false;
	const n = text.split(' ').length;
	return n >= SENTENCE_HEADLINE_WORDS[0] && n <= SENTENCE_HEADLINE_WORDS[1] && headlineShaped(text.slice(0, -1));
}

/**
 * A byline stands below its headline: a line of headline shape between the byline and the
 * text is a photo's caption or a pull quote, when a candidate stands above the byline.
 */
function aboveByline(candidates: Candidate[], kinds: LineKind[], start: number): Candidate[] {
	let byline = -1;
	for (let k = 0; k < start && byline < 0; k++) if (kinds[k].kind === 'byline') byline = k;
	if (byline < 0 || !candidates.some((c) => c.line < byline)) return candidates;
	return candidates.filter((c) => c.line < byline);
}

/** What a headline gains when the page opens with it (its title element) and prints it again below. */
const PAGE_TITLE_BONUS = 4;
/** Share of words two lines have in common at least to be one headline, edited between the page's title and its heading. */
const NEAR_COPY_SHARE = 0.75;
/** Words the page's first line has at least to be taken for its title, not a menu or a ticker ("U.S. Markets closed"). */
const TITLE_WORDS = 5;

/**
 * A saved page opens with its title (the headline, often with the site's name, which cleaning
 * took off); the heading below prints it again, maybe edited ("… successful Sorayya satellite
 * launch" under "… successful satellite launch"). That heading is the headline, whatever else
 * is printed twice nearer the text (a photo's alt text and caption). A first line printed
 * once, a headline's length and not the site's name, is as likely the title as a line printed
 * twice is the headline, and gains as much: a deck below it no longer wins by being nearer.
 */
function markPageTitle(candidates: Candidate[], keys: string[], first: number, clues: PageClues): void {
	const title = candidates.find((c) => c.line === first);
	if (!title) return;
	const words = new Set(keys[first].split(' '));
	// Candidates come nearest the article first: the heading nearest the text.
	const heading = candidates.find((c) => c.line > first && (keys[c.line] === keys[first] || nearCopy(words, keys[c.line])));
	if (heading) {
		if (!heading.repeated) heading.score += REPEATED_BONUS;
		heading.repeated = true;
		heading.score += PAGE_TITLE_BONUS;
	} else if (!title.repeated && words.size >= TITLE_WORDS && !clues.spellsHost(title.text)) title.score += REPEATED_BONUS;
}

/** Whether a line's key shares most of its words with a set of words (and it with the line's). */
function nearCopy(words: Set<string>, key: string): boolean {
	const other = key.split(' ');
	if (other.length < MIN_COPY_WORDS || words.size < MIN_COPY_WORDS) return false;
	const shared = other.filter((w) => words.has(w)).length;
	return shared >= NEAR_COPY_SHARE * other.length && shared >= NEAR_COPY_SHARE * words.size;
}
const MIN_COPY_WORDS = 4;

/** Words a line has at least to be taken for the opening of a longer one (see opens). */
const OPENING_WORDS = 4;

/** Whether `line` begins with `start` and goes on after a space, `start` being a few words at least. */
function opens(line: string, start: string): boolean {
	return line.length > start.length + 1 && line.startsWith(start) && line[start.length] === ' ' && start.split(' ').length >= OPENING_WORDS;
}

/** Words a line has at least to be taken for a headline's copy cut short. */
const CUT_COPY_WORDS = 3;
/** What a repeated headline gains (see scoreHeadline). */
const REPEATED_BONUS = 3;

/**
 * A headline printed twice, once cut short ("Rouhani: Even if talks fail, Iran", where a
 * scraper stopped at an apostrophe, below the whole "… Iran's logical stance will be
 * acknowledged"): the whole line is the headline, printed twice, and the cut copy is no rival.
 */
function joinCutCopies(candidates: Candidate[]): void {
	for (const cut of candidates) {
		if (cut.text.split(' ').length < CUT_COPY_WORDS) continue;
		// Going on with a word or an apostrophe ("Iran" of "Iran's"); not with a bar or a dash,
		// which start the site's name after the headline.
		const whole = candidates.find(
			(c) => c !== cut && c.text.startsWith(cut.text) && /^(?:['’]|\s+[\p{L}\p{N}])/u.test(c.text.slice(cut.text.length))
		);
		if (!whole) continue;
		if (!whole.repeated) whole.score += REPEATED_BONUS;
		whole.repeated = true;
		whole.score = Math.max(whole.score, cut.score);
		cut.score = -Infinity;
	}
}

/** A headline has this many words at least for a longer line right below it to be taken for its deck. */
const DECK_HEAD_WORDS = 5;
const DECK_PENALTY = 2.5;

/**
 * A deck (a summary line with no full stop, "Agreement foresees increased gas flows over next
 * decade") stands right below its headline and runs longer; being nearer the article it would
 * outscore the headline, so it loses some points. Candidates come nearest the article first.
 */
function demoteDecks(candidates: Candidate[], lines: Line[]): void {
	for (let c = 0; c + 1 < candidates.length; c++) {
		const deck = candidates[c];
		const head = candidates[c + 1];
		if (!rightBelow(head.line, deck.line, lines) || deck.repeated || head.repeated) continue;
		const headWords = head.text.split(' ').length;
		if (headWords >= DECK_HEAD_WORDS && deck.text.split(' ').length > headWords) deck.score -= DECK_PENALTY;
	}
}

/** Whether line `below` follows line `above` with nothing but labels in brackets between ("(Archived Content)"). */
function rightBelow(above: number, below: number, lines: Line[]): boolean {
	for (let k = above + 1; k < below; k++) if (!isBracketLabel(lines[k].text)) return false;
	return above < below;
}

/** The first text line in [from, to) that is not a copy of the headline (key). */
function nextText(lines: Line[], kinds: LineKind[], from: number, to: number, key: string): number {
	for (let k = from; k < Math.min(to, lines.length); k++) if (kinds[k].kind === 'text' && !copies(lines[k].text, key)) return k;
	return -1;
}

/**
 * Whether a line is a copy of the headline whose comparison key is `key`, maybe with the
 * site's name after " | " or " - ". A line much longer than the headline is not: that
 * test spares the comparison for body paragraphs.
 */
function copies(text: string, key: string): boolean {
	if (key === '' || text.length > 2 * key.length + 80) return false;
	return comparisonKey(text) === key || comparisonKey(text.replace(/\s+[|–—-]\s+[^|–—-]+$/, '')) === key;
}

function firstText(kinds: LineKind[]): number {
	return kinds.findIndex((k) => k.kind === 'text');
}

/** Kinds of line that are the article's own metadata: they do not part a stamp from its headline. */
const METADATA = new Set(['date', 'journalist', 'newsCode', 'persons', 'url', 'tags', 'byline']);

/**
 * How far a stamp stands from the headline: the lines between them that are not metadata or
 * a copy of the headline. Menus, clocks and labels between them make it the page's stamp.
 */
export function stampDistance(stamp: number, titleLine: number, lines: Line[], kinds: LineKind[], titleKey: string): number {
	let n = 0;
	for (let k = Math.min(stamp, titleLine) + 1; k < Math.max(stamp, titleLine); k++) {
		if (METADATA.has(kinds[k].kind)) continue;
		if (kinds[k].kind === 'text' && copies(lines[k].text, titleKey)) continue;
		n++;
	}
	return n;
}
