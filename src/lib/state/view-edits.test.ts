import { describe, expect, it } from 'vitest';
import { patched, toggled, withAddedQuery, withCell, withoutQuery, withQueryText, withTerm } from './view-edits';
import { MAX_QUERIES, emptyView, type View } from './view-url';

const view = (patch: Partial<View> = {}): View => ({ ...emptyView(), ...patch });

describe('what the user’s actions make of the view', () => {
	it('closes a compared version with its article, and keeps it while the article stays open', () => {
		const open = view({ article: 'a1', version: 'a2' });
		expect(patched(open, { countries: ['KG'] }).version).toBe('a2');
		expect(patched(open, { article: 'a3' }).version).toBeNull();
		expect(patched(open, { article: null }).version).toBeNull();
		expect(patched(open, { article: 'a3', version: 'a4' }).version).toBe('a4');
	});

	it('forgets the paragraph shown when another article opens or the reader closes', () => {
		const open = view({ article: 'a1', at: 4 });
		expect(patched(open, { countries: ['KG'] }).at).toBe(4);
		expect(patched(open, { article: 'a3' }).at).toBeNull();
		expect(patched(open, { article: null }).at).toBeNull();
		expect(patched(open, { article: 'a3', at: 1 }).at).toBe(1);
	});

	it('edits the query of the tab shown, leaving the compared ones', () => {
		expect(withQueryText(view({ queries: ['oil', 'gas'], tab: 1 }), 'wheat')).toEqual({ queries: ['oil', 'wheat'] });
	});

	it('adds a query to compare with its tab shown, up to the most that can be compared', () => {
		expect(withAddedQuery(view({ queries: ['oil'], article: 'a1' }))).toEqual({ queries: ['oil', ''], tab: 1, article: null });
		expect(withAddedQuery(view({ queries: Array(MAX_QUERIES).fill('q') }))).toBeNull();
	});

	it('removes a query, the tab staying on the same query, and only empties the last one', () => {
		expect(withoutQuery(view({ queries: ['a', 'b', 'c'], tab: 2 }), 0)).toEqual({ queries: ['b', 'c'], tab: 1, article: null });
		expect(withoutQuery(view({ queries: ['a', 'b'], tab: 1 }), 1)).toEqual({ queries: ['a'], tab: 0, article: null });
		expect(withoutQuery(view({ queries: ['iran'] }), 0)).toEqual({ queries: [''], tab: 0 });
	});

	it('adds a term to the query, a phrase in quotes', () => {
		expect(withTerm('', 'Zarif')).toBe('Zarif');
		expect(withTerm(' oil ', 'Persian Gulf')).toBe('oil "Persian Gulf"');
	});

	it('toggles a filter value, by a sameness of its own where asked', () => {
		expect(toggled(['KG'], 'TJ')).toEqual(['KG', 'TJ']);
		expect(toggled(['KG', 'TJ'], 'KG')).toEqual(['TJ']);
		const caseless = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
		expect(toggled(['Tehran'], 'TEHRAN', caseless)).toEqual([]);
	});

	it('filters to a cell of the filed-from matrix, and lifts both filters at the same cell again', () => {
		const cell = withCell(view({ countries: ['IR'] }), 'Tehran', 'KG');
		expect(cell).toEqual({ filed: ['Tehran'], countries: ['IR', 'KG'] });
		expect(withCell(view({ filed: ['Tehran'], countries: ['IR', 'KG'] }), 'Tehran', 'KG')).toEqual({ filed: [], countries: ['IR'] });
	});
});
