/**
 * A corpus whose metadata loads on demand (as a large archive's does): the same generated
 * articles as the synthetic site, built with META_ON_DEMAND_AT=0. What a reader sees must be
 * what the site that loads every article shows, while the page fetches only the first piece,
 * the article columns and the cards of the results on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { resolve } from 'node:path';
import { synthArticle, versionEdit } from '../src/lib/synth/generate';
import { serveFolder, type Host } from './hosts';
import { SYNTHETIC_URL, downloadedLines, recordRequests, settledStatus, status, waitForExplorer } from './sites';

const countryBars = (page: Page) =>
	page
		.locator('figure')
		.filter({ hasText: 'Countries named' })
		.getByRole('button', { name: /: [\d,]+ (article|mention)s?$/ });

/** What a reader compares: the count, the first results' titles, the country bars and the timeline's table. */
async function seen(page: Page) {
	const count = await settledStatus(page);
	const results = page.locator('ol.results li');
	await expect(results.filter({ hasText: 'Loading this result' })).toHaveCount(0, { timeout: 15_000 });
	const titles = await results.locator('h3 a').evaluateAll((links) => links.slice(0, 8).map((a) => a.textContent!.trim()));
	await expect(countryBars(page).first()).toBeVisible();
	const charts = await settled(page, async () => {
		const bars = await countryBars(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
		const timeline = page.getByRole('figure', { name: 'Articles over time' });
		const summary = await timeline.locator('svg[aria-describedby]').first().getAttribute('aria-describedby');
		const chart = (await page.locator(`[id="${summary}"]`).textContent())?.trim();
		return { bars, chart };
	});
	return { count, titles, ...charts };
}

/** What `read` gives once two reads a moment apart agree: the charts follow the results after a pause in typing, a chart per frame. */
async function settled<T>(page: Page, read: () => Promise<T>): Promise<T> {
	let last = await read();
	for (let k = 0; k < 20; k++) {
		await page.waitForTimeout(400);
		const now = await read();
		if (JSON.stringify(now) === JSON.stringify(last)) return now;
		last = now;
	}
	return last;
}

/** What the views of provenance show: the filed-from matrix, the bylines, and the news codes with their flagged stories' titles. */
async function provenanceSeen(page: Page) {
	const seen: string[] = [];
	for (const name of ['Filed from × countries named', 'Bylines', 'Agencies credited', 'News codes']) {
		const figure = page.getByRole('figure', { name });
		await figure.scrollIntoViewIfNeeded();
		await expect(figure.getByRole('group', { name: /^Download the / })).toBeVisible({ timeout: 20_000 });
		await expect(figure.getByText(/^(Counting|Reading|Loading this story)/)).toHaveCount(0, { timeout: 15_000 });
		seen.push((await figure.innerText()).replace(/\s+/g, ' '));
	}
	return seen;
}

/** The paths of `requests` that are metadata pieces after the first: what an archive must not fetch. */
const laterPieces = (requests: readonly string[]) =>
	requests.map((url) => new URL(url).pathname).filter((p) => /^\/corpus\/meta\/[1-9]/.test(p));

/**
 * Reads each view with `read` on the site that loads every article, then expects the same on the
 * on-demand site at `origin`; returns what the on-demand site requested meanwhile.
 */
async function sameOnBothSites(
	page: Page,
	origin: string,
	views: readonly string[],
	read: (page: Page) => Promise<unknown>
): Promise<string[]> {
	const expected: unknown[] = [];
	for (const view of views) {
		await page.goto(`${SYNTHETIC_URL}${view}`);
		await waitForExplorer(page);
		expected.push(await read(page));
	}
	const requests = recordRequests(page);
	for (const [k, view] of views.entries()) {
		await page.goto(`${origin}/${view}`);
		await waitForExplorer(page);
		expect(await read(page), view).toEqual(expected[k]);
	}
	return requests;
}

const VIEWS = [
	'?q=railway',
	'?q=railwya',
	'?q=trade&country=IR',
	'?from=2019-01-01&to=2019-06-30&country=IR',
	'?q=%22foreign+minister%22+OR+pipeline&from=2019-03-01',
	'?q=tourism&filed=IR'
];

test.describe('a corpus whose metadata loads on demand', () => {
	let host: Host;
	test.beforeAll(async () => {
		host = await serveFolder(resolve('.e2e/on-demand'), '/');
	});
	test.afterAll(() => host.close());

	test('each view shows what the whole metadata shows: count, results, countries and timeline, from the first piece and a few cards', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const requests = await sameOnBothSites(page, host.origin, VIEWS, seen);
		expect(laterPieces(requests)).toEqual([]);
		const paths = requests.map((url) => new URL(url).pathname);
		expect(paths.filter((p) => p.startsWith('/corpus/cards/')).length).toBeGreaterThan(0);
		expect(paths).toContain('/corpus/columns.bin');
		// Counted by articles, no answer waits for the mention counts.
		expect(paths).not.toContain('/corpus/mentions.bin');
	});

	test('counting the countries by mentions fetches their counts then, and shows what the whole metadata shows', async ({ page }) => {
		test.setTimeout(90_000);
		const byMentions = async (p: Page) => {
			await settledStatus(p);
			await p.locator('figure').filter({ hasText: 'Countries named' }).getByRole('button', { name: 'Mentions' }).click();
			await expect(countryBars(p).first()).toHaveAccessibleName(/mentions?$/);
			return settled(p, () => countryBars(p).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))));
		};
		const requests = await sameOnBothSites(page, host.origin, ['?q=railway&country=IR'], byMentions);
		expect(requests.map((url) => new URL(url).pathname)).toContain('/corpus/mentions.bin');
	});

	test('sorting, a country bar and typing answer over the whole corpus; the reader steps through results', async ({ page }) => {
		await page.goto(`${host.origin}/?q=railway`);
		await waitForExplorer(page);
		const all = await settledStatus(page);
		expect(all).toMatch(/^[\d,]+ of 2,001 articles$/);
		await page.getByRole('button', { name: 'Newest' }).click();
		await expect(page.locator('ol.results li h3 a').first()).toBeVisible();
		const dates = await page.locator('ol.results li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
		expect(dates.length).toBeGreaterThan(5);
		expect([...dates].sort().reverse()).toEqual(dates);
		await countryBars(page).nth(1).click();
		await expect(page).toHaveURL(/country=[A-Z]{2}/);
		await expect(status(page)).not.toHaveText(all);
		const first = page.locator('ol.results li h3 a').first();
		const title = (await first.textContent())!.trim();
		await first.click();
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(title);
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText(/^2 of [\d,]+$/)).toBeVisible();
		await page.getByRole('button', { name: 'Previous' }).click();
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(title);
	});

	test('a link to an article no card has fetched opens it from its id table, and a download holds every result', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?q=pipeline`);
		await waitForExplorer(page);
		const lines = await downloadedLines(page, 'CSV');
		const last = page.locator('ol.results li h3 a').last();
		const id = await last.getAttribute('data-article-id');
		const title = (await last.textContent())!.trim();

		const requests = recordRequests(page);
		await page.goto(`${host.origin}/?article=${id}`);
		await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible({ timeout: 20_000 });
		expect(laterPieces(requests)).toEqual([]);
		expect(requests.map((url) => new URL(url).pathname).filter((p) => p.startsWith('/corpus/ids/'))).toHaveLength(1);
		// An id the corpus lacks opens nothing and loads nothing more.
		await page.goto(`${host.origin}/?article=no-such-article`);
		await waitForExplorer(page);
		expect(laterPieces(requests)).toEqual([]);

		await page.goto(`${host.origin}/?q=pipeline`);
		await waitForExplorer(page);
		const onDemand = await downloadedLines(page, 'CSV');
		expect(onDemand.length).toBe(lines.length);
		// The same rows but for the view's address (another origin).
		const withoutLinks = (rows: string[]) => rows.map((row) => row.replace(/https?:\/\/[^,"]*/g, ''));
		expect(withoutLinks(onDemand)).toEqual(withoutLinks(lines));
	});

	test('the views of provenance count every article without loading them, as over the whole metadata', async ({ page }) => {
		test.setTimeout(120_000);
		const views = ['?q=railway', '?from=2019-01-01&to=2019-12-31&country=IR'];
		const requests = await sameOnBothSites(page, host.origin, views, async (page) => {
			// The views and the count, which drawing them leaves as it was.
			const count = await settledStatus(page);
			const shown = await provenanceSeen(page);
			await expect(status(page)).toHaveText(count);
			return { count, shown };
		});
		expect(laterPieces(requests)).toEqual([]);
	});

	test('what is behind a period is what the whole metadata shows: its results, their titles and its terms', async ({ page }) => {
		test.setTimeout(120_000);
		const views = ['?q=railway&country=IR&behind=2019-01-01..2019-01-31', '?from=2019-03-01&to=2019-03-31&behind=2020-02-01..2020-02-29'];
		const requests = await sameOnBothSites(page, host.origin, views, async (page) => {
			const figure = page.getByRole('figure', { name: /^Behind / });
			await expect(figure).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
			await expect(figure.getByText('Loading this story…')).toHaveCount(0, { timeout: 15_000 });
			return (await figure.innerText()).replace(/\s+/g, ' ');
		});
		expect(laterPieces(requests)).toEqual([]);
	});

	test('an article told in two versions lists the other and compares them, without every piece', async ({ page }) => {
		const headline = Array.from({ length: 2000 }, (_, i) => i).find((i) => i > 0 && versionEdit(i) === 'new headline')!;
		const requests = recordRequests(page);
		await page.goto(`${host.origin}/?q=${encodeURIComponent(`"synthetic article number ${headline}"`)}`);
		await waitForExplorer(page);
		expect(await settledStatus(page)).toMatch(/^1 of /);
		await page.locator('ol.results h3 a').first().click();
		const reader = page.getByRole('article');
		await expect(reader.getByRole('heading', { name: '2 versions of this story' })).toBeVisible({ timeout: 15_000 });
		await reader.getByRole('button', { name: /^Compare versions/ }).click();
		const diff = reader.getByRole('region', { name: 'Versions compared' });
		await expect(diff.locator('del').first()).toContainText('agree to pursue');
		expect(laterPieces(requests)).toEqual([]);
	});

	test('an imported collection joins the answers as it does over the whole metadata', async ({ page }) => {
		test.setTimeout(90_000);
		const files: Record<string, Uint8Array> = {};
		for (let i = 0; i < 40; i++) {
			const { name, text } = synthArticle(i, 9);
			files[name] = new TextEncoder().encode(text);
		}
		const buffer = Buffer.from(zipSync(files));
		const views = ['?q=railway', '?q=pipeline&country=IR', '?from=2019-01-01&to=2019-12-31'];
		const results: Awaited<ReturnType<typeof seen>>[][] = [];
		for (const site of [SYNTHETIC_URL, `${host.origin}/`]) {
			await page.goto(site);
			await waitForExplorer(page);
			await page
				.getByLabel('Text files or zip archives to import')
				.setInputFiles({ name: 'extra.zip', mimeType: 'application/zip', buffer });
			await expect(page.getByText(/^Imported “extra”: 40 articles/)).toBeVisible({ timeout: 20_000 });
			await expect(status(page)).toHaveText('2,041 of 2,041 articles');
			const seenHere = [];
			for (const view of views) {
				await page.goto(`${site}${view}`);
				await waitForExplorer(page);
				seenHere.push(await seen(page));
			}
			results.push(seenHere);
		}
		expect(results[1]).toEqual(results[0]);
	});
});
