import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expected, importZip, total } from './captures';
import { SEED_URL, downloaded, savesPng, status, waitForExplorer } from './sites';

test('the results download as CSV and JSON with one row per result, the view and the corpus fingerprint', async ({ page }) => {
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await importZip(page);
	await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 20_000 });

	const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
	const csv = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
	const lines = csv.trimEnd().split('\r\n');
	expect(lines[0]).toBe('id,title,publishedAt,place,byline,agency,countries,url,collection,permalink,view,corpus');
	expect(lines).toHaveLength(total + 1);
	expect(lines.filter((l) => l.includes(',captures,'))).toHaveLength(expected.articles.length);

	const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
	const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
	expect(json.count).toBe(total);
	expect(json.corpus).toMatch(/^ws1-[0-9a-z]{11}$/);
	// The view's link names the corpus it was on: the bundle and the collection imported.
	expect(json.view).toBe(`${SEED_URL}?corpus=${json.corpus}&articles=${total}`);
	const ids = json.articles.filter((a: { collection: string }) => a.collection === 'captures').map((a: { id: string }) => a.id);
	expect(ids.sort()).toEqual(expected.articles.map((a) => a.id).sort());
});

test('each chart downloads as an SVG with its colours inlined and as a PNG', async ({ page }) => {
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await importZip(page);
	await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 20_000 });
	await page.getByText('Download charts').click();
	for (const chart of ['timeline', 'country bars', 'map']) {
		const text = await downloaded(page, `SVG of the ${chart}`);
		expect(text).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(text).not.toContain('class=');
		expect(await savesPng(page, `PNG of the ${chart}`), chart).toBe(true);
	}
});

test('two collections compare side by side: a line each, paired country shares and the largest differences', async ({ page }) => {
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await importZip(page);
	await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 20_000 });
	await page.getByRole('link', { name: 'Compare collections' }).click();
	await expect(page.getByLabel('First')).toHaveValue('bundled');
	await expect(page.getByLabel('Second').locator('option:checked')).toHaveText(`captures (${expected.articles.length})`);
	await expect(page.locator('.compare-timeline path[stroke]')).toHaveCount(2);
	const differences = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Difference (points)' }) });
	await expect(differences.getByRole('row')).toHaveCount(11);
	await expect(page.getByRole('figure', { name: 'Share of articles naming each country' }).getByRole('row').first()).toContainText(
		'Bundled corpus'
	);
});

test('axe finds no serious or critical violation with a collection imported, its rejections open, or on the compare page', async ({
	page
}) => {
	// Three full axe scans and an import: on a loaded two-core machine that came within a second of the default timeout.
	test.slow();
	const serious = async () =>
		(await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await importZip(page);
	await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 20_000 });
	await page.getByText('Why they were rejected').click();
	await page.getByText('Download charts').click();
	expect(await serious()).toEqual([]);
	await page.getByRole('link', { name: 'Compare collections' }).click();
	await expect(page.locator('.compare-timeline path[stroke]')).toHaveCount(2);
	expect(await serious()).toEqual([]);
});
