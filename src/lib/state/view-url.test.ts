import { describe, expect, it } from 'vitest';
import { viewFromParams, viewToParams } from './view-url';

describe('view URLs', () => {
	it('round-trips every shareable field, countries repeated', () => {
		const view = { q: 'Kyrgyz narcotics', countries: ['KG', 'IR'], from: '2019-01-01', to: '2019-12-31', article: '83473451', share: true };
		const qs = viewToParams(view).toString();
		expect(qs).toBe('q=Kyrgyz+narcotics&country=KG&country=IR&from=2019-01-01&to=2019-12-31&article=83473451&scale=share');
		expect(viewFromParams(new URLSearchParams(qs))).toEqual(view);
	});

	it('drops malformed dates and country codes instead of trusting them', () => {
		const v = viewFromParams(new URLSearchParams('from=yesterday&to=2020-02-30x&country=kg&country=<b>&country=KG'));
		expect(v).toEqual({ q: '', countries: ['KG'], from: null, to: null, article: null, share: false });
	});

	it('leaves defaults out of the query string', () => {
		expect(viewToParams({ q: '', countries: [], from: null, to: null, article: null, share: false }).toString()).toBe('');
	});
});
