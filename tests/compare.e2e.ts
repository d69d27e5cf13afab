import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SYNTHETIC_URL, downloaded, downloadedLines, settledStatus, waitForExplorer } from './sites';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search articles' });
const tabs = (page: Page) => page.getByRole('tablist', { name: 'Compared queries' }).getByRole('tab');
const timeline = (page: Page) => page.getByRole('figure', { name: 'Articles over time' });
const countries = (page: Page) => page.getByRole('figure', { name: 'Countries named' });

/** "1,234 of 2,001 articles" → 1234. */
const shown = async (page: Page) => Number((await settledStatus(page)).split(' of ')[0].replace(/,/g, ''));

test.describe('queries compared', () => {
	test('a query is added, typed, shown by keyboard and removed, each step in the address and its history', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		await waitForExplorer(page);
		const railway = await shown(page);
		await expect(tabs(page)).toHaveCount(0);

		await page.getByRole('button', { name: 'Add a query to compare' }).click();
		await expect(page).toHaveURL(/\?q=railway&q=&tab=2$/);
		// The new query's field takes the typing.
		await expect(page.getByRole('searchbox', { name: 'Search articles, query 2 of 2' })).toBeFocused();
		await page.keyboard.type('pipeline');
		await expect(page).toHaveURL(/\?q=railway&q=pipeline&tab=2$/);
		const pipeline = await shown(page);
		expect(pipeline).not.toBe(railway);
		await expect(tabs(page)).toHaveText([/“railway”\s*[\d,]+/, /“pipeline”\s*[\d,]+/]);
		await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(page.locator('ol.results mark').first()).toHaveText(/pipeline/i);

		// One line per query on the timeline, and each query's bar per country side by side.
		await expect(timeline(page).getByRole('img')).toHaveAccessibleName(/^Lines of articles matching each query per /);
		await expect(timeline(page).locator('path.series')).toHaveCount(2);
		await expect(timeline(page)).toContainText('“railway”');
		const firstCountry = countries(page).getByRole('button', { pressed: false }).filter({ hasText: /\S/ }).nth(2);
		await expect(firstCountry).toHaveAccessibleName(/: “railway” [\d.]+% \(\d+ articles?\), “pipeline” [\d.]+% \(\d+ articles?\)$/);

		// The tabs follow the ARIA pattern: arrows move between them and show the one reached.
		await tabs(page).nth(1).focus();
		await page.keyboard.press('ArrowLeft');
		await expect(tabs(page).first()).toBeFocused();
		await expect(tabs(page).first()).toHaveAttribute('aria-selected', 'true');
		await expect(searchBox(page)).toHaveValue('railway');
		await expect(page).toHaveURL(/\?q=railway&q=pipeline$/);
		expect(await shown(page)).toBe(railway);

		await page.getByRole('button', { name: 'Remove “railway”' }).click();
		await expect(page).toHaveURL(/\?q=pipeline$/);
		await expect(tabs(page)).toHaveCount(0);
		await expect(searchBox(page)).toHaveValue('pipeline');
		await expect(timeline(page).locator('path.series')).toHaveCount(0);

		// Back brings the comparison back.
		await page.goBack();
		await expect(tabs(page)).toHaveCount(2);
		await expect(timeline(page).locator('path.series')).toHaveCount(2);
	});

	test('a comparison opens from its address, its timeline and countries as CSV, axe clean', async ({ page }) => {
		// Three downloads and axe over three series' charts: more than the default on a busy machine.
		test.setTimeout(90_000);
		await page.goto(`${SYNTHETIC_URL}?q=railway&q=tourism&q=pipeline&tab=3`);
		await waitForExplorer(page);
		await expect(tabs(page)).toHaveCount(3);
		await expect(tabs(page).nth(2)).toHaveAttribute('aria-selected', 'true');
		await expect(searchBox(page)).toHaveValue('pipeline');
		await expect(timeline(page).locator('path.series')).toHaveCount(3);
		// Each line's count in the summary is what the CSV holds for that query, period by period.
		await expect(timeline(page).locator('.summary')).toContainText(/“railway” [1-9][\d,]*, “tourism” [1-9][\d,]*, “pipeline” [1-9]/);
		const summary = (await timeline(page).locator('.summary').textContent()) ?? '';
		const dated = (label: string) => Number(new RegExp(`“${label}” ([\\d,]+)`).exec(summary)![1].replace(/,/g, ''));

		await page.getByText('Download charts').click();
		const lines = await downloadedLines(page, 'CSV of the timeline');
		expect(lines[0]).toBe(
			'first_day,last_day,all_articles,“railway”: matching,“railway”: share of all (%),“tourism”: matching,“tourism”: share of all (%),“pipeline”: matching,“pipeline”: share of all (%)'
		);
		const column = (k: number) => lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[k]), 0);
		expect([column(3), column(5), column(7)]).toEqual([dated('railway'), dated('tourism'), dated('pipeline')]);

		const countryLines = await downloadedLines(page, 'CSV of the country bars');
		expect(countryLines[0]).toBe(
			'code,country,“railway”: articles,“railway”: share of results (%),“tourism”: articles,“tourism”: share of results (%),“pipeline”: articles,“pipeline”: share of results (%)'
		);
		expect(countryLines.length).toBeGreaterThan(5);

		expect(await downloaded(page, 'SVG of the country bars')).toContain('>“tourism”</text>');

		const result = await new AxeBuilder({ page }).analyze();
		expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	});

	test('as a share, a query that matches every article stands at 100% in every period', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway&q=&scale=share`);
		await waitForExplorer(page);
		await expect(tabs(page).nth(1)).toHaveText(/Query 2 \(every article\)/);
		await expect(timeline(page).getByRole('img')).toHaveAccessibleName(/^Lines of each query's share of articles per /);
		await timeline(page)
			.getByRole('button', { name: /as table/ })
			.click();
		const rows = await timeline(page).getByRole('row').all();
		await expect(rows[0]).toContainText('Query 2 (every article), share');
		let periods = 0;
		for (const row of rows.slice(1)) {
			const [railway, railwayShare, every, everyShare, all] = await row.getByRole('cell').allTextContents();
			if (all === '0') continue;
			periods++;
			expect(every).toBe(all);
			expect(everyShare).toBe('100%');
			// Shares of 10% and more are written to the whole percent.
			expect(Math.abs(parseFloat(railwayShare) - (100 * Number(railway)) / Number(all))).toBeLessThanOrEqual(0.5);
		}
		expect(periods).toBeGreaterThan(10);
	});

	test('a malformed query says what is wrong in its tab, and the charts draw the others', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway&q=(pipeline&tab=2`);
		await waitForExplorer(page);
		await expect(page.getByRole('status').filter({ hasText: 'Check the query' })).toContainText('An opening “(” is not closed');
		await expect(timeline(page).locator('.summary')).toContainText(/“railway” [1-9][\d,]*, “\(pipeline” 0 match/);
		await expect(timeline(page).locator('path.series')).toHaveCount(2);
	});

	test('up to five queries: the sixth cannot be added', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=a&q=b&q=c&q=d`);
		await waitForExplorer(page);
		const add = page.getByRole('button', { name: 'Add a query to compare' });
		await add.click();
		await expect(tabs(page)).toHaveCount(5);
		await expect(add).toBeDisabled();
		await expect(page.getByText('Up to 5 queries can be compared.')).toBeVisible();
	});
});
