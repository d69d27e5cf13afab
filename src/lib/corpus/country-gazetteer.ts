import countries, { type Country } from 'world-countries';
import { ALIASES, NAME_LIKE, NOT_COUNTRIES, UNSAFE_CAPITALS, UNSAFE_FORMS, US_STATE_TRAP } from './country-aliases';

/** Longest dataset spelling in capitals taken as an abbreviation ("DPRK"); longer ones are words. */
const MAX_ABBREVIATION_LENGTH = 5;

// When two sources claim one phrase the lower rank wins: our aliases, then sovereign states.
const RANK_ALIAS = 0;
const RANK_INDEPENDENT = 1;
const RANK_DEPENDENT = 2;

// Latin letters English copy prints; anything else marks a native-language spelling.
const ENGLISH_SCRIPT = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF '’.-]+$/;
// Lower-case words allowed inside an English name ("Côte d'Ivoire", "Sana'a", "Port-au-Prince").
const JOINING_WORDS = new Set(['of', 'the', 'and', 'a', 's', 'd', 'au', 'aux', 'de', 'la']);

/** One name of a country (or of a place that is not one), as a sequence of words. */
export interface Phrase {
	/** Lower-cased words, compared with the text's words lower-cased. */
	words: string[];
	/**
	 * How each word must be written: all-capital words exactly ("US", never "us"), others
	 * capitalised when the gazetteer capitalises them ("Iran" or "IRAN"; "china" is porcelain).
	 */
	exact: (string | undefined)[];
	title: boolean[];
	/** Null for a place that is not a country (a sea, a US state): it matches, then counts nothing. */
	code: string | null;
	/** An abbreviation written with a final dot ("U.S."), which the mention should cover. */
	trailingDot: boolean;
	/** Also a personal name ("Jordan"), or a US state ("Georgia"): needs its context checked. */
	nameLike: boolean;
	usState: boolean;
}

/**
 * A word of a phrase, in a tree of phrases by their lower-cased words: following the text's
 * words down the tree finds every name starting at a word, the longest last, in one walk.
 */
export interface PhraseNode {
	/** The phrase whose last word this is, if any. */
	phrase?: Phrase;
	next?: Map<string, PhraseNode>;
}

interface Gazetteer {
	/** The first words of all phrases. */
	tree: Map<string, PhraseNode>;
	names: Map<string, string>;
}

let gazetteer: Gazetteer | undefined;
const nameLikeKeys = new Set(NAME_LIKE.map((name) => name.toLowerCase()));
const usStateKeys = new Set(US_STATE_TRAP.names.map((name) => name.toLowerCase()));

// Words are runs of letters, marks and digits. Modifier letters (U+02B0–U+02FF) are left out
// because wires use them as apostrophes ("Iranˈs"), and a possessive must end the name.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const MODIFIER_LETTERS_FIRST = 0x2b0;
const MODIFIER_LETTERS_LAST = 0x2ff;
// Whether each UTF-16 unit is a word character, looked up once per unit: 0 unknown, 1 yes, 2 no.
const wordUnits = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
	if (code < 128) {
		return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	}
	if (wordUnits[code] === 0) {
		const modifier = code >= MODIFIER_LETTERS_FIRST && code <= MODIFIER_LETTERS_LAST;
		wordUnits[code] = !modifier && WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
	}
	return wordUnits[code] === 1;
}

/** Room for this many words before the buffers grow; most paragraphs need fewer. */
const INITIAL_WORD_CAPACITY = 256;

/**
 * Where the words of the last text read are, as UTF-16 start and end offsets. The buffers
 * are reused from text to text, because the matcher reads every paragraph of every article.
 */
export class WordSpans {
	starts = new Int32Array(INITIAL_WORD_CAPACITY);
	ends = new Int32Array(INITIAL_WORD_CAPACITY);
	count = 0;

	read(text: string): this {
		this.count = 0;
		const length = text.length;
		for (let i = 0; i < length; i++) {
			if (!isWordUnit(text.charCodeAt(i))) continue;
			if (this.count === this.starts.length) this.grow();
			this.starts[this.count] = i;
			while (i + 1 < length && isWordUnit(text.charCodeAt(i + 1))) i++;
			this.ends[this.count++] = i + 1;
		}
		return this;
	}

	private grow(): void {
		const starts = new Int32Array(this.starts.length * 2);
		const ends = new Int32Array(this.ends.length * 2);
		starts.set(this.starts);
		ends.set(this.ends);
		this.starts = starts;
		this.ends = ends;
	}
}

export function startsUpper(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if (code < 128) return code >= 65 && code <= 90;
	const char = text[at];
	return char !== char.toLowerCase();
}

// Turkish capital İ lower-cases to i plus a combining dot, which would hide "TÜRKİYE".
export function lower(word: string): string {
	const lowered = word.toLowerCase();
	return lowered.includes('\u0307') ? lowered.replaceAll('\u0307', '') : lowered;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

const gazetteerSpans = new WordSpans();

function wordsOf(text: string): string[] {
	const { starts, ends, count } = gazetteerSpans.read(text);
	return Array.from({ length: count }, (_, i) => text.slice(starts[i], ends[i]));
}

/** "Azeri(s)" → ["Azeri", "Azeris"]. */
function expand(phrase: string): string[] {
	const match = /^(.*)\((\w+)\)$/.exec(phrase);
	return match ? [match[1], match[1] + match[2]] : [phrase];
}

function plural(demonym: string): string {
	return /(?:s|sh|ch|x|z|ese)$/.test(demonym) ? demonym : `${demonym}s`;
}

function isEnglish(form: string): boolean {
	if (!ENGLISH_SCRIPT.test(form)) return false;
	return wordsOf(form).every((word) => startsUpper(word, 0) || JOINING_WORDS.has(word));
}

/** The dataset's names, official names, demonyms and safe capitals, in English. */
function trustedForms(country: Country, unsafeCapitals: Set<string>): string[] {
	const { m, f } = country.demonyms.eng ?? { m: '', f: '' };
	const demonyms = [m, f].flatMap((d) => (d ? d.split(/, | or /) : []));
	const capitals = country.capital.filter((capital) => !unsafeCapitals.has(capital));
	const forms = [country.name.common, country.name.official, ...demonyms, ...demonyms.map(plural)];
	return [...new Set([...forms, ...capitals])].filter(isEnglish);
}

/**
 * Other spellings are kept when every word already occurs in some country's English name
 * ("Great Britain", "Kyrgyz Republic"), or when they are an abbreviation ("DPRK"). That drops
 * native names ("Kongeriket Norge", "Hayastan") without a list of languages.
 */
function englishSpellings(country: Country, vocabulary: Set<string>): string[] {
	return country.altSpellings.filter((spelling) => {
		if (spelling === country.cca2) return false;
		if (/^[A-Z]+$/.test(spelling)) return spelling.length <= MAX_ABBREVIATION_LENGTH;
		return isEnglish(spelling) && wordsOf(spelling).every((w) => vocabulary.has(lower(fold(w))));
	});
}

/** The phrase table, built from the dataset and the alias table on first use. */
export function loadGazetteer(): Gazetteer {
	return (gazetteer ??= buildGazetteer());
}

/** The spellings one form is written in: as given, without accents, and "St" for "Saint". */
function variantsOf(form: string): string[] {
	const bare = form.replace(/^The /, '');
	// "Saint Lucia" is as often "St. Lucia" or "St Lucia"; both read as the words "St Lucia".
	const short = bare.startsWith('Saint ') ? [`St ${bare.slice('Saint '.length)}`] : [];
	return [...new Set([bare, ...short].flatMap((variant) => [variant, fold(variant)]))];
}

function toPhrase(variant: string, code: string | null): Phrase | undefined {
	const forms = wordsOf(variant);
	// The matcher only starts a name at a capital, so a name must start with one.
	if (forms.length === 0 || !startsUpper(forms[0], 0)) return undefined;
	const words = forms.map(lower);
	const key = words.join(' ');
	return {
		words,
		exact: forms.map((w) => (w === w.toUpperCase() && w !== w.toLowerCase() ? w : undefined)),
		title: forms.map((w) => startsUpper(w, 0)),
		code,
		trailingDot: variant.endsWith('.'),
		nameLike: nameLikeKeys.has(key),
		usState: usStateKeys.has(key)
	};
}

function buildGazetteer(): Gazetteer {
	const byKey = new Map<string, { phrase: Phrase; rank: number }>();
	const unsafeForms = new Set(UNSAFE_FORMS);
	const add = (form: string, code: string | null, rank: number) => {
		for (const variant of variantsOf(form)) {
			if (rank !== RANK_ALIAS && unsafeForms.has(variant)) continue;
			const phrase = toPhrase(variant, code);
			const key = phrase?.words.join(' ');
			if (!phrase || !key || (byKey.get(key)?.rank ?? Infinity) <= rank) continue;
			byKey.set(key, { phrase, rank });
		}
	};

	for (const [phrase, code] of ALIASES) for (const form of expand(phrase)) add(form, code, RANK_ALIAS);
	for (const { phrases } of NOT_COUNTRIES) {
		for (const phrase of phrases) for (const form of expand(phrase)) add(form, null, RANK_ALIAS);
	}
	const unsafeCapitals = new Set(UNSAFE_CAPITALS.flatMap((group) => group.names));
	const trusted = countries.map((country) => trustedForms(country, unsafeCapitals));
	const vocabulary = new Set(trusted.flat().flatMap((form) => wordsOf(fold(form)).map(lower)));
	const names = new Map<string, string>();
	countries.forEach((country, i) => {
		names.set(country.cca2, country.name.common);
		const rank = country.independent ? RANK_INDEPENDENT : RANK_DEPENDENT;
		for (const form of trusted[i]) add(form, country.cca2, rank);
		for (const form of englishSpellings(country, vocabulary)) add(form, country.cca2, rank);
	});

	const tree = new Map<string, PhraseNode>();
	for (const { phrase } of byKey.values()) {
		let level = tree;
		let node: PhraseNode | undefined;
		for (const word of phrase.words) {
			if (node) level = node.next ??= new Map();
			node = level.get(word) ?? level.set(word, {}).get(word)!;
		}
		node!.phrase = phrase;
	}
	return { tree, names };
}
