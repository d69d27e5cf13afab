import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEED_URL, holdBackPiece, recordRequests, status, waitForExplorer } from './sites';
import { waitForOfflineReady } from './hosts';

const SEED_TITLE = 'Iran seeking peace and stability for entire region';

test.describe('the seed corpus', () => {
	test('"Kyrgyz" and misspellings of it find the seed, with the match highlighted', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		const box = page.getByRole('searchbox', { name: 'Search articles' });
		for (const q of ['Kyrgyz', 'Kyrgystan', 'narcotcs']) {
			await box.fill(q);
			await expect(status(page)).toHaveText('1 of 1 article');
			await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
			await expect(page.locator('.snippet mark').first()).toBeVisible();
		}
		// A control character pasted into the box is a space to the search and the address (saved SVGs and CSVs name the query).
		await box.fill('narcotics\u001BKyrgyz');
		await expect(status(page)).toHaveText('1 of 1 article');
		await expect(page).toHaveURL(/q=narcotics\+Kyrgyz(&|$)/);
		await box.fill('zzqxv');
		await expect(status(page)).toHaveText('0 of 1 article');
		await expect(page.getByText('No articles match “zzqxv”')).toBeVisible();
		await page.getByRole('button', { name: 'Clear the search' }).click();
		await expect(status(page)).toHaveText('1 of 1 article');
	});

	test('a search cleared right after typing stays cleared (the address catching up does not bring it back)', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		const box = page.getByRole('searchbox', { name: 'Search articles' });
		await box.fill('zzqxv');
		await box.fill('');
		// Longer than the pause after which the address follows the typing.
		await page.waitForTimeout(1000);
		await expect(box).toHaveValue('');
		await expect(status(page)).toHaveText('1 of 1 article');
		await expect(page).not.toHaveURL(/q=/);
	});

	test.describe('without the charts', () => {
		test.use({ serviceWorkers: 'block' });
		test("when the charts' code cannot be loaded, the results, search and the reader still work", async ({ page }) => {
			// The charts come as a chunk of their own (with d3): refuse it.
			await page.route('**/_app/immutable/chunks/*.js', async (route) => {
				const response = await route.fetch();
				const body = await response.text();
				if (body.includes('Articles over time')) return route.abort();
				return route.fulfill({ response, body });
			});
			await page.goto(SEED_URL);
			await expect(page.getByRole('alert').filter({ hasText: 'The charts could not be loaded' })).toBeVisible({ timeout: 15_000 });
			await waitForExplorer(page);
			await expect(page.getByRole('figure', { name: 'Articles over time' })).toHaveCount(0);
			await page.getByRole('searchbox', { name: 'Search articles' }).fill('Kyrgystan');
			await expect(page.locator('.snippet mark').first()).toBeVisible();
			await expect(status(page)).toHaveText('1 of 1 article');
			await page.getByRole('link', { name: SEED_TITLE }).click();
			await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
		});
	});

	test('?article=83473451 opens the reader; Escape returns to the list with focus on the link', async ({ page }) => {
		await page.goto(`${SEED_URL}?article=83473451`);
		const heading = page.getByRole('heading', { level: 2, name: SEED_TITLE });
		await expect(heading).toBeVisible({ timeout: 15_000 });
		await expect(heading).toBeFocused();
		await expect(page.getByText('13 Sep 2019, 09:57')).toBeVisible();
		await expect(page.getByText('Tehran, Sept 13, IRNA')).toBeVisible();
		await expect(page.getByRole('link', { name: 'https://en.irna.ir/news/83473451/' })).toBeVisible();
		await expect(page.locator('.body .country').filter({ hasText: 'Bishkek' })).toHaveCount(1);
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/article=/);
		await expect(page.getByRole('link', { name: SEED_TITLE })).toBeFocused();
	});

	test('country bars name their counts and the map draws from the bundled atlas', async ({ page }) => {
		const requests = recordRequests(page);
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await expect(page.getByRole('button', { name: 'Kyrgyzstan: 1 article' }).first()).toBeVisible();
		await expect(page.locator('svg[aria-label="World map of countries named"] [role="button"]')).toHaveCount(9);
		expect(requests.filter((u) => !u.startsWith(SEED_URL))).toEqual([]);
	});

	test('while the corpus downloads, the page says what is coming and that searching happens in the browser', async ({ page }) => {
		const release = await holdBackPiece(page, 0);
		await page.goto(SEED_URL);
		await expect(page.getByRole('status').filter({ hasText: 'Loading the corpus…' })).toBeVisible();
		await expect(page.getByRole('progressbar', { name: 'Loading the corpus…' })).toBeVisible();
		await expect(page.getByText('Searching and charting it then happen here, not on a server')).toBeVisible();
		release();
		await waitForExplorer(page);
		await expect(page.getByText('Searching and charting it then happen here, not on a server')).toHaveCount(0);
	});

	test('a corpus that fails to load says so and recovers on retry', async ({ page }) => {
		await page.route('**/corpus/meta/0.json', (route) => route.fulfill({ status: 503, body: 'down' }));
		await page.goto(SEED_URL);
		await expect(page.getByRole('alert')).toContainText('HTTP 503');
		// No service worker is registered (it would cache what the failing host sends), however long the page waits.
		await page.waitForTimeout(3000);
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r !== undefined))).toBe(false);
		await page.unroute('**/corpus/meta/0.json');
		await page.getByRole('button', { name: 'Retry' }).click();
		await waitForExplorer(page);
		await expect(status(page)).toHaveText('1 of 1 article');
		await waitForOfflineReady(page);
	});

	test('a first visit sent a sign-in page for the corpus, with status 200, comes back whole once the host is fixed', async ({ page }) => {
		await page.route('**/corpus/meta/0.json', (route) =>
			route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Sign in to the Wi-Fi</title><p>Sign in' })
		);
		await page.goto(SEED_URL);
		await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 });
		await page.unroute('**/corpus/meta/0.json');
		// Nothing of the portal's was kept: the next visits read the host's corpus.
		await page.reload();
		await page.reload();
		await waitForExplorer(page);
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('Kyrgyz');
		await expect(status(page)).toHaveText('1 of 1 article');
	});

	test.describe('when the host fails to send the search index', () => {
		// The route must see the search worker's own request, not a service worker's.
		test.use({ serviceWorkers: 'block' });
		const HEAD = '**/corpus/index/head.bin';
		const failed = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'search index could not be loaded (HTTP 404)' }));

		test('Retry fetches it again once the host is back', async ({ page }) => {
			await page.route(HEAD, (route) => route.fulfill({ status: 404, body: 'missing' }));
			await page.goto(`${SEED_URL}?q=Kyrgyz`);
			await failed(page).toBeVisible({ timeout: 15_000 });
			await page.unroute(HEAD);
			await page.getByRole('button', { name: 'Retry' }).click();
			await expect(status(page)).toHaveText('1 of 1 article');
			await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
		});

		test('an index cut short on the way says so, and Retry reads it whole once the host is back', async ({ page }) => {
			await page.route(HEAD, async (route) => {
				const whole = await route.fetch();
				await route.fulfill({ response: whole, body: (await whole.body()).subarray(0, 40) });
			});
			await page.goto(`${SEED_URL}?q=Kyrgyz`);
			await expect(page.getByRole('status').filter({ hasText: /search index file is cut short/ })).toBeVisible({ timeout: 15_000 });
			await page.unroute(HEAD);
			await page.getByRole('button', { name: 'Retry' }).click();
			await expect(status(page)).toHaveText('1 of 1 article');
		});

		test('a shard answering 500, then the file, is fetched again without a reload', async ({ page }) => {
			let failures = 0;
			await page.route('**/corpus/index/c/*.bin', (route) =>
				failures++ < 2 ? route.fulfill({ status: 500, body: 'error' }) : route.fallback()
			);
			await page.goto(`${SEED_URL}?q=Kyrgyz`);
			await expect(status(page)).toHaveText('1 of 1 article', { timeout: 20_000 });
			expect(failures).toBeGreaterThan(2);
		});

		test('a new search fetches it again by itself', async ({ page }) => {
			await page.route(HEAD, (route) => route.fulfill({ status: 404, body: 'missing' }));
			await page.goto(`${SEED_URL}?q=Kyrgyz`);
			await failed(page).toBeVisible({ timeout: 15_000 });
			await page.unroute(HEAD);
			await page.getByRole('searchbox', { name: 'Search articles' }).fill('narcotcs');
			await expect(status(page)).toHaveText('1 of 1 article');
		});
	});

	test.describe("when an article's text cannot be trusted or fetched", () => {
		// The routes below must see the page's own requests, not a service worker's.
		test.use({ serviceWorkers: 'block' });
		const CHUNK = '**/corpus/bodies/0.json';

		test('a chunk that fails to load says why, is tried again, and Retry now brings the article', async ({ page }) => {
			await page.route(CHUNK, (route) => route.fulfill({ status: 503, body: 'down' }));
			await page.goto(SEED_URL);
			await waitForExplorer(page);
			await page.getByRole('link', { name: SEED_TITLE }).click();
			await expect(page.getByText('Its text could not be loaded (HTTP 503): trying again.')).toBeVisible();
			await page.unroute(CHUNK);
			await page.getByRole('button', { name: 'Retry now' }).click();
			await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
		});

		test('a chunk from another build of the site is never shown under this title: the page offers to reload', async ({ page }) => {
			const other = [{ id: '999', paragraphs: ['Text of an article from the newer build.'], mentions: [] }];
			await page.route(CHUNK, (route) => route.fulfill({ json: other }));
			await page.goto(SEED_URL);
			await waitForExplorer(page);
			await page.getByRole('link', { name: SEED_TITLE }).click();
			await expect(page.getByRole('alert')).toContainText('This site was updated after this page was opened');
			await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
			await expect(page.getByText('Text of an article from the newer build.')).toHaveCount(0);
			// Escape goes back to the results while there is no reader, as it does from the reader.
			await page.keyboard.press('Escape');
			await expect(page).not.toHaveURL(/article=/);
			await expect(page.getByRole('link', { name: SEED_TITLE })).toBeFocused();
		});
	});

	test('axe finds no serious or critical violation in the list and the reader', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		const list = await new AxeBuilder({ page }).analyze();
		expect(list.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
		await page.getByRole('link', { name: SEED_TITLE }).click();
		await expect(page.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
		const reader = await new AxeBuilder({ page }).analyze();
		expect(reader.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	});
});
