import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { serveFolder, waitForOfflineReady, type Host } from './hosts';
import { SEED_URL, recordRequests, status, waitForExplorer } from './sites';

const SEED_TITLE = 'Iran seeking peace and stability for entire region';
const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search articles' });

test('after one visit, search, the charts, the reader and deep links work with the network off', async ({ page, context }) => {
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await waitForOfflineReady(page);
	await context.setOffline(true);

	await page.reload();
	await waitForExplorer(page);
	await searchbox(page).fill('Kyrgystan');
	await expect(status(page)).toHaveText('1 of 1 article');
	await expect(page.getByRole('figure', { name: 'Articles over time' })).toBeVisible();
	await expect(page.locator('svg[aria-label="World map of countries named"] [role="button"]')).toHaveCount(9);
	await page.getByRole('link', { name: SEED_TITLE }).click();
	await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
	await expect(page.getByText('Tehran, Sept 13, IRNA')).toBeVisible();

	await page.goto(`${SEED_URL}?article=83473451`);
	await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible({ timeout: 15_000 });
	await page.goto(`${SEED_URL}?q=narcotcs&country=KG`);
	await waitForExplorer(page);
	await expect(status(page)).toHaveText('1 of 1 article');
	await page.goto(`${SEED_URL}embed?q=zzqxv`);
	await expect(status(page)).toHaveText('0 of 1 article', { timeout: 15_000 });
});

test.describe('the same build under a sub-path of a plain static server', () => {
	let host: Host;
	test.beforeAll(async () => {
		host = await serveFolder(resolve('build'), '/a/deep/path/');
	});
	test.afterAll(() => host.close());

	test('loads, searches and opens an article with every request under the sub-path, then works offline', async ({ page, context }) => {
		const site = `${host.origin}/a/deep/path/`;
		const requests = recordRequests(page);
		await page.goto(`${site}?q=Kyrgyz`);
		await waitForExplorer(page);
		await expect(status(page)).toHaveText('1 of 1 article');
		await page.getByRole('link', { name: SEED_TITLE }).click();
		await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
		await expect(page.locator('svg[aria-label="World map of countries named"] [role="button"]')).toHaveCount(9);
		await waitForOfflineReady(page);
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(site);
		expect(requests.filter((url) => !url.startsWith(site))).toEqual([]);

		await context.setOffline(true);
		await page.goto(`${site}embed?q=narcotcs`);
		await expect(status(page)).toHaveText('1 of 1 article', { timeout: 15_000 });
		await expect(page.getByRole('link', { name: /Open in wirescope/ })).toHaveAttribute('href', /^(\/a\/deep\/path\/|\.\/)\?q=narcotcs$/);
		await page.getByRole('link', { name: SEED_TITLE }).click();
		await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
		expect(requests.filter((url) => !url.startsWith(site))).toEqual([]);
	});
});

test.describe('a corpus too large to be kept offline unasked', () => {
	let host: Host;
	test.beforeAll(async () => {
		host = await serveFolder(resolve('.e2e/ask'), '/');
	});
	test.afterAll(() => host.close());

	test('keeps what a visit opened, the whole corpus once asked (its size shown), and only what is opened again on request', async ({
		page,
		context
	}) => {
		const site = `${host.origin}/`;
		await page.goto(site);
		await waitForExplorer(page);
		await waitForOfflineReady(page);
		const keep = page.getByRole('button', { name: /^Keep this corpus offline \(\d+(\.\d)? (KB|MB)\)$/ });
		await expect(keep).toBeVisible();

		// What this visit opens, once the worker is in, stays: offline, the same search and article work.
		await searchbox(page).fill('Kyrgystan');
		await expect(status(page)).toHaveText('1 of 1 article');
		await page.getByRole('link', { name: SEED_TITLE }).click();
		await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
		// The body was fetched before the worker took the page over: the page hands it over.
		await expect
			.poll(() => page.evaluate(async () => !!(await caches.match(new URL('corpus/bodies/0.json', location.href).pathname))))
			.toBe(true);
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible({ timeout: 15_000 });
		await context.setOffline(false);

		await page.goto(site);
		await waitForExplorer(page);
		await keep.click();
		await expect(page.getByText('is kept for offline use in this browser')).toBeVisible({ timeout: 15_000 });
		await context.setOffline(true);
		await page.goto(`${site}?q=narcotcs`);
		await waitForExplorer(page);
		await expect(status(page)).toHaveText('1 of 1 article');
		await context.setOffline(false);

		await page.getByRole('button', { name: 'Keep only what I open' }).click();
		await expect(keep).toBeVisible();
	});
});
