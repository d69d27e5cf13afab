import { expect, test } from '@playwright/test';
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveFolder, waitForOfflineReady, type Host } from './hosts';
import { status, waitForExplorer } from './sites';

const NEW_ARTICLE = `Oct 2, 2020, 4:15 PM
News Code: 84050000
Quuxberry harvest festival opens in Gilan

Rasht, Oct 2, IRNA – The first Quuxberry harvest festival opened in Gilan province on Friday with growers from Armenia and Georgia.
`;

/** Builds the site from `corpus` into `out`. Builds share .svelte-kit/, so they run one at a time. */
function build(corpus: string, out: string) {
	execSync('npx vite build', { stdio: 'pipe', env: { ...process.env, CORPUS_DIR: corpus, BUILD_DIR: out } });
}

test.describe('a new build deployed while the site is open', () => {
	// Builds share .svelte-kit/: the tests that build run one after the other.
	test.describe.configure({ mode: 'serial' });
	let work: string;
	let host: Host;
	test.beforeAll(() => {
		work = mkdtempSync(join(tmpdir(), 'wirescope-update-'));
	});
	test.afterAll(async () => {
		await host?.close();
		rmSync(work, { recursive: true, force: true });
	});

	test('is offered to the open page and, once accepted, shows the new article', async ({ page }) => {
		test.setTimeout(180_000);
		const corpus = join(work, 'corpus');
		const site = join(work, 'site');
		cpSync(resolve('seeds'), corpus, { recursive: true });
		build(corpus, site);
		host = await serveFolder(site);

		await page.goto(`${host.origin}/?q=Quuxberry`);
		await waitForExplorer(page);
		await expect(status(page)).toHaveText('0 of 1 article');
		await waitForOfflineReady(page);

		writeFileSync(join(corpus, 'quuxberry.txt'), NEW_ARTICLE);
		build(corpus, site);

		await page.reload();
		await waitForExplorer(page);
		// Still the first build's app with the first build's corpus, until the reader chooses.
		await expect(status(page)).toHaveText('0 of 1 article');
		const offer = page.getByRole('status').filter({ hasText: 'A newer corpus is available' });
		await expect(offer).toBeVisible({ timeout: 30_000 });
		await offer.getByRole('button', { name: 'Reload' }).click();

		await expect(status(page)).toHaveText('1 of 2 articles', { timeout: 15_000 });
		await expect(page.getByRole('link', { name: 'Quuxberry harvest festival opens in Gilan' })).toBeVisible();
		await expect(offer).toHaveCount(0);
		const names = await page.evaluate(() => caches.keys());
		expect(names.filter((k) => k.startsWith('wirescope-'))).toHaveLength(1);
	});

	test('a first visit whose service worker comes from a newer build says so instead of mixing the two', async ({ page, context }) => {
		test.setTimeout(180_000);
		const corpus = join(work, 'corpus-first');
		const older = join(work, 'older');
		const newer = join(work, 'newer');
		const site = join(work, 'served');
		cpSync(resolve('seeds'), corpus, { recursive: true });
		build(corpus, older);
		writeFileSync(join(corpus, 'quuxberry.txt'), NEW_ARTICLE);
		build(corpus, newer);
		cpSync(older, site, { recursive: true });
		await host?.close();
		host = await serveFolder(site);
		// The worker's script is held back until the newer build is deployed under the open page.
		let deploy = () => {};
		const deployed = new Promise<void>((resolve) => (deploy = resolve));
		await context.route('**/service-worker.js', async (route) => {
			await deployed;
			await route.continue();
		});
		await page.goto(`${host.origin}/`);
		await waitForExplorer(page);
		await expect(status(page)).toHaveText('1 of 1 article');
		cpSync(newer, site, { recursive: true });
		deploy();
		const notice = page.getByRole('status').filter({ hasText: 'This site was updated while this page was open' });
		await expect(notice).toBeVisible({ timeout: 30_000 });
		await notice.getByRole('button', { name: 'Reload' }).click();
		await expect(status(page)).toHaveText('2 of 2 articles', { timeout: 15_000 });
	});
});
