import { expect, test } from '@playwright/test';
import { SYNTHETIC_URL, holdBackPiece, morePieces, settledStatus, status } from './sites';

test.describe('a generated corpus loading in pieces', () => {
	// The page's own loading is under test: a service worker answering from its cache would
	// let the held-back piece through.
	test.use({ serviceWorkers: 'block' });

	test('a later piece of a newer build (deployed while the page was open) is not joined: the page offers to reload', async ({ page }) => {
		await page.route('**/corpus/meta/2.json', async (route) => {
			const response = await route.fetch();
			const text = (await response.text()).replace(/"build":"ws1-[0-9a-z]+"/, '"build":"ws1-newerbuild0"');
			await route.fulfill({ response, body: text });
		});
		await page.goto(SYNTHETIC_URL);
		await expect(page.getByRole('alert')).toContainText('This site was updated after this page was opened', { timeout: 20_000 });
		await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
		// What came before the newer piece stays listed and usable.
		await expect(page.locator('ol.results li').first()).toBeVisible();
	});

	test('the first screen shows while later pieces of the corpus load; search waits for the rest', async ({ page }) => {
		test.slow();
		// Hold back the fourth metadata piece (200 articles in the first, then 500 per piece on this
		// site). The search worker fetches the pieces after the first: the route sees its requests too.
		const release = await holdBackPiece(page, 3);
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible({ timeout: 15_000 });
		await expect(morePieces(page)).toHaveAccessibleName(/^Loading 1,200 of [\d,]+ articles/);
		const total = (await morePieces(page).getAttribute('max'))!;
		await expect(page.locator('ol.results li').first()).toBeVisible();
		// No search result until the whole corpus is searchable: the worker waits for every piece.
		await expect(status(page)).toContainText('searching');
		// The timeline already counts the whole corpus, not the 1,200 articles loaded so far: the
		// first piece says how the corpus spreads over time.
		const summary = page.locator('.timeline .summary');
		await expect(summary).toContainText('dated articles');
		const datedWhileLoading = (await summary.textContent())!.trim().match(/^([\d,]+) dated articles/)![1];
		expect(Number(datedWhileLoading.replace(/,/g, ''))).toBeGreaterThan(1200);
		// So do the country bars: the most named country, with its count over the whole corpus.
		const topBar = page.getByRole('button', { name: /^[^:]+: [\d,]+ articles?$/ }).first();
		const topCountry = (await topBar.getAttribute('aria-label'))!;
		release();
		// The pieces after the held one (many more on a large generated corpus) come in one by one.
		await expect(morePieces(page)).toHaveCount(0, { timeout: 20_000 });
		const answered = await settledStatus(page);
		const all = Number(total).toLocaleString('en');
		expect(answered).toMatch(new RegExp(`^[\\d,]+ of ${all} articles$`));
		await expect(page.locator('header')).toContainText(`${all} articles in this corpus`);
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
		await expect(summary).toHaveText(new RegExp(`^\\s*${datedWhileLoading} dated articles.*all match`, 's'));
		await expect(topBar).toHaveAttribute('aria-label', topCountry);
	});

	test('the search worker starts once the first screen is drawn, and a search in the address is still answered', async ({ page }) => {
		let firstScreenAtIndexRequest: number | null = null;
		await page.route('**/corpus/index/head.bin', async (route) => {
			firstScreenAtIndexRequest = await page.evaluate(() => performance.getEntriesByName('wirescope:first-results').length);
			await route.continue();
		});
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		// The address's query reaches the box a moment after the first count is drawn.
		await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('railway');
		expect(await settledStatus(page)).toMatch(/^[\d,]+ of [\d,]+ articles$/);
		expect(firstScreenAtIndexRequest).toBe(1);
	});

	test('results opened with "Show more" stay open while the rest of the corpus arrives', async ({ page }) => {
		test.slow();
		const release = await holdBackPiece(page, 2);
		await page.goto(SYNTHETIC_URL);
		const results = page.locator('ol.results > li');
		await expect(results).toHaveCount(20, { timeout: 15_000 });
		await page.getByRole('button', { name: /^Show 20 more/ }).click();
		await expect(results).toHaveCount(40);
		release();
		await expect(morePieces(page)).toHaveCount(0, { timeout: 20_000 });
		await expect(results).toHaveCount(40);
	});
});
