import { expect, test } from '@playwright/test';
import { SEED_URL, downloadedLines, settledStatus, waitForExplorer } from './sites';

test.describe('frozen views', () => {
	test('a link made on another corpus says so and still opens the view', async ({ page }) => {
		await page.goto(`${SEED_URL}?q=Kyrgyz&corpus=ws1-00000000000&articles=5`);
		await waitForExplorer(page);
		const note = page.getByRole('status').filter({ hasText: 'This link was made on a different corpus' });
		await expect(note).toContainText('(5 articles, fingerprint ws1-00000000000); this page has 1 article');
		await expect(note).toContainText(': 4 fewer');
		expect(await settledStatus(page)).toBe('1 of 1 article');
		await note.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page).not.toHaveURL(/corpus=/);
		await expect(note).toHaveCount(0);
	});

	test('a copied link, and the exported results, name the corpus; opened on it, nothing is said', async ({ page }) => {
		await page.goto(`${SEED_URL}?q=Kyrgyz`);
		await waitForExplorer(page);
		await page.getByRole('button', { name: 'Copy link to this view' }).click();
		const link = await page.getByRole('textbox', { name: 'Link to this view' }).inputValue();
		expect(link).toMatch(/^http:\/\/localhost:4173\/\?q=Kyrgyz&corpus=ws1-[0-9a-z]{11}&articles=1$/);
		const csv = await downloadedLines(page, 'CSV');
		expect(csv[1]).toContain(encodeURIComponent(new URL(link).searchParams.get('corpus')!).replace(/%2D/g, '-'));
		await page.goto(link);
		await waitForExplorer(page);
		expect(await settledStatus(page)).toBe('1 of 1 article');
		await expect(page.getByText('This link was made on a different corpus')).toHaveCount(0);
	});
});
