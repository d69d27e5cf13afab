import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SYNTHETIC_URL, downloaded, savesPng, settledStatus, status, waitForExplorer } from './sites';

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
		// The rest is drawn a part per frame: no task holds the page for the whole of it.
		await page.evaluate(() => {
			const w = window as unknown as { longest: number };
			w.longest = 0;
			new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({
				type: 'longtask'
			});
		});
		await more.click();
		await expect(more).toHaveCount(0, { timeout: 15_000 });
		expect(await drawn()).toBeGreaterThan(1_200_000);
		const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
		expect(longest).toBeLessThan(1000);
	});

	test('a link to a paragraph of a megabyte opens at its start, drawn no further than a first look', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=markup`);
		await page.getByRole('link', { name: /^Hostile/ }).click();
		await expect(page).toHaveURL(/article=/);
		const id = new URL(page.url()).searchParams.get('article')!;
		// The paragraph of 1.2 MB on one line: its place in the capture, counted from 1.
		const long = await page
			.locator('.reader .body p')
			.evaluateAll((ps) => ps.findIndex((p) => p.textContent!.startsWith('Long capture text')) + 1);
		expect(long).toBeGreaterThan(0);
		await page.goto(`${SYNTHETIC_URL}?q=capture&article=${id}&at=${long}`);
		const focused = page.locator('.reader .body p:focus');
		await expect(focused).toHaveAttribute('data-paragraph', String(long - 1), { timeout: 15_000 });
		await expect(focused).toBeInViewport();
		const drawn = await page.locator('.reader .body').evaluate((body) => body.textContent!.length);
		expect(drawn).toBeLessThan(300_000);
		await expect(page.getByRole('button', { name: /^Show the rest/ })).toBeVisible();
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
			expect(await savesPng(page, `PNG of the ${chart}`), chart).toBe(true);
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
