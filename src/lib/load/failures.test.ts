import { describe, expect, it } from 'vitest';
import { BundleChanged } from '../corpus/bundle';
import { unloaded, whyNotLoaded } from './failures';

describe('whyNotLoaded', () => {
	it('tells a reader the status, or that the connection is down', () => {
		expect(whyNotLoaded(new Error('the corpus bundle could not be loaded (HTTP 503)'))).toBe('HTTP 503');
		expect(whyNotLoaded(new TypeError('Failed to fetch'))).toBe('no connection');
		expect(whyNotLoaded(new TypeError('NetworkError when attempting to fetch resource.'))).toBe('no connection');
		expect(whyNotLoaded(new Error('the article text file is damaged (reload, or rebuild the site)'))).toMatch(/damaged/);
	});
});

describe('unloaded', () => {
	it('names the part and the status, and leaves the message of a damaged file or of another build', () => {
		expect(unloaded('the search index', new Error('the corpus bundle could not be loaded (HTTP 500)')).message).toBe(
			'the search index could not be loaded (HTTP 500)'
		);
		const damaged = new Error('the search index file is cut short (reload)');
		expect(unloaded('the search index', damaged)).toBe(damaged);
		const changed = new BundleChanged();
		expect(unloaded('the article columns', changed)).toBe(changed);
	});
});
