import { expect, test } from '@playwright/test';
import { zipSync } from 'fflate';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { synthArticle } from '../src/lib/synth/generate';
import { parseCorpus } from '../src/lib/corpus/corpus';
import { bombZip } from './bomb-zip';
import { expected, files, importZip, seed, total } from './captures';
import { waitForOfflineReady } from './hosts';
import { SEED_URL, recordRequests, settledStatus, status, waitForExplorer } from './sites';

/** Writes files (path → bytes) under a new folder `name` on disk, for the folder picker and folder drops. */
function writeFolder(name: string, contents: Record<string, Uint8Array>): string {
	const root = join(mkdtempSync(join(tmpdir(), 'wirescope-')), name);
	for (const [path, bytes] of Object.entries(contents)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), bytes);
	}
	return root;
}

/** Articles naming a country, in the seed and the import together: what its bar should say. */
function articlesNaming(code: string): number {
	return [...seed.articles, ...expected.articles].filter((a) => a.countries.some((c) => c.code === code)).length;
}

test('a zip of captures joins search, charts and the reader, lists its rejections, and survives a reload offline', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	const requests = recordRequests(page);
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await waitForOfflineReady(page);

	await importZip(page);
	await expect(page.getByText(`Imported “captures”: ${expected.articles.length} articles, 2 files rejected.`)).toBeVisible({
		timeout: 20_000
	});
	await expect(status(page)).toHaveText(`${total} of ${total} articles`);

	const collection = page.getByRole('listitem', { name: 'Collection captures' });
	await expect(collection).toContainText(`${expected.articles.length} articles, 2 files rejected`);
	await collection.getByText('Why they were rejected').click();
	expect(expected.rejected).toHaveLength(2);
	for (const r of expected.rejected) await expect(collection.getByRole('listitem').filter({ hasText: r.file })).toContainText(r.reason);

	const top = expected.articles[0].countries[0];
	await expect(page.getByRole('button', { name: `${top.name}: ${articlesNaming(top.code)} articles` }).first()).toBeVisible();

	const article = expected.articles[0];
	await page.getByRole('searchbox', { name: 'Search articles' }).fill(article.title);
	await settledStatus(page);
	await expect(page.getByRole('link', { name: article.title }).first()).toBeVisible();
	await expect(page.locator('.results .badge').first()).toHaveText('captures');
	await page.goto(`${SEED_URL}?article=${article.id}`);
	await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible({ timeout: 15_000 });
	await expect(page.locator('.facts .badge')).toHaveText('captures');

	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await context.setOffline(true);
	await page.reload();
	await waitForExplorer(page);
	await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 15_000 });
	await expect(page.getByRole('listitem', { name: 'Collection captures' })).toBeVisible();

	expect(requests.filter((u) => !u.startsWith(SEED_URL) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
});

test('"Add a folder" imports every file in the folder and below, each named by its path in the folder', async ({ page }) => {
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await page.getByLabel('A folder of text files to import').setInputFiles(writeFolder('captures', files));
	await expect(page.getByText(`Imported “captures”: ${expected.articles.length} articles, 2 files rejected.`)).toBeVisible({
		timeout: 20_000
	});
	await expect(status(page)).toHaveText(`${total} of ${total} articles`);
	const collection = page.getByRole('listitem', { name: 'Collection captures' });
	await collection.getByText('Why they were rejected').click();
	for (const r of expected.rejected)
		await expect(collection.getByRole('listitem').filter({ hasText: r.file.replace('captures.zip/', 'captures/') })).toContainText(
			r.reason
		);
});

test('a folder dropped on the page is read through all its subfolders, in batches, skipping dot-folders', async ({ page }) => {
	// More files in one folder than Chromium lists per readEntries() call (100).
	const dropped: Record<string, Uint8Array> = {
		'empty.txt': new Uint8Array(0),
		'.git/notes.txt': new TextEncoder().encode(synthArticle(0, 17).text)
	};
	for (let i = 0; i < 120; i++) {
		const { name, text } = synthArticle(i, 13);
		dropped[`2020/${name}`] = new TextEncoder().encode(text);
	}
	const want = parseCorpus(
		Object.entries(dropped)
			.filter(([path]) => !path.startsWith('.'))
			.map(([path, bytes]) => ({ file: `dropped/${path}`, bytes }))
	).corpus;
	expect(want.rejected).toHaveLength(1);

	await page.goto(SEED_URL);
	await waitForExplorer(page);
	// A real drop of a folder from disk, as the browser delivers one: DataTransfer items whose entries are directories.
	const cdp = await page.context().newCDPSession(page);
	const data = { items: [], files: [writeFolder('dropped', dropped)], dragOperationsMask: 1 };
	for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: 300, y: 300, data });

	await expect(page.getByText(`Imported “dropped”: ${want.articles.length} articles, 1 file rejected.`)).toBeVisible({ timeout: 20_000 });
	const all = seed.articles.length + want.articles.length;
	await expect(status(page)).toHaveText(`${all} of ${all} articles`);
	const collection = page.getByRole('listitem', { name: 'Collection dropped' });
	await collection.getByText('Why it was rejected').click();
	await expect(collection.getByRole('listitem').filter({ hasText: 'dropped/empty.txt' })).toBeVisible();
});

test('a collection stored by the previous version (full articles only) is still listed, searched and read', async ({ page }) => {
	// Any page of the origin but the explorer, so that nothing opens the database first.
	await page.goto(`${SEED_URL}geo.json`);
	await page.evaluate(
		(articles) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('wirescope', 1);
				open.onupgradeneeded = () => {
					open.result.createObjectStore('collections', { keyPath: 'id' });
					open.result.createObjectStore('articles', { keyPath: ['collection', 'n'] });
				};
				open.onsuccess = () => {
					const tx = open.result.transaction(['collections', 'articles'], 'readwrite');
					tx.objectStore('collections').put({
						id: 'v1',
						name: 'older',
						hidden: false,
						createdAt: '2024-01-01T00:00:00.000Z',
						files: [],
						rejected: [],
						pieces: 1
					});
					tx.objectStore('articles').put({ collection: 'v1', n: 0, articles });
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		expected.articles
	);
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await expect(page.getByRole('listitem', { name: 'Collection older' })).toContainText(`${expected.articles.length} articles`);
	await expect(status(page)).toHaveText(`${total} of ${total} articles`);
	const article = expected.articles[1];
	await page.getByRole('searchbox', { name: 'Search articles' }).fill(article.title);
	await settledStatus(page);
	await page.getByRole('link', { name: article.title }).first().click();
	await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
	await expect(page.getByText(article.paragraphs[0].slice(0, 60)).first()).toBeVisible();
});

test('importing the same zip again adds nothing, and a collection can be renamed, hidden and deleted', async ({ page }) => {
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await importZip(page);
	await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 20_000 });
	await importZip(page, 'again.zip');
	// The files stored are skipped; the two refused are not remembered as imported, so they are read, and refused, again.
	await expect(page.getByText(/^Nothing new to import; 50 files already imported, skipped; 2 files rejected \(again\.zip\//)).toBeVisible({
		timeout: 20_000
	});
	await expect(page.getByRole('listitem', { name: /^Collection / })).toHaveCount(1);

	const item = page.getByRole('listitem', { name: 'Collection captures' });
	await item.getByLabel('Name').fill('Synthetic 2021');
	await item.getByRole('button', { name: 'Rename' }).click();
	const renamed = page.getByRole('listitem', { name: 'Collection Synthetic 2021' });
	await expect(renamed).toBeVisible();
	await expect(page.locator('.results .badge').first()).toHaveText('Synthetic 2021');
	await renamed.getByLabel('Show in results').uncheck();
	await expect(status(page)).toHaveText(
		`${seed.articles.length} of ${seed.articles.length} article${seed.articles.length === 1 ? '' : 's'}`
	);
	await page.reload();
	await expect(page.getByRole('listitem', { name: 'Collection Synthetic 2021' }).getByLabel('Show in results')).not.toBeChecked({
		timeout: 15_000
	});

	page.once('dialog', (d) => d.accept());
	await page.getByRole('listitem', { name: 'Collection Synthetic 2021' }).getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('listitem', { name: /^Collection / })).toHaveCount(0);
	await page.reload();
	await waitForExplorer(page);
	await expect(page.getByRole('heading', { name: /Your collections/ })).toHaveCount(0);
});

test.describe('a full storage quota', () => {
	// Routing the worker's script needs the page's own requests, not the service worker's.
	test.use({ serviceWorkers: 'block' });

	test('is reported, and neither the import nor the collections already stored are harmed', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await importZip(page);
		await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 20_000 });

		// The import worker's storage refuses articles as a browser does when the quota is used up,
		// after the collection's record was written in the same transaction.
		await page.route('**/import.worker*.js', async (route) => {
			const original = await (await route.fetch()).text();
			const refuse = `const put = IDBObjectStore.prototype.put; IDBObjectStore.prototype.put = function (...a) { if (this.name === 'articles') throw new DOMException('full', 'QuotaExceededError'); return put.apply(this, a); };\n`;
			await route.fulfill({ contentType: 'text/javascript', body: refuse + original });
		});
		const other = zipSync(
			Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`more/${i}.txt`, new TextEncoder().encode(synthArticle(i, 11).text)]))
		);
		await importZip(page, 'more.zip', Buffer.from(other));
		await expect(page.getByRole('alert')).toContainText('storage quota exceeded');
		await expect(page.getByRole('listitem', { name: /^Collection / })).toHaveCount(1);

		await page.reload();
		await waitForExplorer(page);
		await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 15_000 });
		await expect(page.getByRole('listitem', { name: /^Collection / })).toHaveCount(1);
	});
});

test('a zip of 300 compression bombs is refused within 10 s, the page answering meanwhile, the collection before it kept', async ({
	page
}) => {
	// Each entry 5,000,000 bytes of one sentence (packed 342 to 1): 1.5 GB of text if inflated.
	const sentence = new TextEncoder().encode('Iran and Oman signed an agreement on trade. '.repeat(120_000)).subarray(0, 5_000_000);
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await importZip(page);
	await expect(status(page)).toHaveText(`${total} of ${total} articles`, { timeout: 20_000 });
	const started = Date.now();
	await importZip(page, 'bombs.zip', bombZip(300, sentence));
	await page.getByRole('searchbox', { name: 'Search articles' }).fill('Kyrgyzstan');
	await expect(status(page)).toHaveText(/^[1-9][\d,]* of [\d,]+ articles?$/);
	const refusal = page.getByText(
		/^Nothing new to import; 300 files rejected \(bombs\.zip\/bomb\/0\.txt: packed 342 to 1, far tighter than any text \(a compression bomb\?\), not read; .*; and 297 more files\)\.$/
	);
	await expect(refusal).toBeVisible({ timeout: 10_000 });
	expect(Date.now() - started).toBeLessThan(10_000);
	await expect(page.getByRole('listitem', { name: /^Collection / })).toHaveCount(1);
	await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
	await expect(status(page)).toHaveText(`${total} of ${total} articles`);
});

test('an import can be cancelled while it reads: it names the file it is on and stores nothing', async ({ page }) => {
	// Enough articles that reading them takes a few seconds.
	const many: Record<string, Uint8Array> = {};
	for (let i = 0; i < 12_000; i++) {
		const { name, text } = synthArticle(i, 11);
		many[`big/${i}-${name}`] = new TextEncoder().encode(text);
	}
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await importZip(page, 'many.zip', Buffer.from(zipSync(many)));
	await expect(page.getByRole('status').filter({ hasText: 'files read' })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText(/^many\.zip\/big\//)).toBeVisible();
	await page.getByRole('button', { name: 'Cancel import' }).click();
	await expect(page.getByText('Import cancelled: nothing was stored.')).toBeVisible();
	await expect(page.getByRole('listitem', { name: /^Collection / })).toHaveCount(0);
	await expect(status(page)).toHaveText(
		`${seed.articles.length} of ${seed.articles.length} article${seed.articles.length === 1 ? '' : 's'}`
	);
	// And a reload finds nothing stored either.
	await page.reload();
	await waitForExplorer(page);
	await expect(page.getByRole('listitem', { name: /^Collection / })).toHaveCount(0);
});
