import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SEED_URL, SYNTHETIC_URL, downloaded, morePieces, recordRequests, settledStatus, status, waitForExplorer } from './sites';
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

test.describe('a generated corpus of a few thousand articles', () => {
	test('on a phone a link past the charts takes the reader to the results; on a wide screen it shows only to the keyboard', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		await waitForExplorer(page);
		await settledStatus(page);
		const skip = page.getByRole('link', { name: 'Skip to results' });
		const firstResult = page.locator('ol.results li').first();
		await expect(firstResult).not.toBeInViewport();
		await skip.click();
		await expect(page.locator('#results')).toBeFocused();
		await expect(firstResult).toBeInViewport();
		await page.setViewportSize({ width: 1280, height: 900 });
		await expect(skip).toHaveCSS('position', 'absolute');
		await skip.focus();
		await expect(skip).not.toHaveCSS('position', 'absolute');
	});

	test('a country bar filters the results and the URL, and reload restores the view', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		const before = await settledStatus(page);
		// The third bar: a country named alongside others, so filtering by it must narrow the list.
		const name = await page
			.locator('figure')
			.filter({ hasText: 'Countries named' })
			.getByRole('button', { name: /: [\d,]+ articles?$/ })
			.nth(2)
			.getAttribute('aria-label');
		const country = name!.split(':')[0];
		const bar = page
			.locator('figure')
			.filter({ hasText: 'Countries named' })
			.getByRole('button', { name: new RegExp(`^${country}: `) });
		await bar.click();
		await expect(page).toHaveURL(/country=[A-Z]{2}/);
		await expect(bar).toHaveAttribute('aria-pressed', 'true');
		await expect(status(page)).not.toHaveText(before);
		const filtered = await settledStatus(page);
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('railway');
		await expect(page).toHaveURL(/q=railway/);
		const narrowed = await settledStatus(page);
		await page.reload();
		await waitForExplorer(page);
		await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('railway');
		await expect(status(page)).toHaveText(narrowed);
		// Typing replaces the history entry; the country click added one, so Back undoes both.
		await page.goBack();
		await expect(page).not.toHaveURL(/country=|q=/);
		await expect(status(page)).toHaveText(before);
		await page.goForward();
		await expect(status(page)).toHaveText(narrowed);
		expect(filtered).not.toBe(narrowed);
	});

	test('the keyboard brush narrows the results to a date range', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		const total = Number((await settledStatus(page)).match(/of ([\d,]+)/)![1].replace(/,/g, ''));
		const start = page.getByRole('slider', { name: 'Start date' });
		await start.focus();
		for (let k = 0; k < 10; k++) await page.keyboard.press('Shift+ArrowRight');
		await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
		const shown = Number((await settledStatus(page)).match(/^([\d,]+)/)![1].replace(/,/g, ''));
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(total);
		await page.getByRole('button', { name: 'Clear dates' }).click();
		await expect(page).not.toHaveURL(/from=/);
	});

	test('the date inputs set the range', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		await page.getByRole('textbox', { name: 'From', exact: true }).fill('2019-01-01');
		await page.getByRole('textbox', { name: 'To', exact: true }).fill('2019-01-31');
		await page.getByRole('textbox', { name: 'To', exact: true }).blur();
		await expect(page).toHaveURL(/from=2019-01-01.*to=2019-01-31/);
		await expect(page.locator('ol.results li time').first()).toHaveAttribute('datetime', /^2019-01/);
		// Something that is not a day says so and leaves the range as it was.
		const from = page.getByRole('textbox', { name: 'From', exact: true });
		await from.fill('2019-02-30');
		await from.blur();
		await expect(page.getByRole('alert')).toContainText('That is not a date: write it as YYYY-MM-DD');
		await expect(from).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveURL(/from=2019-01-01.*to=2019-01-31/);
		await from.fill('2019-01-15');
		await from.blur();
		await expect(page).toHaveURL(/from=2019-01-15.*to=2019-01-31/);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('hostile markup in a title or body renders as text and runs nothing', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?article=99999999`);
		const heading = page.getByRole('heading', { level: 2 });
		await expect(heading).toHaveText('Hostile <img src=x onerror="window.__pwned=1"> headline', { timeout: 15_000 });
		await expect(page.getByText('<script>window.__pwned=2</script>', { exact: false })).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('article img, article script, article b').count()).toBe(0);
	});

	test('a word of 20,000 letters breaks in the results and the reader instead of widening the page', async ({ page }) => {
		const wide = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		await page.goto(`${SYNTHETIC_URL}?q=markup`);
		await expect(page.getByRole('link', { name: /^Hostile/ })).toBeVisible({ timeout: 15_000 });
		expect(await wide()).toBeLessThanOrEqual(0);
		await page.getByRole('link', { name: /^Hostile/ }).click();
		await expect(page.getByRole('article')).toContainText('w'.repeat(100));
		expect(await wide()).toBeLessThanOrEqual(0);
	});

	test('a capture of more than a megabyte opens at once with its start, and the rest on request', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=markup`);
		await page.getByRole('link', { name: /^Hostile/ }).click();
		const more = page.getByRole('button', { name: /^Show the rest/ });
		await expect(more).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText(/^This capture is very long: [\d,]+ more characters are not drawn yet\./)).toBeVisible();
		const drawn = () => page.locator('.reader .body').evaluate((body) => body.textContent!.length);
		expect(await drawn()).toBeLessThan(300_000);
		await more.click();
		await expect(more).toHaveCount(0);
		expect(await drawn()).toBeGreaterThan(1_200_000);
	});

	test("a newspaper's whole page shows as its article: headline, byline and body, none of the page around it", async ({ page }) => {
		// Synthetic article 6 is in the gazette layout: menus, clocks, the site's name, share bars, cookies.
		await page.goto(`${SYNTHETIC_URL}?article=25948700006`);
		const reader = page.getByRole('article');
		await expect(reader.getByRole('heading', { level: 2 })).toHaveText(/^[^|]+ discuss [^|]+$/, { timeout: 15_000 });
		await expect(reader.getByRole('heading', { level: 2 })).not.toContainText('Gazette Daily');
		await expect(reader).toContainText('This is synthetic article number 6,');
		await expect(reader.getByRole('definition').filter({ hasText: 'Gazette Staff' })).toBeVisible();
		await expect(reader.getByRole('term').filter({ hasText: 'Byline' })).toBeVisible();
		await expect(reader).not.toContainText(/parser warning|Share this article|cookie|All rights reserved|Accessibility links/);
	});

	test('a link with control characters in its query still saves the charts as valid SVG and as PNG', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway%1B%0C`);
		await waitForExplorer(page);
		await settledStatus(page);
		await page.getByText('Download charts').click();
		for (const chart of ['timeline', 'country bars']) {
			const svg = await downloaded(page, `SVG of the ${chart}`);
			// eslint-disable-next-line no-control-regex -- the test is that no control character is saved
			expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
			const problem = await page.evaluate(
				(text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null,
				svg
			);
			expect(problem, chart).toBeNull();
			const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `PNG of the ${chart}` }).click()]);
			expect(
				readFileSync(await png.path())
					.subarray(1, 4)
					.toString()
			).toBe('PNG');
		}
	});

	test('previous and next step through the current results', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		await waitForExplorer(page);
		await settledStatus(page);
		const first = page.locator('ol.results li a').first();
		const firstTitle = await first.textContent();
		await first.click();
		await expect(page.getByText(/^1 of [\d,]+$/)).toBeVisible();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText(/^2 of [\d,]+$/)).toBeVisible();
		await page.getByRole('button', { name: 'Previous' }).click();
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(firstTitle!.trim());
	});

	test("the timeline switches to each period's share of all articles, in the address and its table", async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		await waitForExplorer(page);
		const timeline = page.getByRole('figure', { name: 'Articles over time' });
		const shareButton = timeline.getByRole('button', { name: 'Share of all articles' });
		await shareButton.focus();
		await page.keyboard.press('Enter');
		await expect(shareButton).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL(/scale=share/);
		await expect(timeline.getByRole('img')).toHaveAccessibleName(/share of articles per/);
		// The table's share is each row's matches over its articles.
		await timeline.getByRole('button', { name: /as table/ }).click();
		const rows = timeline.getByRole('row');
		await expect(rows.first()).toContainText('Share');
		for (const row of (await rows.all()).slice(1, 6)) {
			const [matching, all, share] = await row.getByRole('cell').allTextContents();
			const expected = Number(all) ? `${((100 * Number(matching)) / Number(all)).toFixed(1)}` : null;
			if (expected === null) expect(share).toBe('–');
			else expect(Math.abs(parseFloat(share) - parseFloat(expected))).toBeLessThan(Number(expected) >= 10 ? 0.51 : 0.051);
		}
		const result = await new AxeBuilder({ page }).include('figure').analyze();
		expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
		await page.reload();
		await waitForExplorer(page);
		await expect(page.getByRole('button', { name: 'Share of all articles' })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Count', exact: true }).click();
		await expect(page).not.toHaveURL(/scale=/);
	});

	test('axe finds no serious or critical violation with filters applied', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=trade&country=IR`);
		await waitForExplorer(page);
		await expect(page.locator('ol.results li').first()).toBeVisible();
		const result = await new AxeBuilder({ page }).analyze();
		expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	});
});

/** Holds metadata piece `n` back until the returned function is called. */
async function holdBackPiece(page: Page, n: number): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/corpus/meta/${n}.json`, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

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
