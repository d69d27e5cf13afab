import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { serveFolder } from './hosts';
import { SEED_URL, SYNTHETIC_URL, downloaded, settledStatus, waitForExplorer } from './sites';

const kwic = (page: Page) => page.getByRole('figure', { name: 'Keyword in context' });
const collocates = (page: Page) => page.getByRole('figure', { name: 'Collocates' });

/** Scrolls the figure into view (it reads nothing before) and waits for its text to be read. */
async function readFigure(page: Page, figure: ReturnType<typeof kwic>, results: number) {
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('p.note').first()).toContainText(`first ${results} result${results === 1 ? '' : 's'}`, { timeout: 20_000 });
	await expect(figure).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
}

/** Each line's text before the keyword, the keyword and the text after it. */
function linesOf(page: Page) {
	return kwic(page)
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => {
				const [before, key, after] = [...r.querySelectorAll('td')].map((td) => td.textContent!.trim());
				return { before, key: key.replace(/:\s*open .*$/s, ''), after };
			})
		);
}

const lastWord = (text: string) => (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).pop()?.toLowerCase() ?? '';

test.describe('keyword in context and collocates', () => {
	test('the lines of the first results show each place the word stands, sort by the word before, and open the article there', async ({
		page
	}) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway`);
		await waitForExplorer(page);
		await settledStatus(page);
		await readFigure(page, kwic(page), 50);
		const lines = await linesOf(page);
		expect(lines.length).toBeGreaterThan(10);
		for (const l of lines) expect(l.key.toLowerCase()).toMatch(/^railw/);
		expect(lines.some((l) => l.before && l.after)).toBe(true);

		// Sorted by the word before the keyword: in the address, and in alphabetical order of that word.
		await kwic(page).getByRole('button', { name: 'Word before' }).click();
		await expect(page).toHaveURL(/kwic=left/);
		const before = (await linesOf(page)).map((l) => lastWord(l.before)).filter(Boolean);
		expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));

		const csv = await downloaded(page, 'Lines as CSV');
		expect(csv.split('\r\n')[0]).toBe('result,id,published,title,paragraph,before,keyword,after');
		const axe = await new AxeBuilder({ page }).include('.kwic').include('.collocates').analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

		// A keyword, by the keyboard, opens its article at its paragraph, which has focus.
		const first = kwic(page).locator('tbody a').first();
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/article=[^&]+&at=\d+/);
		const at = Number(page.url().match(/at=(\d+)/)![1]);
		await expect(page.getByRole('article')).toBeVisible();
		const focused = page.locator('.reader .body p:focus');
		await expect(focused).toHaveCount(1);
		await expect(focused).toHaveAttribute('data-paragraph', String(at - 1));
		await expect(focused.locator('mark').first()).toHaveText(/^railw/i);
		await expect(focused).toBeInViewport();
	});

	test('collocates list the words near the query, each adding itself to the search; more results read on demand', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=pipeline`);
		await waitForExplorer(page);
		await settledStatus(page);
		await readFigure(page, collocates(page), 50);
		const words = collocates(page).locator('tbody th button');
		expect(await words.count()).toBeGreaterThan(3);
		// Ranked by G², largest first, and every listed word seen near the query at least twice.
		const rows = await collocates(page)
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
		for (const [near, all] of rows) {
			expect(near).toBeGreaterThanOrEqual(2);
			expect(all).toBeGreaterThanOrEqual(near);
		}
		const g2 = rows.map((r) => r[2]);
		expect(g2).toEqual([...g2].sort((a, b) => b - a));
		const csv = await downloaded(page, 'Collocates as CSV');
		expect(csv.split('\r\n')[0]).toBe('word,near,in_text,g2');

		await collocates(page).getByRole('button', { name: 'Read more results for collocates' }).click();
		await readFigure(page, collocates(page), 100);
		await expect(kwic(page).locator('p.note').first()).toContainText('first 100 results');

		const word = (await words.first().textContent())!.trim();
		await words.first().click();
		await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue(`pipeline ${word}`);
	});

	test('with a filter, another order of the lines keeps what was read and fetches no text again', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=railway&country=IR`);
		await waitForExplorer(page);
		await settledStatus(page);
		await readFigure(page, kwic(page), 50);
		await kwic(page).getByRole('button', { name: 'Read more results for keyword in context' }).click();
		await readFigure(page, kwic(page), 100);
		const bodies: string[] = [];
		page.on('request', (r) => r.url().includes('/corpus/bodies/') && bodies.push(r.url()));
		await kwic(page).getByRole('button', { name: 'Word after' }).click();
		await expect(page).toHaveURL(/kwic=right/);
		await page.waitForTimeout(500);
		await expect(kwic(page).locator('p.note').first()).toContainText('first 100 results');
		expect(bodies).toEqual([]);
	});

	test('an empty query has no keyword to show; the seed’s one article gives its lines', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await kwic(page).scrollIntoViewIfNeeded();
		await expect(kwic(page)).toContainText('Search for words to see each place the results name them');
		await expect(collocates(page)).toContainText('Search for words to see the words that keep them company');
		await page.goto(`${SEED_URL}?q=Kyrgyzstan`);
		await waitForExplorer(page);
		await readFigure(page, kwic(page), 1);
		const lines = await linesOf(page);
		expect(lines.length).toBeGreaterThan(3);
		for (const l of lines) expect(l.key).toBe('Kyrgyzstan');
	});

	test('a corpus whose metadata loads on demand shows the same lines as one that loads it all', async ({ page }) => {
		const host = await serveFolder(resolve('.e2e/on-demand'), '/');
		try {
			const seen = async (url: string) => {
				await page.goto(url);
				await waitForExplorer(page);
				await settledStatus(page);
				await readFigure(page, kwic(page), 50);
				await expect(kwic(page).locator('tbody [aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
				return (await linesOf(page)).slice(0, 20);
			};
			const view = '?q=%22border+market%22&kwic=right';
			const whole = await seen(`${SYNTHETIC_URL}${view}`);
			expect(whole.length).toBeGreaterThan(0);
			for (const l of whole) expect(l.key.toLowerCase()).toBe('border market');
			expect(await seen(`${host.origin}/${view}`)).toEqual(whole);
		} finally {
			await host.close();
		}
	});
});
