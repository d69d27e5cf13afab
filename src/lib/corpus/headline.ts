/**
 * The headline of a captured page, chosen by its shape and place rather than taken from the
 * first line: a whole web page was saved as text, so menus, clocks and the site's name often
 * stand above it. A headline is a line of a few words with no final full stop, just above the
 * first long paragraph or the dateline, often printed twice (page title and H1), and its words
 * overlap the page's URL slug when a URL is there. See FORMATS.md, "Other outlets' pages".
 */
import { isLabel } from './furniture';
import { comparisonKey } from './text';

/** Words a headline has: fewer is a label, more is a paragraph. */
const MIN_WORDS = 4;
const MAX_WORDS = 25;
/** A line of one to three words can still be the headline, when nothing longer is. */
const MIN_SHORT_WORDS = 1;
/** A title is a line, not a paragraph. */
export const MAX_TITLE_CHARS = 300;
/** Site names after " - " or " | " are a few words. */
const MAX_SUFFIX_WORDS = 5;

export interface Candidate {
	/** The line's index in the page. */
	line: number;
	/** The headline as it will be shown (site name, list number, breadcrumb and section prefix off). */
	text: string;
	/** Printed more than once above the article (page title and H1). */
	repeated: boolean;
	score: number;
}

/** A host's name shorter than this ("rt", "aa") is found inside too many words to say a line names the site. */
const MIN_HOST_LABEL = 4;

/** Lines of the page whose text may name the site or a section, or copy the headline: the first ones, above the first long one. */
const CLUE_LINES = 120;
const CLUE_CHARS = 200;

/** What the page says elsewhere that helps to clean and to score a headline. */
export class PageClues {
	private keys: Set<string> | null = null;

	/** Words of the page URL's last path segment, and its host, if a URL line is there. */
	readonly slug: string[];
	readonly host: string;

	constructor(
		private lines: readonly { text: string }[],
		url: string | null
	) {
		({ slug: this.slug, host: this.host } = urlClues(url));
	}

	/** Whether a line spells a name of the site's host ("En.Haberler.Com - Latest News" on en.haberler.com): the site's name, not a headline. */
	spellsHost(text: string): boolean {
		const squeezed = comparisonKey(text).replace(/[^a-z0-9]/g, '');
		const labels = this.host.split('.').slice(0, -1);
		return labels.some((label) => label.length >= MIN_HOST_LABEL && squeezed.includes(label.replace(/[^a-z0-9]/g, '')));
	}

	/** Whether a line near the top of the page reads `key` (a comparison key); worked out on first use, as few headlines need it. */
	printed(key: string): boolean {
		if (!this.keys) {
			this.keys = new Set();
			// The page's head: up to its first paragraph-long line.
			for (const l of this.lines.slice(0, CLUE_LINES)) {
				if (l.text.length > CLUE_CHARS) break;
				this.keys.add(comparisonKey(l.text));
			}
		}
		return this.keys.has(key);
	}
}

function wordsOf(text: string): string[] {
	return comparisonKey(text).split(' ').filter(Boolean);
}

/** The URL's slug and host words ("iran-and-kyrgyzstan-sign-deal" → iran, and, kyrgyzstan, sign, deal). */
function urlClues(url: string | null): { slug: string[]; host: string } {
	if (!url) return { slug: [], host: '' };
	try {
		const u = new URL(url);
		const segments = u.pathname.split('/').filter((s) => /[a-z]/i.test(s) && /[-_]/.test(s));
		const slug = segments.length ? wordsOf(decodeURIComponent(segments[segments.length - 1]).replace(/[-_]+/g, ' ')) : [];
		return { slug: slug.filter((w) => !/^\d+$/.test(w) && !/^html?$/.test(w)), host: u.hostname.toLowerCase().replace(/^www\./, '') };
	} catch {
		return { slug: [], host: '' };
	}
}

/** Whether `suffix` names the site: printed alone elsewhere on the page, or spelled in the URL's host. */
function namesSite(suffix: string, clues: PageClues): boolean {
	const key = comparisonKey(suffix);
	if (clues.printed(key)) return true;
	const squeezed = key.replace(/[^a-z0-9]/g, '');
	return squeezed.length >= 3 && clues.host.replace(/[^a-z0-9]/g, '').includes(squeezed);
}

/** What cleanHeadline takes off starts with one of these: a breadcrumb's arrow, a bar or dash, a number, a lower-case letter glued to a capital. */
const CLEANABLE = /[»›>|–—-]|^\d|\p{Ll}\p{Lu}/u;

/**
 * The headline as shown: a breadcrumb's last step, without a list number, a section glued to
 * it, or the site's name after " | " or " - " (when the page shows that it is the site's).
 */
export function cleanHeadline(line: string, clues: PageClues): string {
	// Most lines have nothing to take off: one test spares them the four below.
	if (!CLEANABLE.test(line)) return line;
	let text = line;
	// "Site.Az » World news » Headline": the last step.
	const steps = text.split(/\s+[»›>]\s+/);
	if (steps.length > 1) text = steps[steps.length - 1];
	// "3. Quake hits ...": a list number.
	const numbered = text.match(/^\d{1,2}[.)]\s+(.*)$/);
	if (numbered && numbered[1].split(' ').length >= 3) text = numbered[1];
	// "Headline | Gazette Daily", "Headline - Gazette Daily".
	const suffixed = text.match(/^(.*\S)\s+([|–—-])\s+([^|–—]+)$/);
	if (suffixed) {
		const [, head, bar, suffix] = suffixed;
		const short = suffix.split(' ').length <= MAX_SUFFIX_WORDS && head.split(' ').length >= 3;
		if (short && (bar === '|' || namesSite(suffix, clues) || clues.printed(comparisonKey(head)))) text = head;
	}
	// "World NewsTehran says ...": a section glued to the first word of the headline.
	const glued = text.match(/^((?:\p{Lu}[\p{L}']*\s){0,2}\p{Lu}?\p{Ll}+)(\p{Lu}\p{Ll}.*)$/u);
	if (glued && glued[2].split(' ').length >= 3) {
		const section = comparisonKey(glued[1]);
		if (isLabel(section) || clues.printed(section)) text = glued[2];
	}
	return text.trim();
}

/** Whether a line is shaped like a headline at all: a few words, no final full stop. */
/**
 * A line's end that a headline never has: a comma, semicolon or colon, or a sentence's full
 * stop (not the dot of an initial or an abbreviation: "Word From Tehran U.", "… to the U.S.").
 */
const SENTENCE_END = /[,;:]$|(?<!(?:^|[\s(.])\p{Lu}|\b(?:Jr|Sr|Inc|Corp|Co|Ltd|St|Dr|Mr|Mrs|Ms|Gen|Gov))\.$/u;
/** A sentence credited to a wire after a dash: a caption ("… due to technical issues. -AP"). */
const CREDITED_SENTENCE = /[.!?]\s*[-–—]\s*\p{Lu}{2,6}$/u;

/** A line wholly in brackets: a label ("(Archived Content)", "[Video]"), not text. */
export function isBracketLabel(text: string): boolean {
	return /^[([].*[)\]]$/u.test(text);
}

export function headlineShaped(text: string): boolean {
	// Three letters at least: a drop cap split from its word ("I" / "ran's") is not a headline.
	if (text.length > MAX_TITLE_CHARS || SENTENCE_END.test(text) || !/\p{L}.*\p{L}.*\p{L}/u.test(text)) return false;
	// A caption credited to a wire, or an image's text with no capital at all, is not one either.
	if (CREDITED_SENTENCE.test(text) || !/\p{Lu}/u.test(text)) return false;
	// A label in brackets ("(Archived Content)", "[Video]") is none either, nor menu items run
	// together, a word in lower case glued to the next ("Fars news agencyIran in the world").
	if (isBracketLabel(text) || /(?<!\p{L})\p{Ll}{3,}\p{Lu}\p{Ll}/u.test(text)) return false;
	const n = text.split(' ').length;
	return n >= MIN_SHORT_WORDS && n <= MAX_WORDS;
}

/**
 * Scores a headline candidate. `between` counts the text lines standing between it and the
 * article's first paragraph (or dateline).
 */
export function scoreHeadline(text: string, between: number, repeated: boolean, clues: PageClues): number {
	let score = Math.max(0, 4 - 1.5 * between);
	if (repeated) score += 3;
	const n = text.split(' ').length;
	score += n >= MIN_WORDS ? 3 : n > 1 ? 1 : 0;
	if (clues.slug.length >= 3) {
		const words = new Set(wordsOf(text));
		score += (4 * clues.slug.filter((w) => words.has(w)).length) / clues.slug.length;
	}
	return score;
}
