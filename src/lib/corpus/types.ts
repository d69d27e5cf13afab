/** Where a country is named: paragraph index and UTF-16 offsets into that paragraph. */
export interface Mention {
	paragraph: number;
	start: number;
	end: number;
}

export interface CountryCount {
	/** ISO 3166-1 alpha-2 code, e.g. "KG". */
	code: string;
	/** Common English name, e.g. "Kyrgyzstan". */
	name: string;
	count: number;
	mentions: Mention[];
}

export interface Dateline {
	/** Where the story was filed, as printed ("Tehran", "TEHRAN"). */
	place: string;
	/** The dateline's own date text as printed ("Sept 13"), or null when it has none. */
	date: string | null;
	/** Agency named in the dateline ("IRNA", "MNA", "ISNA"), or null. */
	agency: string | null;
	/** The country the place is in (ISO 3166-1 alpha-2), or null when it is not known: where the story was filed from. */
	country: string | null;
}

/** A dateline as printed, before its place is looked up. */
export type PrintedDateline = Omit<Dateline, 'country'>;

export interface Article {
	/** Stable id: the news code where there is one, else a short content hash. */
	id: string;
	/** Path of the source file, relative to the corpus folder. */
	file: string;
	/** Canonical URL of the original page, when it can be known. */
	url: string | null;
	title: string;
	/** A short line standing above the title ("S. Korea FM:"), or null. */
	kicker: string | null;
	/**
	 * Publication date-time as printed, in the publication's local time:
	 * "2019-09-13T09:57", or date-only "2021-04-12". An offset ("+03:30" or "Z")
	 * is appended only when the page states one. Null when no date was found.
	 */
	publishedAt: string | null;
	newsCode: string | null;
	journalistId: string | null;
	/** Who wrote or reported it, as printed without "By" ("Trend", "Gazette Staff"; "A" of "Reporting by A; Editing by B"), or null. */
	byline: string | null;
	/**
	 * The wire or outlet credited ("Reuters", "AFP", "IRNA", "Trend"): the dateline's agency, a
	 * wire named by the byline ("By AP", "By Jane Doe – Trend"), a source line ("Source: Reuters",
	 * "(Xinhua News Agency …)"), or the IRNA family's own furniture; null when none is printed.
	 * Absent from collections imported before it was read.
	 */
	agency?: string | null;
	personsCount: number | null;
	dateline: Dateline | null;
	/** Body paragraphs; the dateline prefix is removed from the first one. */
	paragraphs: string[];
	countries: CountryCount[];
	wordCount: number;
	warnings: string[];
}

export interface Rejection {
	file: string;
	reason: string;
}

/** One input: a path (for messages and ids) and its raw bytes. */
export interface SourceFile {
	file: string;
	bytes: Uint8Array;
	/** What was found wrong with where the file came from (a damaged archive), said among its article's warnings. */
	notes?: string[];
}

export interface CorpusSummary {
	files: number;
	articles: number;
	withWarnings: number;
	duplicatesMerged: number;
	rejected: number;
}

/** The shape printed by `npm run corpus` (a site serves the same articles as JSON Lines in `articles/`). */
export interface Corpus {
	articles: Article[];
	rejected: Rejection[];
}
