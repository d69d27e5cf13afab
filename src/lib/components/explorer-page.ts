/**
 * An ExplorerPage wired to SvelteKit: the bundle's addresses, the address bar, the charts'
 * chunk and the browser's scheduling. Call it while a page component is set up.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page as app } from '$app/state';
import { afterPaint } from '../after-paint';
import { nextTask } from '../next-task';
import { ExplorerPage } from '../state/explorer-page.svelte';
import type { BundleUrls } from '../load/bundle-urls';

/** The charts' code, fetched as a chunk of its own. */
export type ExplorerCharts = typeof import('../charts/explorer-charts');

/** Where the site's bundle is, under whatever path the site is served from. */
export const bundleUrls: BundleUrls = {
	meta: (n) => resolve('/corpus/meta/[piece].json', { piece: String(n) }),
	index: resolve('/corpus/index/head.bin'),
	terms: resolve('/corpus/terms.bin'),
	chunk: (n) => resolve('/corpus/bodies/[chunk].json', { chunk: String(n) }),
	versions: resolve('/corpus/versions.json'),
	columns: resolve('/corpus/columns.bin'),
	codes: resolve('/corpus/codes.bin'),
	card: (n) => resolve('/corpus/cards/[card].json', { card: String(n) }),
	ids: (n) => resolve('/corpus/ids/[table].json', { table: String(n) })
};

export function explorerPage(compact: boolean, hostParams: readonly string[] = []): ExplorerPage<ExplorerCharts> {
	return new ExplorerPage({
		compact,
		hostParams,
		urls: bundleUrls,
		currentUrl: () => app.url,
		navigate: (href, replace) => goto(href, { replaceState: replace, keepFocus: true, noScroll: true }),
		loadCharts: () => import('../charts/explorer-charts'),
		afterPaint,
		nextTask
	});
}
