import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEED_URL, SYNTHETIC_URL, downloaded, settledStatus, status, waitForExplorer } from './sites';

/** The figure of what is behind a period. */
const behind = (page: Page) => page.getByRole('figure', { name: /^Behind / });

/** Its count of the period's results, read from its note. */
async function periodCount(page: Page): Promise<number> {
	const note = behind(page).locator('p.note').first();
	await expect(note).toContainText(/^\s*[\d,]+ (of|is|are) /);
	return Number(
		(await note.textContent())!
			.trim()
			.match(/^([\d,]+)/)![1]
			.replace(/,/g, '')
	);
}

test.describe('what is behind a period of the timeline', () => {
	test('a bar clicked opens its most relevant results and distinctive terms, in the URL, and filters to it', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		await waitForExplorer(page);
		await settledStatus(page);
		const plot = page.locator('.timeline .plot');
		const box = (await plot.boundingBox())!;
		await plot.click({ position: { x: box.width / 2, y: box.height / 2 } });
		await expect(behind(page)).toBeVisible();
		await expect(page).toHaveURL(/behind=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
		const [, from, to] = page.url().match(/behind=(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/)!;
		// A click is not a drag: the results are not filtered by it.
		expect(page.url()).not.toMatch(/from=/);
		await expect(behind(page).getByRole('heading', { name: 'Most relevant' })).toBeVisible();
		const links = behind(page).locator('ol.articles a');
		await expect(links.first()).toBeVisible();
		expect(await links.count()).toBeLessThanOrEqual(10);
		const count = await periodCount(page);
		expect(count).toBeGreaterThan(0);
		await expect(behind(page)).toHaveAttribute('aria-busy', 'false');
		await expect(behind(page).getByRole('heading', { name: 'Distinctive terms' })).toBeVisible();
		const csv = await downloaded(page, 'Articles as CSV');
		expect(csv.split('\r\n')[0]).toBe('rank,id,published,title,place,url');
		expect(csv.trim().split('\r\n').length).toBe(1 + (await links.count()));
		const axe = await new AxeBuilder({ page }).include('.behind').analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
		// Filtering to the period lists the same results it counted.
		await behind(page)
			.getByRole('button', { name: /^Filter to / })
			.click();
		await expect(page).toHaveURL(new RegExp(`from=${from}.*to=${to}`));
		await expect(page).not.toHaveURL(/behind=/);
		await expect(behind(page)).toHaveCount(0);
		expect((await settledStatus(page)).match(/^([\d,]+)/)![1].replace(/,/g, '')).toBe(String(count));
	});

	test('Enter on a date handle opens it for that handle’s period, and Close goes back to the handle', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=pipeline`);
		await waitForExplorer(page);
		await settledStatus(page);
		const start = page.getByRole('slider', { name: 'Start date' });
		await start.focus();
		await page.keyboard.press('Shift+ArrowRight');
		await expect(page).toHaveURL(/from=/);
		const day = page.url().match(/from=(\d{4}-\d{2}-\d{2})/)![1];
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`behind=${day}\\.\\.`));
		await expect(behind(page).locator('figcaption')).toBeFocused();
		await behind(page)
			.getByRole('button', { name: /^Close/ })
			.click();
		await expect(behind(page)).toHaveCount(0);
		await expect(page).not.toHaveURL(/behind=/);
		await expect(start).toBeFocused();
	});

	test('a link opens it as it was shared; the timeline as a table opens one too; a term adds itself to the search', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway&behind=2019-01-01..2019-01-31`);
		await waitForExplorer(page);
		await expect(behind(page).locator('figcaption')).toHaveText('Behind January 2019');
		await expect(behind(page)).toHaveAttribute('aria-busy', 'false');
		// Terms listed only past p < 0.05, each a button that adds it to the search.
		const term = behind(page).locator('tbody th button').first();
		await expect(term).toBeVisible();
		expect(Number(await behind(page).locator('tbody tr td').nth(3).textContent())).toBeGreaterThanOrEqual(3.84);
		const text = (await term.textContent())!.trim();
		await term.click();
		await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue(new RegExp(`^railway "?${text}"?$`, 'i'));
		await page.getByRole('button', { name: 'Show timeline as table' }).click();
		await page
			.getByRole('region', { name: /^Articles per/ })
			.getByRole('button')
			.nth(1)
			.click();
		await expect(behind(page)).toBeVisible();
		await expect(page).not.toHaveURL(/behind=2019-01-01/);
	});

	test('over the seed, with no query, it lists the newest of the period', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		const total = Number((await status(page).textContent())!.match(/of ([\d,]+)/)![1].replace(/,/g, ''));
		// The first period holds the corpus's first day.
		await page.getByRole('slider', { name: 'Start date' }).focus();
		await page.keyboard.press('Enter');
		await expect(behind(page).getByRole('heading', { name: 'Newest' })).toBeVisible();
		expect(await periodCount(page)).toBeLessThanOrEqual(total);
	});
});
