import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseArticle } from '../src/lib/corpus/parse';
import { republished, synthArticle, versionEdit } from '../src/lib/synth/generate';
import { SEED_URL, SYNTHETIC_URL, downloaded, downloadedLines, settledStatus, waitForExplorer } from './sites';

const figure = (page: Page, name: string) => page.getByRole('figure', { name });
const matrix = (page: Page) => figure(page, 'Filed from × countries named');
const bylines = (page: Page) => figure(page, 'Bylines');
const codes = (page: Page) => figure(page, 'News codes');
const agencies = (page: Page) => figure(page, 'Agencies credited');
/** Scrolls a figure into view: it is worked out only then. */
async function show(fig: ReturnType<typeof figure>) {
	await fig.scrollIntoViewIfNeeded();
	await expect(fig.getByRole('group', { name: /^Download the / })).toBeVisible({ timeout: 15_000 });
}
/** The generated articles of the synthetic site (see tests/e2e-server.ts). */
const E2E_ARTICLES = Number(process.env.E2E_ARTICLES || 2000);
const countOf = (label: string | null) => Number(/: ([\d,]+) articles?/.exec(label ?? '')![1].replace(/,/g, ''));

test.describe('filed from × countries named', () => {
	test('the seed was filed from Tehran and names Kyrgyzstan: its cell filters to it, arrow keys move', async ({ page }) => {
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await show(matrix(page));
		await expect(matrix(page).getByRole('button', { name: 'Filed from Iran: 1 article' })).toBeVisible();
		const cell = matrix(page).getByRole('button', { name: 'Filed from Iran, naming Kyrgyzstan: 1 article' });
		await cell.click();
		await expect(page).toHaveURL(/filed=IR/);
		await expect(page).toHaveURL(/country=KG/);
		expect(await settledStatus(page)).toBe('1 of 1 article');
		await expect(page.getByRole('list', { name: 'Filters in force' })).toContainText('Filed from Iran');
		// One Tab stop: the arrows move between cells.
		await cell.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Filed from Iran, naming (?!Kyrgyzstan)/);
		await page.keyboard.press('Home');
		await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Filed from Iran, naming /);
		// Removing the filter from the list above the results.
		await page.getByRole('button', { name: /^Filed from Iran.*remove this filter/ }).click();
		await expect(page).not.toHaveURL(/filed=/);
	});

	test('a cell of a generated corpus filters to as many articles as it counts, and its CSV says the same', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		await show(matrix(page));
		const cells = matrix(page).getByRole('button', { name: /^Filed from .+, naming .+: \d+ articles?$/ });
		// The second row's third column: off the diagonal, where few articles sit.
		const columns = await matrix(page).getByRole('columnheader').count();
		const cell = cells.nth(columns - 1 + 2);
		const label = await cell.getAttribute('aria-label');
		const [, row, named] = /^Filed from (.+), naming (.+): /.exec(label!)!;
		await cell.click();
		expect(await settledStatus(page)).toMatch(new RegExp(`^${countOf(label)} of `));
		// Each result names that country.
		await expect(page.getByRole('list', { name: 'Filters in force' })).toContainText(`Filed from ${row}`);
		const lines = await downloadedLines(page, 'CSV of the filed-from matrix');
		expect(lines[0]).toMatch(/^filed from,code,places,articles,names /);
		const header = lines[0].split(',');
		const csvRow = lines.find((l) => l.startsWith(`${row},`))!.split(',');
		expect(Number(csvRow[header.findIndex((h) => h.startsWith(`names ${named} (`))])).toBe(countOf(label));
		// The same cell again lifts both filters.
		await matrix(page).getByRole('button', { name: label! }).click();
		await expect(page).not.toHaveURL(/filed=|country=/);
	});

	test('a place inside a country filters by the place, from the address too', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?filed=tehran`);
		await waitForExplorer(page);
		const tehran = Number((await settledStatus(page)).split(' ')[0].replace(/,/g, ''));
		expect(tehran).toBeGreaterThan(10);
		await show(matrix(page));
		// Every article counted is in Iran's row, and all were filed from Tehran.
		await expect(matrix(page).getByRole('button', { name: `Filed from Iran: ${tehran} articles` })).toBeVisible();
		await expect(page.getByRole('list', { name: 'Filters in force' })).toContainText('Filed from tehran');
	});
});

test.describe('bylines', () => {
	test('a byline filters to its articles, shows as a table and saves as CSV', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		await show(bylines(page));
		const first = bylines(page).getByRole('button', { pressed: false }).filter({ hasText: 'Staff' }).first();
		const label = (await first.getAttribute('aria-label'))!;
		const name = label.split(':')[0];
		await first.click();
		await expect(page).toHaveURL(new RegExp(`byline=${encodeURIComponent(name).replace(/%20/g, '\\+')}`));
		expect(await settledStatus(page)).toMatch(new RegExp(`^${countOf(label)} of `));
		await expect(page.getByRole('list', { name: 'Filters in force' })).toContainText(`By ${name}`);
		await expect(bylines(page).getByRole('button', { name: new RegExp(`^${name}:`), pressed: true })).toBeVisible();
		const lines = await downloadedLines(page, 'CSV of the bylines');
		expect(lines[0]).toMatch(/^byline,key,articles,first,last,\d{4}-\d{2},/);
		expect(lines[1]).toMatch(new RegExp(`^${name},${name},${countOf(label)},`));
		await bylines(page).getByRole('button', { name: 'Show bylines as table' }).click();
		await expect(bylines(page).getByRole('columnheader', { name: 'Busiest month' })).toBeVisible();
	});

	test('journalist IDs count when no byline is printed, and open from the address', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?byline=id%3A100`);
		await waitForExplorer(page);
		const n = (await settledStatus(page)).split(' ')[0];
		expect(Number(n)).toBeGreaterThan(0);
		await expect(page.getByRole('list', { name: 'Filters in force' })).toContainText('By Journalist ID 100');
	});
});

test.describe('agencies credited', () => {
	test('a wire filters to as many articles as it counts, kept in the address and a chip, and its CSV says the same', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		await show(agencies(page));
		await expect(agencies(page)).toContainText(/credit none: the outlet's own stories/);
		const reuters = agencies(page).getByRole('button', { name: /^Reuters:/ });
		const label = (await reuters.getAttribute('aria-label'))!;
		await reuters.click();
		await expect(page).toHaveURL(/agency=Reuters/);
		expect(await settledStatus(page)).toMatch(new RegExp(`^${countOf(label)} of `));
		await expect(agencies(page).getByRole('button', { name: /^Reuters:/, pressed: true })).toBeVisible();
		const lines = await downloadedLines(page, 'CSV of the agencies');
		expect(lines.slice(0, 3)).toEqual(['agency,articles,share of results', `Reuters,${countOf(label)},100.0`, '(none credited),0,0.0']);
		const chip = page.getByRole('list', { name: 'Filters in force' }).getByRole('button', { name: /^Credited to Reuters/ });
		await chip.click();
		await expect(page).not.toHaveURL(/agency=/);
		await agencies(page).getByRole('button', { name: 'Show agencies as table' }).click();
		await expect(agencies(page).getByRole('rowheader', { name: 'None credited' })).toBeVisible();
	});
});

test.describe('news codes', () => {
	test('flags exactly the stories published again months after filing, and the code out of series', async ({ page }) => {
		await page.goto(SYNTHETIC_URL);
		await waitForExplorer(page);
		await show(codes(page));
		const rows = (await downloadedLines(page, 'CSV of the news codes')).map((l) => l.split(','));
		expect(rows[0].slice(0, 3)).toEqual(['sequence', 'kind', 'code']);
		expect(rows.filter((r) => r[1] === 'span').length).toBeGreaterThanOrEqual(2);
		const flagged = rows.filter((r) => r[1] === 'out of order').map((r) => r[r.length - 1]);
		// The generator republishes one story in 997 months after filing (those whose capture prints a
		// code can be caught); the hostile file's code is out of series.
		const numbers: string[] = [];
		for (const id of flagged) {
			await page.goto(`${SYNTHETIC_URL}?article=${id}`);
			const reader = page.getByRole('article');
			await expect(reader.getByRole('heading', { level: 2 })).toBeVisible({ timeout: 15_000 });
			const text = (await reader.textContent())!;
			numbers.push(/synthetic article number (\d+)/.exec(text)?.[1] ?? 'hostile');
		}
		const planted = Array.from({ length: E2E_ARTICLES }, (_, i) => i).filter((i) => {
			if (!republished(i)) return false;
			const { name, text } = synthArticle(i);
			const parsed = parseArticle({ file: name, bytes: new TextEncoder().encode(text) });
			return 'article' in parsed && !!parsed.article?.newsCode;
		});
		expect(planted.length).toBeGreaterThan(0);
		expect(numbers.sort()).toEqual([...planted.map(String), 'hostile'].sort());
	});

	test('a date range gives its span, the codes it holds and its longest runs with none, as a table', async ({ page }) => {
		await page.goto(`${SYNTHETIC_URL}?from=2020-01-01&to=2020-12-31`);
		await waitForExplorer(page);
		await show(codes(page));
		await expect(codes(page)).toContainText('from 2020-01-01 to 2020-12-31');
		// Another outlet's codes, kept in the address.
		const sequences = codes(page).getByRole('group', { name: 'Code sequence' }).getByRole('button');
		const other = sequences.nth(1);
		const name = (await other.textContent())!.trim();
		await other.click();
		await expect(page).toHaveURL(new RegExp(`codes=${name.replace(/\./g, '\\.')}`));
		await page.reload();
		await waitForExplorer(page);
		await show(codes(page));
		await expect(codes(page).getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
		await codes(page).getByRole('button', { name: 'Show news codes as table' }).click();
		const gaps = codes(page).getByRole('table', { name: 'Longest runs of codes with no story' });
		await expect(gaps.getByRole('row')).toHaveCount(6);
		// Each run lies within the year, by the stamps of the stories either side.
		for (const cell of await gaps.getByRole('cell').filter({ hasText: ' and ' }).allTextContents())
			expect(cell).toMatch(/^2020-.* and 2020-/);
		await codes(page).getByRole('button', { name: 'SVG of the news codes' }).click();
		await expect(codes(page).getByRole('alert')).toContainText('shown as a table');
	});
});

test.describe('versions of a story', () => {
	test('every planted version is found and no other, and two versions compare word by word', async ({ page, request }) => {
		const planted = Array.from({ length: E2E_ARTICLES }, (_, i) => i).filter((i) => i > 0 && versionEdit(i));
		const file = await (await request.get(`${SYNTHETIC_URL}corpus/versions.json`)).json();
		expect(file.groups.map((g: number[]) => g.length)).toEqual(planted.map(() => 2));
		await page.goto(`${SYNTHETIC_URL}?q=${encodeURIComponent('"a new version of article"')}`);
		await waitForExplorer(page);
		expect(await settledStatus(page)).toMatch(new RegExp(`^${planted.length} of `));
		await expect(page.locator('ol.results .meta').filter({ hasText: '2 versions' })).toHaveCount(planted.length);
		// The new headline: its version, opened, and compared with the story it re-issues.
		const headline = planted.find((i) => versionEdit(i) === 'new headline')!;
		await page.getByRole('searchbox', { name: 'Search articles' }).fill(`"synthetic article number ${headline}"`);
		expect(await settledStatus(page)).toMatch(/^1 of /);
		await page.locator('ol.results h3 a').first().click();
		const reader = page.getByRole('article');
		await expect(reader.getByRole('heading', { name: '2 versions of this story' })).toBeVisible();
		await reader.getByRole('button', { name: /^Compare versions/ }).click();
		await expect(page).toHaveURL(/&version=/);
		const diff = reader.getByRole('region', { name: 'Versions compared' });
		await expect(diff.locator('del').first()).toContainText('agree to pursue');
		await expect(diff.locator('ins').first()).toContainText('discuss');
		await expect(diff.getByRole('status')).toContainText('only in this version');
		// Both saved: the runs of words as CSV, the two versions side by side as SVG.
		const csv = await downloadedLines(page, 'CSV of the versions compared');
		expect(csv[0]).toBe('version,article,published,code,paragraph,words,text');
		expect(csv.some((l) => /^open,.*,0,removed,agree to pursue$/.test(l))).toBe(true);
		expect(csv.some((l) => /^compared,.*,0,added,discuss$/.test(l))).toBe(true);
		const svg = await downloaded(page, 'SVG of the versions compared');
		expect(svg).toMatch(/text-decoration="line-through">agree to pursue<\/tspan>/);
		// Back steps out of the comparison, to the article alone.
		await page.goBack();
		await expect(page).not.toHaveURL(/version=/);
		await expect(diff).toHaveCount(0);
		await expect(reader.getByRole('button', { name: /^Compare versions/ })).toHaveAttribute('aria-pressed', 'false');
	});
});

test('imported captures get the four views: their datelines, bylines, codes and versions', async ({ page }) => {
	const picked = [248, 249, 250, 251, 749, 750].map((i) => {
		const { name, text } = synthArticle(i, 1);
		return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
	});
	await page.goto(SEED_URL);
	await waitForExplorer(page);
	await page.getByLabel('Text files or zip archives to import').setInputFiles(picked);
	await expect(page.getByText(/^Imported “.+”: 6 articles/)).toBeVisible({ timeout: 20_000 });
	expect(await settledStatus(page)).toBe('7 of 7 articles');
	// 249 and 250, 749 and 750: two stories in two versions each.
	await expect(page.locator('ol.results .meta').filter({ hasText: '2 versions' })).toHaveCount(4);
	await show(matrix(page));
	const rows = await matrix(page)
		.getByRole('button', { name: /^Filed from [^,]+: \d+ articles?$/ })
		.allTextContents();
	expect(rows.length).toBeGreaterThanOrEqual(2);
	await show(bylines(page));
	await expect(
		bylines(page)
			.getByRole('button', { name: /^(Journalist ID \d+|.*Staff): / })
			.first()
	).toBeVisible();
	await show(codes(page));
	await expect(codes(page)).toContainText('Codes');
	await page.getByRole('searchbox', { name: 'Search articles' }).fill('"synthetic article number 750"');
	await page.locator('ol.results h3 a').first().click();
	await page
		.getByRole('article')
		.getByRole('button', { name: /^Compare versions/ })
		.click();
	await expect(page.getByRole('region', { name: 'Versions compared' }).locator('del, ins').first()).toBeVisible();
});

test('axe finds no serious or critical violation in the three views, as charts and as tables', async ({ page }) => {
	// Three axe runs over a page of 2,000 articles, two cold visits: on a busy machine past a minute.
	test.setTimeout(120_000);
	await page.goto(SYNTHETIC_URL);
	await waitForExplorer(page);
	for (const fig of [matrix(page), bylines(page), codes(page)]) await show(fig);
	const serious = async () =>
		(await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(await serious()).toEqual([]);
	await bylines(page).getByRole('button', { name: 'Show bylines as table' }).click();
	await codes(page).getByRole('button', { name: 'Show news codes as table' }).click();
	expect(await serious()).toEqual([]);
	// A story's versions compared, and a link made on another corpus.
	await page.goto(`${SYNTHETIC_URL}?q=${encodeURIComponent('"a new version of article"')}&corpus=ws1-00000000000&articles=5`);
	await waitForExplorer(page);
	await page.locator('ol.results h3 a').first().click();
	await page
		.getByRole('article')
		.getByRole('button', { name: /^Compare versions/ })
		.click();
	await expect(page.getByRole('region', { name: 'Versions compared' })).toBeVisible();
	expect(await serious()).toEqual([]);
});
