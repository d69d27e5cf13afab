/**
 * Fuse.js's extended search syntax, parsed so the token index can pick candidates the way
 * Fuse would match them: space-separated terms must all match, `|` separates alternatives.
 */
export type TermOp = 'fuzzy' | 'include' | 'exact' | 'prefix' | 'suffix' | 'not-include' | 'not-prefix' | 'not-suffix';

export interface Term {
	op: TermOp;
	text: string;
}

/** Alternatives (OR), each a list of terms that must all match (AND). */
export type ParsedQuery = Term[][];

const TOKEN = /[^\s"]*"[^"]*"?\$?|[^\s"]+/g;

function parseTerm(raw: string): Term | null {
	let s = raw;
	let op: TermOp = 'fuzzy';
	if (s.startsWith('!^')) [op, s] = ['not-prefix', s.slice(2)];
	else if (s.startsWith('!')) [op, s] = [s.endsWith('$') ? 'not-suffix' : 'not-include', s.slice(1)];
	else if (s.startsWith("'")) [op, s] = ['include', s.slice(1)];
	else if (s.startsWith('=')) [op, s] = ['exact', s.slice(1)];
	else if (s.startsWith('^')) [op, s] = ['prefix', s.slice(1)];
	else if (s.endsWith('$')) [op, s] = ['suffix', s];
	if (op === 'suffix' || op === 'not-suffix') s = s.slice(0, -1);
	s = s.replace(/^"|"$/g, '').toLowerCase();
	return s ? { op, text: s } : null;
}

export function parseQuery(query: string): ParsedQuery {
	const out: ParsedQuery = [];
	let group: Term[] = [];
	for (const raw of query.match(TOKEN) ?? []) {
		if (raw === '|') {
			if (group.length) out.push(group);
			group = [];
			continue;
		}
		const term = parseTerm(raw);
		if (term) group.push(term);
	}
	if (group.length) out.push(group);
	return out;
}

export function isNegative(t: Term): boolean {
	return t.op.startsWith('not-');
}

/** The query as Fuse should rank it: plain `!word` exclusions are applied over the whole article instead. */
export function rankingQuery(parsed: ParsedQuery): string {
	const quote = (s: string) => (/\s/.test(s) ? `"${s}"` : s);
	const show: Record<TermOp, (s: string) => string> = {
		fuzzy: (s) => s,
		include: (s) => `'${quote(s)}`,
		exact: (s) => `=${quote(s)}`,
		prefix: (s) => `^${quote(s)}`,
		suffix: (s) => `${quote(s)}$`,
		'not-include': () => '',
		'not-prefix': (s) => `!^${quote(s)}`,
		'not-suffix': (s) => `!${quote(s)}$`
	};
	return parsed
		.map((g) => g.map((t) => show[t.op](t.text)).filter(Boolean).join(' '))
		.filter(Boolean)
		.join(' | ');
}
