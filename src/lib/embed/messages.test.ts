import { describe, expect, it } from 'vitest';
import { applySetView, parseSetView } from './messages';

describe('parseSetView', () => {
	it('accepts a set-view message with any of its documented fields', () => {
		const msg = { type: 'wirescope:set-view', q: 'oil', country: ['IR', 'OM'], from: '2020-01-01', to: null };
		expect(parseSetView(msg)).toEqual(msg);
		expect(parseSetView({ type: 'wirescope:set-view' })).toEqual({ type: 'wirescope:set-view' });
	});

	it('ignores a message with an undocumented key, even alongside valid ones', () => {
		expect(parseSetView({ type: 'wirescope:set-view', q: 'oil', article: '83473451' })).toBeNull();
		expect(parseSetView({ type: 'wirescope:set-view', q: 'oil', __proto__: { polluted: true } })).toBeNull();
	});

	it('ignores fields of the wrong shape', () => {
		for (const bad of [
			{ q: 5 },
			{ q: 'x'.repeat(501) },
			{ country: 'IR' },
			{ country: ['ir'] },
			{ country: ['IRN'] },
			{ country: [1] },
			{ country: Array(21).fill('IR') },
			{ from: '2020-1-1' },
			{ to: '2020-01-01T00:00' },
			{ from: 20200101 }
		]) {
			expect(parseSetView({ type: 'wirescope:set-view', ...bad }), JSON.stringify(bad)).toBeNull();
		}
	});

	it('ignores anything that is not a set-view message', () => {
		for (const data of [
			null,
			'wirescope:set-view',
			['wirescope:set-view'],
			{ type: 'wirescope:resize', height: 3 },
			{ type: 'set-view' },
			new Date()
		]) {
			expect(parseSetView(data)).toBeNull();
		}
	});
});

describe('applySetView', () => {
	const current = new URLSearchParams('q=gas&country=IR&from=2019-01-01&article=1&theme=--ws-bg:%23fff');

	it('replaces the fields given, keeps the others and the theme, and closes the reader', () => {
		const next = applySetView(current, { type: 'wirescope:set-view', q: 'oil', country: ['OM', 'QA'] });
		expect(next.get('q')).toBe('oil');
		expect(next.getAll('country')).toEqual(['OM', 'QA']);
		expect(next.get('from')).toBe('2019-01-01');
		expect(next.get('theme')).toBe('--ws-bg:#fff');
		expect(next.has('article')).toBe(false);
	});

	it('clears a field given as null, empty text or an empty list', () => {
		const next = applySetView(current, { type: 'wirescope:set-view', q: '', country: [], from: null });
		expect([...next.keys()]).toEqual(['theme']);
	});
});
