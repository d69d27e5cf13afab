/**
 * The query language: what people bring from Media Cloud, Lucene and web search.
 *
 *   words          every word must match (typos forgiven by word length)
 *   "a phrase"     these words, in this order, next to each other
 *   "a b"~N        these words within N words of each other, in any order, in one paragraph
 *   a OR b, a | b  either
 *   a AND b        both (the default between words)
 *   NOT a, -a, !a  the article never says it
 *   ( … )          grouping
 *   title:w  place:w  code:n   only in the title, the dateline's place, the news code
 *
 * A query with OR, AND or parentheses is a precise one, as in Lucene and Media Cloud: its
 * words match exactly unless one asks for typos with a trailing ~ (`sanctions~`).
 *
 * Fuse.js's extended operators stay as aliases: 'word and =word (exact word), ^word
 * (a word starting so), word$ (a word ending so). Operators are upper case: "and", "or"
 * and "not" are ordinary words. A malformed query is an error that says what is wrong.
 */
import { lex, type Scope, type Token } from './query-lex';

export { MAX_NEAR, type Scope } from './query-lex';
import { tokenize } from './tokens';

/** How a leaf's words match corpus words: with typos (by length), exactly, as a prefix or a suffix. */
export type Mode = 'word' | 'exact' | 'prefix' | 'suffix';

export interface Leaf {
	kind: 'leaf';
	/** Lower-case words; more than one is a phrase (in order, adjacent, unless `near`). */
	words: string[];
	/** Written "a b"~N: the words within N words of each other, in any order (0: a phrase). */
	near: number;
	mode: Mode;
	scope: Scope | null;
	/** The word being typed (the query's last, unquoted): it also matches as a prefix. */
	typing: boolean;
	/** Written with a trailing ~: typos allowed even in a precise query. */
	fuzzy: boolean;
	/** Where the leaf was written in the query, for suggestions that replace it. */
	start: number;
	end: number;
}

export type QueryNode =
	Leaf | { kind: 'and'; children: QueryNode[] } | { kind: 'or'; children: QueryNode[] } | { kind: 'not'; child: QueryNode };

export type ParsedQuery =
	/**
	 * `precise`: the query uses OR, AND or parentheses (see above). `notes`: how a query that
	 * is not quite well formed was read ("the closing quote is missing…").
	 */
	{ node: QueryNode; leaves: Leaf[]; precise: boolean; notes: string[] } | { error: string };

class QueryError extends Error {}

/** Longer queries are refused: no one types them, and each word costs a look-up. */
export const MAX_QUERY_LENGTH = 2000;
/** Groups and NOTs nested deeper than this are refused (every later step walks the tree recursively). */
export const MAX_NESTING = 32;

/** A typed word with Fuse's operators read off it. */
function wordLeaf(t: Extract<Token, { type: 'text' }>, scope: Scope | null): Leaf | null {
	let text = t.text;
	let mode: Mode = 'word';
	const fuzzy = !t.quoted && text.endsWith('~') && text.length > 1;
	if (fuzzy) text = text.slice(0, -1);
	if (!t.quoted) {
		if (text.startsWith("'") || text.startsWith('=')) [mode, text] = ['exact', text.slice(1)];
		else if (text.startsWith('^')) [mode, text] = ['prefix', text.slice(1)];
		else if (text.endsWith('$') && text.length > 1) [mode, text] = ['suffix', text.slice(0, -1)];
	}
	let words = tokenize(text);
	if (words.length === 0) return null;
	// Near one another, a word written twice is one word.
	if (t.near) words = [...new Set(words)];
	// A quoted phrase, or a word that is several to search ("al-Assad", "U.S."), matches exactly.
	if (t.quoted || words.length > 1) mode = mode === 'word' ? 'exact' : mode;
	if (scope === 'code') mode = 'exact';
	return { kind: 'leaf', words, near: words.length > 1 ? (t.near ?? 0) : 0, mode, scope, typing: false, fuzzy, start: t.at, end: t.end };
}

class Parser {
	private k = 0;
	/** Groups and NOTs open around the token being read. */
	private depth = 0;
	constructor(private tokens: Token[]) {}

	/** Reads `inner` one level deeper, refusing a query nested past MAX_NESTING. */
	private deeper<T>(inner: () => T): T {
		if (++this.depth > MAX_NESTING) throw new QueryError(`the query nests groups or NOTs more than ${MAX_NESTING} deep`);
		try {
			return inner();
		} finally {
			this.depth--;
		}
	}

	private peek(): Token | undefined {
		return this.tokens[this.k];
	}

	private endsGroup(t: Token | undefined): boolean {
		return !t || t.type === ')' || t.type === 'OR';
	}

	parse(): QueryNode | null {
		const node = this.or();
		const t = this.peek();
		if (t?.type === ')') throw new QueryError('a closing “)” has no opening “(”');
		return node;
	}

	private or(): QueryNode | null {
		const children: QueryNode[] = [];
		let first = this.and();
		if (first) children.push(first);
		while (this.peek()?.type === 'OR') {
			this.k++;
			if (!first) throw new QueryError('OR needs something to search on its left');
			if (this.endsGroup(this.peek())) throw new QueryError('OR needs something to search on its right');
			first = this.and();
			if (first) children.push(first);
		}
		if (children.length === 0) return null;
		return children.length === 1 ? children[0] : { kind: 'or', children };
	}

	private and(): QueryNode | null {
		const children: QueryNode[] = [];
		let seen = false;
		while (!this.endsGroup(this.peek())) {
			if (this.peek()!.type === 'AND') {
				this.k++;
				if (!seen) throw new QueryError('AND needs something to search on its left');
				if (this.endsGroup(this.peek())) throw new QueryError('AND needs something to search on its right');
				continue;
			}
			seen = true;
			const node = this.unary(null);
			if (node) children.push(node);
		}
		if (children.length === 0) return null;
		return children.length === 1 ? children[0] : { kind: 'and', children };
	}

	private unary(scope: Scope | null): QueryNode | null {
		const t = this.peek();
		if (t?.type === 'NOT') {
			this.k++;
			const next = this.peek();
			if (!next || next.type === ')' || next.type === 'OR' || next.type === 'AND') throw new QueryError('NOT needs a word after it');
			const child = this.deeper(() => this.unary(scope));
			return child ? { kind: 'not', child } : null;
		}
		return this.primary(scope);
	}

	private primary(scope: Scope | null): QueryNode | null {
		const t = this.tokens[this.k++];
		if (t.type === '(') {
			if (this.peek()?.type === ')') throw new QueryError('the parentheses hold nothing');
			const inner = this.deeper(() => this.scoped(scope, () => this.or()));
			if (this.peek()?.type !== ')') throw new QueryError('an opening “(” is not closed');
			this.k++;
			return inner;
		}
		if (t.type === 'scope') {
			const next = this.peek();
			if (!next || (next.type !== 'text' && next.type !== '(' && next.type !== 'NOT'))
				throw new QueryError(`a word is missing after “${t.scope}:”`);
			return this.unary(t.scope);
		}
		if (t.type === 'text') return wordLeaf(t, scope);
		throw new QueryError(`${t.type} cannot stand there`);
	}

	private scoped(scope: Scope | null, inner: () => QueryNode | null): QueryNode | null {
		const node = inner();
		if (node && scope) forEachLeaf(node, (leaf) => (leaf.scope ??= scope));
		return node;
	}
}

export function forEachLeaf(node: QueryNode, visit: (leaf: Leaf, negated: boolean) => void, negated = false): void {
	if (node.kind === 'leaf') visit(node, negated);
	else if (node.kind === 'not') forEachLeaf(node.child, visit, !negated);
	else for (const c of node.children) forEachLeaf(c, visit, negated);
}

/** The query as a tree, its leaves in the order written; null for an empty query. */
export function parseQuery(query: string): ParsedQuery | null {
	let node: QueryNode | null;
	let precise = false;
	const notes: string[] = [];
	if (query.length > MAX_QUERY_LENGTH) return { error: `The query is longer than ${MAX_QUERY_LENGTH.toLocaleString('en')} characters` };
	try {
		// Quotes pasted from articles and word processors (“ ” „ « ») quote phrases too; each is
		// one character, so the leaves' offsets into the query stay right.
		const tokens = lex(query.replace(/[“”„«»]/g, '"'), notes);
		precise = tokens.some((t) => t.type === 'OR' || t.type === 'AND' || t.type === '(');
		node = new Parser(tokens).parse();
	} catch (err) {
		if (err instanceof QueryError) return { error: err.message.charAt(0).toUpperCase() + err.message.slice(1) };
		throw err;
	}
	if (!node) return null;
	const leaves: Leaf[] = [];
	forEachLeaf(node, (leaf, negated) => {
		// Negated words, and every word of a precise query unless marked ~, match exactly.
		if (leaf.mode === 'word' && !leaf.fuzzy && (negated || precise)) leaf.mode = 'exact';
		leaves.push(leaf);
	});
	const last = leaves[leaves.length - 1];
	// The word still being typed: the query ends inside it. Its first letter alone is no word
	// yet (every word has thousands of completions): the query waits for the second.
	if (last && last.end === query.length && last.mode === 'word' && last.words.length === 1) {
		last.typing = true;
		if (last.words[0].length < 2) {
			const rest = withoutLeaf(node, last);
			if (!rest) return null;
			return { node: rest, leaves: leaves.slice(0, -1), precise, notes };
		}
	}
	return { node, leaves, precise, notes };
}

/** The tree without one leaf (null when nothing is left). */
function withoutLeaf(node: QueryNode, leaf: Leaf): QueryNode | null {
	if (node === leaf) return null;
	if (node.kind === 'leaf') return node;
	if (node.kind === 'not') {
		const child = withoutLeaf(node.child, leaf);
		return child && { kind: 'not', child };
	}
	const children = node.children.map((c) => withoutLeaf(c, leaf)).filter((c): c is QueryNode => c !== null);
	if (children.length === 0) return null;
	return children.length === 1 ? children[0] : { kind: node.kind, children };
}

/** The leaves that add to an article's match (not under a NOT). */
export function positiveLeaves(node: QueryNode): Leaf[] {
	const out: Leaf[] = [];
	forEachLeaf(node, (leaf, negated) => {
		if (!negated) out.push(leaf);
	});
	return out;
}
