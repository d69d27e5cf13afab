/**
 * The query language's tokens (see query.ts): words and quoted phrases with where they were
 * written, `"a b"~N`'s distance, the operators (`AND`, `OR`, `NOT` and their symbols, a
 * leading `-` or `!`), parentheses and field scopes (`title:`, `place:`, `dateline:`, `code:`).
 */
/** Where a scoped word is searched: only the title, the dateline's place or the news code. */
export type Scope = 'title' | 'place' | 'code';

const SCOPES: Record<string, Scope> = { title: 'title', place: 'place', dateline: 'place', code: 'code' };

export type Token =
	| { type: '(' | ')' | 'AND' | 'OR' | 'NOT'; at: number }
	| { type: 'scope'; scope: Scope; at: number }
	| { type: 'text'; text: string; quoted: boolean; at: number; end: number; near?: number };

/** The most words "a b"~N may allow between: a paragraph's words are never near the next's (see FIELD_GAP). */
export const MAX_NEAR = 10;

/** The query's tokens; `notes` receives how anything not quite well formed was read. */
export function lex(query: string, notes: string[]): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < query.length) {
		const c = query[i];
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		if (c === '(' || c === ')') {
			out.push({ type: c, at: i++ });
			continue;
		}
		if (c === '"') {
			// A phrase still being typed has no closing quote yet: it runs to the end, as Lucene's
			// simple query parser reads it, and the page says so.
			const found = query.indexOf('"', i + 1);
			const close = found === -1 ? query.length : found;
			if (found === -1 && query.slice(i + 1).trim())
				notes.push(`The closing quote is missing: “${query.slice(i + 1).trim()}” is searched as a phrase`);
			// "a b"~N: the words within N words of each other.
			const near = found === -1 ? null : /^~(\d+)/.exec(query.slice(close + 1));
			let slop: number | undefined;
			if (near) {
				slop = Number(near[1]);
				if (slop > MAX_NEAR) {
					notes.push(`Words are searched within ${MAX_NEAR} words of each other at most: ~${near[1]} is read as ~${MAX_NEAR}`);
					slop = MAX_NEAR;
				}
			}
			const end = close + 1 + (near ? near[0].length : 0);
			out.push({ type: 'text', text: query.slice(i + 1, close), quoted: true, at: i, end: Math.min(query.length, end), near: slop });
			i = end;
			continue;
		}
		// A leading - or ! negates what follows (a word, a phrase, a group); + only insists.
		if ((c === '-' || c === '!' || c === '+') && i + 1 < query.length && !/\s/.test(query[i + 1])) {
			if (c !== '+') out.push({ type: 'NOT', at: i });
			i++;
			continue;
		}
		let j = i;
		while (j < query.length && !/[\s()"]/.test(query[j])) j++;
		const raw = query.slice(i, j);
		const scope = /^([a-zA-Z]+):$/.exec(raw);
		const field = /^([a-zA-Z]+):(.+)$/.exec(raw);
		if (scope && SCOPES[scope[1].toLowerCase()]) {
			out.push({ type: 'scope', scope: SCOPES[scope[1].toLowerCase()], at: i });
		} else if (field && SCOPES[field[1].toLowerCase()]) {
			out.push({ type: 'scope', scope: SCOPES[field[1].toLowerCase()], at: i });
			out.push({ type: 'text', text: field[2], quoted: false, at: i + field[1].length + 1, end: j });
		} else if (raw === 'AND' || raw === '&&') out.push({ type: 'AND', at: i });
		else if (raw === 'OR' || raw === '|' || raw === '||') out.push({ type: 'OR', at: i });
		else if (raw === 'NOT') out.push({ type: 'NOT', at: i });
		else out.push({ type: 'text', text: raw, quoted: false, at: i, end: j });
		i = j;
	}
	return out;
}
