import { describe, expect, it } from 'vitest';
import { MAX_NEAR, MAX_NESTING, MAX_QUERY_LENGTH, parseQuery, positiveLeaves, type Leaf, type QueryNode } from './query';

/** The tree written back compactly: words, "phrases", AND(…), OR(…), NOT …, with mode and scope marks. */
function show(node: QueryNode): string {
	if (node.kind === 'leaf') {
		const words = node.words.length > 1 ? `"${node.words.join(' ')}"` : node.words[0];
		const mode = node.mode === 'word' ? '' : `[${node.mode}]`;
		return `${node.scope ? `${node.scope}:` : ''}${words}${mode}`;
	}
	if (node.kind === 'not') return `NOT ${show(node.child)}`;
	return `${node.kind.toUpperCase()}(${node.children.map(show).join(', ')})`;
}

function tree(q: string): string {
	const parsed = parseQuery(q);
	if (!parsed) return '';
	return 'error' in parsed ? `error: ${parsed.error}` : show(parsed.node);
}

describe('parseQuery', () => {
	it('reads words as an AND of typo-tolerant words', () => {
		expect(tree('Kyrgyz interior')).toBe('AND(kyrgyz, interior)');
	});

	it('reads quoted phrases, OR, AND, NOT, minus and parentheses as Lucene does', () => {
		expect(tree('"foreign minister" Zarif')).toBe('AND("foreign minister"[exact], zarif)');
		expect(tree('(sanctions OR embargo) AND oil NOT Iraq')).toBe('AND(OR(sanctions[exact], embargo[exact]), oil[exact], NOT iraq[exact])');
		expect(tree('nuclear -talks')).toBe('AND(nuclear, NOT talks[exact])');
	});

	it('reads "a b"~N as the words within N words of each other, up to MAX_NEAR', () => {
		const near = (q: string) => {
			const parsed = parseQuery(q);
			return parsed && !('error' in parsed)
				? { leaves: parsed.leaves.map((l) => [l.words.join(' '), l.near, l.end]), notes: parsed.notes }
				: null;
		};
		expect(near('"iran oman"~3 trade')).toEqual({
			leaves: [
				['iran oman', 3, 13],
				['trade', 0, 19]
			],
			notes: []
		});
		expect(near('"iran oman"')!.leaves[0][1]).toBe(0);
		expect(near(`"iran oman"~${MAX_NEAR + 15}`)!.leaves[0][1]).toBe(MAX_NEAR);
		expect(near(`"iran oman"~${MAX_NEAR + 15}`)!.notes[0]).toMatch(/within 10 words of each other at most/);
		// A word written twice is one word, and one word is near nothing.
		expect(near('"oman oman"~2')!.leaves[0]).toEqual(['oman', 0, 13]);
	});

	it('makes every word of a precise query exact unless it asks for typos with ~', () => {
		expect(tree('sanctions~ OR embargo')).toBe('OR(sanctions, embargo[exact])');
	});

	it('keeps lower-case and, or and not as ordinary words', () => {
		expect(tree('Trinidad and Tobago')).toBe('AND(trinidad, and, tobago)');
	});

	it('reads field scopes for the title, the dateline place and the news code', () => {
		expect(tree('title:Kyrgyzstan place:Tehran code:85012345')).toBe('AND(title:kyrgyzstan, place:tehran, code:85012345[exact])');
		expect(tree('title:"peace and stability"')).toBe('title:"peace and stability"[exact]');
		expect(tree('title:(oil OR gas)')).toBe('OR(title:oil[exact], title:gas[exact])');
	});

	it("keeps Fuse's extended operators as aliases", () => {
		expect(tree("'oil =Kyrgyzstan ^Teh ran$ !Israel Iraq | Iran")).toBe(
			'OR(AND(oil[exact], kyrgyzstan[exact], teh[prefix], ran[suffix], NOT israel[exact], iraq[exact]), iran[exact])'
		);
	});

	it('says what is wrong with a malformed query', () => {
		expect(tree('(Iran OR Iraq')).toBe('error: An opening “(” is not closed');
		expect(tree('Iran)')).toBe('error: A closing “)” has no opening “(”');
		expect(tree('OR Iran')).toBe('error: OR needs something to search on its left');
		expect(tree('Iran OR')).toBe('error: OR needs something to search on its right');
		expect(tree('Iran AND')).toBe('error: AND needs something to search on its right');
		expect(tree('Iran NOT')).toBe('error: NOT needs a word after it');
		expect(tree('title:')).toBe('error: A word is missing after “title:”');
		expect(tree('()')).toBe('error: The parentheses hold nothing');
	});

	it('reads typographic quotes pasted from an article as phrase quotes', () => {
		expect(tree('“foreign minister” Zarif')).toBe('AND("foreign minister"[exact], zarif)');
		expect(tree('«peace talks»')).toBe('"peace talks"[exact]');
	});

	it('reads a phrase still being typed, its closing quote not yet there, to the end', () => {
		expect(tree('Iran "nuclear tal')).toBe('AND(iran, "nuclear tal"[exact])');
	});

	it('reads a word of several tokens as a phrase and ignores lone punctuation', () => {
		expect(tree('al-Assad - U.S.')).toBe('AND("al assad"[exact], "u s"[exact])');
		expect(parseQuery('   ')).toBeNull();
		expect(parseQuery(' - ')).toBeNull();
	});

	it('marks the last word as the one being typed only while the query ends inside it', () => {
		const last = (q: string) => {
			const parsed = parseQuery(q);
			return parsed && 'leaves' in parsed ? parsed.leaves.map((l: Leaf) => l.typing) : [];
		};
		expect(last('Kyrgyz inter')).toEqual([false, true]);
		expect(last('Kyrgyz inter ')).toEqual([false, false]);
		// A first letter alone is no word yet: the query waits for the second.
		expect(last('Kyrgyz i')).toEqual([false]);
		expect(parseQuery('K')).toBeNull();
		expect(last('Kyrgyz "inter"')).toEqual([false, false]);
	});

	it('lists the leaves that add to a match, not those under a NOT', () => {
		const parsed = parseQuery('oil -gas (wheat OR NOT rice)');
		if (!parsed || 'error' in parsed) throw new Error('did not parse');
		expect(positiveLeaves(parsed.node).map((l) => l.words[0])).toEqual(['oil', 'wheat']);
	});
});

describe('queries past the limits', () => {
	const error = (q: string) => {
		const parsed = parseQuery(q);
		return parsed && 'error' in parsed ? parsed.error : null;
	};

	it('refuses deeply nested parentheses or NOTs with a clear message, not a stack overflow', () => {
		expect(error(`${'('.repeat(900)}iran${')'.repeat(900)}`)).toBe(`The query nests groups or NOTs more than ${MAX_NESTING} deep`);
		expect(error(`${'NOT '.repeat(400)}iran`)).toBe(`The query nests groups or NOTs more than ${MAX_NESTING} deep`);
		expect(error(`${'-'.repeat(1500)}iran`)).toMatch(/nests groups or NOTs/);
		// Two thousand NOTs are past the length a query may have.
		expect(error(`${'NOT '.repeat(2000)}iran`)).toMatch(/longer than/);
	});

	it('reads groups nested as deep as the limit', () => {
		expect(error(`${'('.repeat(MAX_NESTING)}iran${')'.repeat(MAX_NESTING)}`)).toBeNull();
	});

	it('refuses a query longer than the limit and says how long a query may be', () => {
		expect(error('iran '.repeat(MAX_QUERY_LENGTH / 5) + 'x')).toBe('The query is longer than 2,000 characters');
		expect(error('iran '.repeat(MAX_QUERY_LENGTH / 5 - 1))).toBeNull();
	});
});

describe('a query not quite well formed', () => {
	it('reads an unclosed quote as a phrase to the end, and says so', () => {
		const parsed = parseQuery('"iran oman');
		expect(parsed && 'node' in parsed && parsed.leaves.map((l) => l.words)).toEqual([['iran', 'oman']]);
		expect(parsed && 'notes' in parsed && parsed.notes).toEqual(['The closing quote is missing: “iran oman” is searched as a phrase']);
		const closed = parseQuery('"iran oman"');
		expect(closed && 'notes' in closed && closed.notes).toEqual([]);
	});
});
