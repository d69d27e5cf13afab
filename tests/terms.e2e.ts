import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEED_URL, SYNTHETIC_URL, downloadedLines, settledStatus, waitForExplorer } from './sites';

const figure = (page: Page) => page.getByRole('figure', { name: 'Top terms' });
const termButtons = (page: Page) => figure(page).getByRole('button', { name: /^Add “/ });
/** The term a button adds, from its name: Add “nuclear talks” to the search: … */
/** Brings the figure on screen: its lists are counted from then on. */
async function showTerms(page: Page) {
	await figure(page).scrollIntoViewIfNeeded();
	await expect(termButtons(page).first()).toBeVisible({ timeout: 15_000 });
}
const termOf = async (button: ReturnType<typeof termButtons>) =>
	/^Add “(.+)” to the search/.exec((await button.getAttribute('aria-label'))!)![1];

test.describe('top terms', () => {
	test('the seed’s terms each name its one article, and a term searched finds it', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		// Not counted before the figure is on screen: its table is not even fetched.
		expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/terms.bin')))).toBe(false);
		await showTerms(page);
		// Every frequent term is in the one article there is.
		for (const button of (await termButtons(page).all()).slice(0, 10)) await expect(button).toHaveAccessibleName(/: 1 article \(100%\)$/);
		const names = await Promise.all((await termButtons(page).all()).map(termOf));
		// A name is kept whole.
		expect(names.some((n) => n.split(' ').length >= 2 && /^\p{Lu}/u.test(n))).toBe(true);
		const first = termButtons(page).first();
		const term = await termOf(first);
		await first.click();
		await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue(term.includes(' ') ? `"${term}"` : term);
		expect(await settledStatus(page)).toBe('1 of 1 article');
		// The whole corpus has no rest to set it against.
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
		await figure(page).getByRole('button', { name: 'Distinctive' }).click();
		await expect(figure(page)).toContainText('Every article is shown');
	});

	test('what sets a query’s results apart is ranked by G², shown as a table, and narrows the search', async ({ page }) => {
		// Two searches, a download and an axe run: 15 s alone, near 30 s beside another worker.
		test.slow();
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		await waitForExplorer(page);
		const before = Number((await settledStatus(page)).split(' of ')[0].replace(/,/g, ''));
		await showTerms(page);
		await figure(page).getByRole('button', { name: 'Distinctive' }).click();
		await expect(figure(page)).toContainText('by log-likelihood (G²)');
		const top = await Promise.all((await termButtons(page).all()).slice(0, 3).map(termOf));
		expect(top).toContain('railway');
		await figure(page)
			.getByRole('button', { name: /as table/ })
			.click();
		await expect(figure(page).getByRole('columnheader', { name: 'G²' })).toBeVisible();
		const g = await figure(page).getByRole('row').nth(1).getByRole('cell').last().textContent();
		expect(Number(g)).toBeGreaterThan(10);
		// Both lists as CSV, with the numbers of the table.
		await page.getByText('Download charts').click();
		const lines = await downloadedLines(page, 'CSV of the top terms');
		expect(lines[0]).toBe('list,rank,term,articles,share (%),share of the rest (%),G2');
		expect(lines.filter((l) => l.startsWith('distinctive,1,'))[0]).toMatch(new RegExp(`^distinctive,1,${top[0]},`));
		const axe = await new AxeBuilder({ page }).include('figure').analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

		await figure(page)
			.getByRole('button', { name: /as table/ })
			.click();
		// A term half these articles or fewer name narrows the search when it joins the query.
		let button = termButtons(page).first();
		for (const b of await termButtons(page).all()) {
			const share = parseFloat(/: ([\d.]+)% of these articles/.exec((await b.getAttribute('aria-label'))!)![1]);
			if (share <= 50) {
				button = b;
				break;
			}
		}
		const term = await termOf(button);
		await button.click();
		await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue(
			`railway ${term.includes(' ') ? `"${term}"` : term}`
		);
		const after = Number((await settledStatus(page)).split(' of ')[0].replace(/,/g, ''));
		expect(after).toBeGreaterThan(0);
		expect(after).toBeLessThan(before);
	});

	test('imported articles’ terms join the lists', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		const text = (n: number) =>
			`Locust swarms reach Sistan farms ${n}\n\nZAHEDAN, March ${n}, 2021 (IRNA) -- Farmers said the locust swarms destroyed crops in Sistan and Baluchestan province, where desert locust swarms arrived from the Arabian Peninsula.\n`;
		await page
			.getByLabel('Text files or zip archives to import')
			.setInputFiles([1, 2, 3].map((n) => ({ name: `locust-${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text(n)) })));
		await expect(
			page
				.getByRole('status')
				.filter({ hasText: /Imported|imported/ })
				.first()
		).toBeVisible({ timeout: 20_000 });
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('locust');
		await figure(page).getByRole('button', { name: 'Distinctive' }).click();
		await expect(
			figure(page).getByRole('button', { name: /^Add “locust swarms” to the search: 100% of these articles, 0% of the rest$/ })
		).toBeVisible({
			timeout: 15_000
		});

		// The compare page sets the collection's terms against the bundled corpus's, and the other way round.
		await page.getByRole('link', { name: 'Compare collections' }).click();
		const imported = page.getByRole('table', { name: /^locust-1\.txt and 2 more$/ });
		await expect(imported.getByRole('row', { name: /^locust swarms 100% 0%/ })).toBeVisible({ timeout: 15_000 });
		const bundled = page.getByRole('table', { name: 'Bundled corpus' });
		await expect(bundled.getByRole('row').nth(1)).toContainText(/100%\s*0%/);
		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	});
});
