import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SEED_URL, SYNTHETIC_URL, settledStatus, status, waitForExplorer } from './sites';

const SEED_TITLE = 'Iran seeking peace and stability for entire region';

test.describe('search', () => {
	test('a word that one article of thousands holds finds that article alone, typed right or with a slip', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		const box = page.getByRole('searchbox', { name: 'Search articles' });
		// Only the hostile-markup article says "markup"; thousands say "market" or "marks".
		for (const q of ['markup', 'makrup', 'bold markup']) {
			await box.fill(q);
			await expect(status(page)).toHaveText(/^1 of [\d,]+ articles$/);
			await expect(page.locator('.results a[data-article-id]').first()).toHaveText(/^Hostile /);
		}
	});

	test('a quoted phrase, OR, minus and a title scope narrow the list as written', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		const box = page.getByRole('searchbox', { name: 'Search articles' });
		const count = async () => Number((await status(page).textContent())!.split(' of ')[0].replace(/,/g, ''));
		await box.fill('"free trade agreement"');
		await expect(status(page)).not.toHaveText(/searching/);
		const phrase = await count();
		expect(phrase).toBeGreaterThan(0);
		await box.fill('"free trade agreement" -Iran');
		await expect(status(page)).not.toHaveText(/searching/);
		const without = await count();
		expect(without).toBeGreaterThan(0);
		expect(without).toBeLessThan(phrase);
		await box.fill('title:railway');
		await expect(status(page)).not.toHaveText(/searching/);
		for (const title of await page.locator('.results a[data-article-id]').allTextContents())
			expect(title.toLowerCase()).toContain('railway');
		await box.fill('title:railway OR title:pipeline');
		await expect(status(page)).not.toHaveText(/searching/);
		expect(await count()).toBeGreaterThan(0);
	});

	test('a malformed query says what is wrong instead of showing an empty list', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('(Kyrgyz OR Tajik');
		await expect(page.getByRole('status').filter({ hasText: 'Check the query' })).toHaveText(
			'Check the query: An opening “(” is not closed'
		);
	});

	test('when no article has every word, the list shows those with most of them under a note', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('Kyrgyz zzqxv');
		await expect(status(page)).toHaveText('1 of 1 article. No article has all 2 words: these have 1.');
		await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
	});

	test('a word that finds nothing offers the nearest corpus words, and choosing one searches for it', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		const box = page.getByRole('searchbox', { name: 'Search articles' });
		await box.fill('Kirgizstn');
		await expect(status(page)).toHaveText('0 of 1 article');
		await expect(page.getByText('Did you mean')).toBeVisible();
		await page.getByRole('button', { name: 'Search for kyrgyzstan' }).click();
		await expect(box).toHaveValue('kyrgyzstan');
		await expect(status(page)).toHaveText('1 of 1 article');
	});

	test('words near one another: "a b"~N finds more as N grows, never more than both words anywhere, and the address keeps it', async ({
		page
	}) => {
		// Four cold visits of the generated corpus, each waiting for its whole answer (21–32 s on CI).
		test.setTimeout(60_000);
		const count = async (q: string) => {
			await page.goto(`${SYNTHETIC_URL}?q=${encodeURIComponent(q)}`);
			await waitForExplorer(page);
			await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue(q);
			return Number((await settledStatus(page)).split(' of ')[0].replace(/,/g, ''));
		};
		const phrase = await count('"trade Iran"');
		const near3 = await count('"trade Iran"~3');
		const near10 = await count('"trade Iran"~10');
		const both = await count('trade AND Iran');
		expect(near3).toBeGreaterThan(phrase);
		expect(near10).toBeGreaterThan(near3);
		expect(both).toBeGreaterThan(near10);
	});

	test('the Syntax help leads with phrases, OR, NOT and field scopes', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await page.getByRole('button', { name: 'Syntax' }).click();
		const help = page.getByRole('region', { name: 'Search syntax' });
		for (const example of ['"foreign minister"', 'sanctions OR embargo', 'title:Kyrgyzstan', 'place:Tehran', 'code:85012345']) {
			await expect(help.getByText(example, { exact: true })).toBeVisible();
		}
	});

	test('axe finds no serious or critical violation with the syntax help, a note and suggestions shown', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('Kyrgyz Kirgizstn');
		await expect(page.getByText('Did you mean')).toBeVisible();
		await expect(status(page)).toHaveText(/No article has all 2 words/);
		await page.getByRole('button', { name: 'Syntax' }).click();
		const scan = await new AxeBuilder({ page }).analyze();
		expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	});
});
