import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The two sites tests/e2e-server.ts builds and serves. */
export const SEED_URL = 'http://localhost:4173/';
export const SYNTHETIC_URL = 'http://localhost:4174/';

/** Every request the page makes, to prove none leaves its origin. */
export function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => urls.push(r.url()));
	return urls;
}

/**
 * The explorer is up, every piece of the corpus is in (the first screen shows before that) and
 * the search in the address, if any, is answered (its words' index shards arrive after that).
 */
export async function waitForExplorer(page: Page) {
	await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible({ timeout: 15_000 });
	// The first screen is drawn in steps; the page marks the moment the last one is painted.
	await page.waitForFunction(() => performance.getEntriesByName('wirescope:first-results').length > 0, null, { timeout: 15_000 });
	await expect(morePieces(page)).toHaveCount(0, { timeout: 20_000 });
	// (A malformed query shows what is wrong instead of a count: no count line says it is searching.)
	await expect(page.getByRole('status').filter({ hasText: 'searching' })).toHaveCount(0, { timeout: 15_000 });
}

/** The bar that shows while the corpus's later pieces load. */
export function morePieces(page: Page) {
	return page.getByRole('progressbar', { name: /^Loading [\d,]+ of/ });
}

/** The "N of M articles" line. */
export function status(page: Page) {
	return page.getByRole('status').filter({ hasText: / of / });
}

/** The result count once the search has caught up with the query. */
export async function settledStatus(page: Page): Promise<string> {
	// Before the count line is drawn, no line says it is searching either.
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: / of |query|could not/i })
			.first()
	).toBeVisible({ timeout: 15_000 });
	// (A malformed query shows what is wrong instead of a count: no count line says it is searching.)
	await expect(page.getByRole('status').filter({ hasText: 'searching' })).toHaveCount(0, { timeout: 15_000 });
	return (await status(page).textContent())!.trim();
}

/** Clicks the button named `name` and reads the file it saves: its text, a CSV's byte-order mark left off. */
export async function downloaded(page: Page, name: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
	return readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
}

/** Whether the button named `name` saves a PNG image (its signature's letters). */
export async function savesPng(page: Page, name: string): Promise<boolean> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
	return (
		readFileSync(await file.path())
			.subarray(1, 4)
			.toString() === 'PNG'
	);
}

/** The lines of a CSV file the button named `name` saves. */
export async function downloadedLines(page: Page, name: string): Promise<string[]> {
	return (await downloaded(page, name)).trimEnd().split('\r\n');
}

/** Holds metadata piece `n` back until the returned function is called. */
export async function holdBackPiece(page: Page, n: number): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/corpus/meta/${n}.json`, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
