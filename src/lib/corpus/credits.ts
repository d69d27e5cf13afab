/**
 * Who a story is credited to, as pages print it: a byline ("By Jane Doe – Trend", "Writing by
 * … in Ankara"), a reporter's name, a desk or a wire alone on a line, a source line ("Source:
 * Reuters"), a wire's closing credit ("(Xinhua News Agency August 23, 2004)"), and a name
 * beside a stamp. The line classifier (furniture.ts) asks these for each short line.
 */
import { parseDateStamp } from './dates';
import { filedCountry } from './filed-from';

/** Lines that hold a stamp among other things are short. */
export const MAX_STAMP_LINE = 160;

const BY =
	/^\(?\s*(?:[Bb]y|BY|(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Rr]eviewed) by|[Aa]uthors?|AUTHOR|[Ww]ords)\s*:?\s+(\p{Lu}[^.!?]{1,78}?)\s*\)?$/u;
const STAFF = /^(?:\p{Lu}[\p{L}.&'-]*\s+){0,4}(?:staff|staff writer|staff reporter|correspondent|news desk|desk)$/iu;
/** Credits at a story's end: who wrote or reported it comes first; editors, translators and additional reporting are no byline. */
const CREDITS =
	/^[(*]?\s*(?:(reporting|writing|compiled)|additional\s+reporting|editing|translated)\s+by\s+(\p{Lu}.{1,200}?)\s*\)?\.?(?:\s+[-–—])?$/iu;
/** Words an outlet's name ends in ("The Tehran Times", "The Associated Press"): a byline may begin with "The" before one. */
const OUTLET_WORD =
	/\b(?:Press|News|Times|Post|Journal|Weekly|Daily|Agency|Service|Staff|Desk|Wire|Editorial|Herald|Tribune|Gazette|Observer|Monitor|Media|Report)\b/;
/** A wire or outlet credited after a name: "Maryana Akhmedova – Trend". */
const CREDIT_AFTER = /\s+[–—-]\s+\p{Lu}[\p{L}.&' ]{0,40}$/u;

/** The first name of a credit ("Jane Doe; Editing by John Roe", "Seda Sevencan in Istanbul"): up to a semicolon, a full stop or a place. */
function firstCredited(credit: string): string {
	return credit.split(/\s*[;.]\s*|\s+in\s+\p{Lu}/u)[0].trim();
}

/**
 * A byline line: "By Trend", "By IFP Editorial Staff", "Gazette Staff", "By Jane Doe – Trend",
 * "(Reporting by A; Editing by B)". Returns who it names, without "By", a wire credited after a
 * dash, or the credits of editors and translators.
 */
export function readByline(line: string): string | null {
	if (line.length > 220) return null;
	let m = line.match(CREDITS);
	if (m) return m[1] ? firstCredited(m[2]) || null : null;
	m = line.match(BY);
	// Without a colon at its end, a wire credited after a dash, or the stamp that follows it ("By AP Published …").
	if (m)
		m[1] = m[1]
			.replace(/\s+(?:Published|Updated|Posted|Last updated)\b.*$/i, '')
			.replace(/\s*:$/, '')
			.replace(CREDIT_AFTER, '');
	// A name is a few words, not a clause ("By the end of the year", "By The Numbers"): an outlet's may begin with "The".
	const clause = (name: string) =>
		/^(?:Then|Now|This|That|Late|Early|Mid|All)\b/.test(name) || (/^(?:The|A|An)\b/.test(name) && !OUTLET_WORD.test(name));
	if (m && m[1].split(' ').length <= 8 && !clause(m[1])) return m[1];
	if (STAFF.test(line) && /^\p{Lu}/u.test(line) && !/^(?:The|A|An|Our|Their|His|Her|Its|All|Some|Hospital|Medical)\b/.test(line))
		return line;
	return null;
}

/** The wire a byline line credits: the agency after the name's dash ("By Jane Doe – Trend"), or the byline itself when it is a wire's short name ("By AP"). */
export function wireOfByline(line: string, byline: string): string | null {
	const after = BY.exec(line)?.[1].replace(/\s*:$/, '').match(CREDIT_AFTER)?.[0];
	if (after) return after.replace(/^\s+[–—-]\s+/, '').trim();
	return WIRE.test(byline) ? byline : null;
}

/** A person's name as a byline prints it alone: two to four capitalised words or initials ("John P. Caves", "Nazir Aliyev Tayfur"). */
const PERSON = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|[IV]{2,3})){1,3}$/u;
/** A wire's short name in capitals ("AFP", "AP", "IRNA"). */
const WIRE = /^\p{Lu}{2,6}$/u;

/** Wires named in full after a reporter's name ("Josh Lederman, Associated Press"). */
const WIRE_NAMES = /^(?:Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg|Anadolu Agency|Xinhua|\p{Lu}{2,6})$/u;

/** A desk or team credited on a line of its own ("Content Team", "PV Sports Desk", "Tehran Bureau"). */
const DESK = /^(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}(?:Desk|Team|Bureau|Newsroom)$/u;
/** An outlet credited with its sources ("The BRICS Post with inputs from Agencies"). */
const WITH_INPUTS = /^\p{Lu}[\p{L}\d.&'’ -]{1,60}?\s+with inputs? from\s+\p{L}[\p{L}.&'’, -]{1,40}$/u;

/** A byline the line is, with the wire it names; a line of kind 'byline' to the classifier. */
export interface Credit {
	kind: 'byline';
	value: string;
	wire?: string;
}

/**
 * A reporter's name on a line of its own, without "By", in the two shapes that cannot be
 * anything else: with the wire after a comma ("Josh Lederman, Associated Press"), or with the
 * comma left by a page that printed the rest elsewhere ("Elad Benari ,"); or a desk, a team or
 * an outlet with its sources. A name alone is not taken: it may be a caption's or a list's.
 */
export function bareByline(line: string): Credit | null {
	if (DESK.test(line) || WITH_INPUTS.test(line)) return { kind: 'byline', value: line };
	const m = /^(.+?)\s*,\s*(.*)$/u.exec(line);
	// "New York, NY", "Abu Dhabi, UAE" are places.
	if (!m || !PERSON.test(m[1]) || filedCountry(m[1]) !== null) return null;
	if (m[2] === '') return { kind: 'byline', value: m[1] };
	return WIRE_NAMES.test(m[2]) ? { kind: 'byline', value: m[1], wire: m[2] } : null;
}

/** A label alone on its line, the names on the next ("Author:" / "Jane Doe and John P. Roe III"). */
const BYLINE_LABEL = /^(?:[Bb]y|BY|[Aa]uthors?|AUTHORS?|[Ww]ritten by|[Rr]eporters?|[Ww]riters?)\s*:$/u;

/** The names a line under a byline's label gives: one to three people, joined by commas and "and". */
export function labelledByline(label: string, next: string): string | null {
	if (!BYLINE_LABEL.test(label.trim()) || next.length > 120) return null;
	const names = next.trim().split(/\s*,\s*|\s+and\s+|\s*&\s*/u);
	return names.length <= 3 && names.every((n) => PERSON.test(n) && filedCountry(n) === null) ? next.trim() : null;
}

/** A desk credited at the opening of the text, before a colon ("PV Sports Desk : After a flawless campaign …"; not "Our Team: We …"). */
const DESK_OPENING = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:Desk|Bureau|Newsroom))\s*:\s+(?=\p{Lu})/u;

/** The desk a first paragraph opens with, and the paragraph without it. */
export function splitDeskOpening(paragraph: string): { byline: string; rest: string } | null {
	const m = DESK_OPENING.exec(paragraph);
	return m ? { byline: m[1], rest: paragraph.slice(m[0].length) } : null;
}

/** Whether a byline is a wire's short name ("AP", "AFP"). */
export function isWireName(name: string): boolean {
	return WIRE.test(name);
}

/** A source credited on a line of its own: "Source: Reuters". */
const SOURCE_LINE = /^(?:[Ss]ource|SOURCE)\s*:\s*(\p{Lu}[\p{L}\d.&'’ –—-]{1,48}?)\s*$/u;
/**
 * A wire credited in brackets at a story's end: "(Xinhua News Agency August 23, 2004)",
 * "(Reuters, dpa)" (after an editor's initials, "nm/amp (Reuters, dpa)"): the first named.
 */
const CREDIT_LINE =
	/^(?:\p{Ll}{1,4}(?:\/\p{Ll}{1,4})*\s+)?\((\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}?)(?:\s+News Agency\b[^)]*|,\s*[\p{L} ,.&-]{1,40})\)$/u;

/**
 * The full date a wire's credit line prints after the wire's name ("(Xinhua News Agency August
 * 23, 2004)"), as ISO, or null.
 */
export function creditedDate(line: string): string | null {
	if (line.length > 80 || !CREDIT_LINE.test(line)) return null;
	const inside = line.slice(line.lastIndexOf('(') + 1, line.lastIndexOf(')'));
	const after = /\bNews Agency\s+(.+)$/.exec(inside)?.[1] ?? /,\s*(.+)$/.exec(inside)?.[1];
	return after ? (parseDateStamp(after)?.iso ?? null) : null;
}

/** The source or wire a line of its own credits, or null. */
export function creditedSource(line: string): string | null {
	if (line.length > 80) return null;
	return SOURCE_LINE.exec(line)?.[1] ?? CREDIT_LINE.exec(line)?.[1] ?? null;
}

/**
 * The author named on a stamp's line: a piece beside it ("Ali Yilmaz | 02.03.2021 - 14:35"),
 * or what comes before "Published" or "Updated" ("By AP Published Date - 11:05 PM", "AFP
 * Published 17 Jun, 2023").
 */
export function bylineBesideStamp(line: string): string | null {
	if (line.length > MAX_STAMP_LINE) return null;
	const before = /^(.{2,60}?)\s+(?:Published|Updated|Posted|Last updated)\b/i.exec(line)?.[1];
	if (before) return readByline(before) ?? (WIRE.test(before) || PERSON.test(before) ? before : null);
	if (!line.includes('|')) return null;
	for (const piece of line.split(/\s*\|\s*/)) {
		if (/\d/.test(piece)) continue;
		const named = readByline(piece) ?? (PERSON.test(piece) ? piece : null);
		if (named) return named;
	}
	return null;
}
