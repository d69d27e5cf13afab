import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddressSync, URL_AFTER_TYPING_MS } from './address-sync.svelte';
import { emptyView, type View } from './view-url';

/** A browser's address bar whose navigations arrive when the test says so. */
function harness(options: { hostParams?: string[]; replaceAlways?: boolean; start?: string } = {}) {
	let url = new URL(`https://example.org/explore/${options.start ?? ''}`);
	const ex: { view: View } = { view: emptyView() };
	const trips: { href: string; replace: boolean; arrive: () => void }[] = [];
	const sync = new AddressSync(ex, {
		hostParams: options.hostParams ?? [],
		replaceAlways: options.replaceAlways ?? false,
		currentUrl: () => url,
		applyView: (view) => (ex.view = view),
		navigate: (href, replace) =>
			new Promise<void>((done) =>
				trips.push({
					href,
					replace,
					arrive: () => {
						url = new URL(href, url);
						sync.addressChanged(url);
						done();
					}
				})
			)
	});
	const setView = (patch: Partial<View>) => {
		ex.view = { ...ex.view, ...patch };
		sync.viewChanged(structuredClone(ex.view));
	};
	return { ex, sync, trips, setView, url: () => url };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the address and the view', () => {
	it('reads the view from the address on load, ignoring the host page’s parameters', () => {
		const h = harness({ hostParams: ['theme'], start: '?q=oil&country=IR&theme=dark' });
		h.sync.addressChanged(h.url());
		expect(h.ex.view).toMatchObject({ queries: ['oil'], countries: ['IR'] });
	});

	it('puts typing in the address once it pauses, replacing the history entry, one navigation for the burst', () => {
		const h = harness();
		h.sync.viewChanged(structuredClone(h.ex.view));
		for (const q of ['o', 'oi', 'oil']) h.setView({ queries: [q] });
		expect(h.trips).toHaveLength(0);
		vi.advanceTimersByTime(URL_AFTER_TYPING_MS);
		expect(h.trips.map((t) => [t.href, t.replace])).toEqual([['?q=oil', true]]);
	});

	it('adds a history entry at once for any other change, and keeps the host’s parameters', () => {
		const h = harness({ hostParams: ['theme'], start: '?theme=dark' });
		h.sync.viewChanged(structuredClone(h.ex.view));
		h.setView({ countries: ['IR'] });
		expect(h.trips.map((t) => [t.href, t.replace])).toEqual([['?country=IR&theme=dark', false]]);
	});

	it('always replaces in an embed', () => {
		const h = harness({ replaceAlways: true });
		h.sync.viewChanged(structuredClone(h.ex.view));
		h.setView({ article: 'a1' });
		expect(h.trips[0].replace).toBe(true);
	});

	it('does not bring back a search cleared while the address was catching up with the typing', () => {
		const h = harness();
		h.sync.viewChanged(structuredClone(h.ex.view));
		h.setView({ queries: ['oil'] });
		vi.advanceTimersByTime(URL_AFTER_TYPING_MS);
		// The navigation to ?q=oil is on its way; the reader clears the box meanwhile.
		h.setView({ queries: [''] });
		h.trips[0].arrive();
		expect(h.ex.view.queries).toEqual(['']);
		// The address catches up with the view instead.
		expect(h.trips.map((t) => t.href)).toEqual(['?q=oil', '/explore/']);
		h.trips[1].arrive();
		expect(h.url().search).toBe('');
		expect(h.ex.view.queries).toEqual(['']);
	});

	it('adds a history entry for a query added to compare, and replaces it while that query is typed', () => {
		const h = harness({ start: '?q=oil' });
		h.sync.addressChanged(h.url());
		h.sync.viewChanged(structuredClone(h.ex.view));
		h.setView({ queries: ['oil', ''], tab: 1 });
		expect(h.trips.map((t) => [t.href, t.replace])).toEqual([['?q=oil&q=&tab=2', false]]);
		h.trips[0].arrive();
		h.setView({ queries: ['oil', 'gas'] });
		vi.advanceTimersByTime(URL_AFTER_TYPING_MS);
		expect(h.trips.map((t) => [t.href, t.replace])[1]).toEqual(['?q=oil&q=gas&tab=2', true]);
	});

	it('follows back and forward to an address it did not ask for', async () => {
		const h = harness();
		h.sync.viewChanged(structuredClone(h.ex.view));
		h.setView({ countries: ['IR'] });
		h.trips[0].arrive();
		await Promise.resolve();
		// Back: the browser changes the address on its own.
		h.sync.addressChanged(new URL('https://example.org/explore/?country=IQ'));
		expect(h.ex.view.countries).toEqual(['IQ']);
	});
});
