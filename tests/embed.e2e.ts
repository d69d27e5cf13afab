import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { embedSnippet } from '../src/lib/embed/snippet';
import { serveHostPage, type Host } from './hosts';
import { SEED_URL, recordRequests, status } from './sites';

const SEED_TITLE = 'Iran seeking peace and stability for entire region';
const EMBED_URL = `${SEED_URL}embed?q=Kyrgyz`;

/** Someone else's article with the snippet the Embed dialog gives, recording what the embed posts. */
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host's article</title></head>
<body><h1>A story with a figure</h1>
<script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script>
${embedSnippet(EMBED_URL)}
</body></html>`;

type Received = { origin: string; data: { type?: string; height?: number } };
const resizes = async (page: Page) =>
	(await page.evaluate(() => (window as unknown as { received: Received[] }).received)).filter((m) => m.data?.type === 'wirescope:resize');
const post = (page: Page, message: unknown) =>
	page.evaluate((m) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'), message);

/** The host page with the embed in it, once the embed shows its view and listens (it has reported its height). */
async function openListening(page: Page, host: Host) {
	await page.goto(host.origin);
	const frame = page.frameLocator('iframe');
	const box = frame.getByRole('searchbox', { name: 'Search articles' });
	await expect(box).toHaveValue('Kyrgyz', { timeout: 15_000 });
	await expect.poll(async () => (await resizes(page)).length).toBeGreaterThan(0);
	return { frame, box };
}

test.describe('embedded in a page on another origin', () => {
	let host: Host;
	test.beforeAll(async () => {
		host = await serveHostPage(HOST_PAGE);
	});
	test.afterAll(() => host.close());

	test('renders and searches, shows only the timeline, and asks for the height of its content', async ({ page }) => {
		const requests = recordRequests(page);
		await page.goto(host.origin);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('status').filter({ hasText: / of / })).toHaveText('1 of 1 article', { timeout: 15_000 });
		await expect(frame.getByRole('link', { name: SEED_TITLE })).toBeVisible();
		await expect(frame.getByRole('figure', { name: 'Articles over time' })).toBeVisible();
		await expect(frame.locator('svg[aria-label="World map of countries named"]')).toHaveCount(0);
		await expect(frame.getByRole('link', { name: /^Open in wirescope/ })).toHaveAttribute('target', '_blank');
		expect(await frame.getByRole('link', { name: /^Open in wirescope/ }).evaluate((a: HTMLAnchorElement) => a.href)).toBe(
			`${SEED_URL}?q=Kyrgyz`
		);

		await expect.poll(async () => (await resizes(page)).length).toBeGreaterThan(0);
		const first = (await resizes(page)).at(-1)!;
		expect(first.origin).toBe(new URL(SEED_URL).origin);
		// The snippet's script sized the frame to what the embed asked for.
		await expect
			.poll(() => page.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height))
			.toBe(first.data.height);

		const historyBefore = await page.evaluate(() => history.length);
		await frame.getByRole('searchbox', { name: 'Search articles' }).fill('zzqxv');
		await expect(frame.getByRole('status').filter({ hasText: / of / })).toHaveText('0 of 1 article');
		await expect.poll(async () => (await resizes(page)).at(-1)!.data.height).not.toBe(first.data.height);
		const last = (await resizes(page)).at(-1)!.data.height!;
		await expect.poll(() => page.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)).toBe(last);
		// The embed's views replace its history entry rather than filling the host's history.
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);
		expect(requests.filter((url) => !url.startsWith(`${host.origin}/`) && !url.startsWith(SEED_URL))).toEqual([]);
	});

	test('applies a documented set-view message and ignores malformed ones', async ({ page }) => {
		const { frame, box } = await openListening(page, host);

		await post(page, { type: 'wirescope:set-view', q: 'narcotcs', country: ['KG'] });
		await expect(box).toHaveValue('narcotcs');
		await expect(frame.getByRole('status').filter({ hasText: / of / })).toHaveText('1 of 1 article');

		for (const bad of [
			{ type: 'wirescope:set-view', q: 'zzqxv', article: '83473451' },
			{ type: 'wirescope:set-view', q: 7 },
			{ type: 'wirescope:set-view', country: 'IR' },
			{ type: 'wirescope:set-view', from: 'yesterday' },
			{ type: 'wirescope:navigate', q: 'zzqxv' },
			'wirescope:set-view'
		]) {
			await post(page, bad);
		}
		// Messages arrive in order: once this one is applied, every malformed one has been seen.
		await post(page, { type: 'wirescope:set-view', from: '2019-09-01' });
		await expect(frame.getByRole('textbox', { name: 'From', exact: true })).toHaveValue('2019-09-01');
		await expect(box).toHaveValue('narcotcs');
		await expect(frame.getByRole('status').filter({ hasText: / of / })).toHaveText('1 of 1 article');
		await expect(frame.getByRole('heading', { level: 2, name: SEED_TITLE })).toHaveCount(0);
	});

	test('a flood of set-view messages is applied as one view, at once', async ({ page }) => {
		const { frame, box } = await openListening(page, host);
		await page.evaluate(() => {
			const target = document.querySelector('iframe')!.contentWindow!;
			for (let k = 0; k < 10_000; k++) target.postMessage({ type: 'wirescope:set-view', q: `zzq${k}` }, '*');
			// Folded in order: the last query and a filter set on the way both hold.
			target.postMessage({ type: 'wirescope:set-view', from: '2019-09-01' }, '*');
			target.postMessage({ type: 'wirescope:set-view', q: 'narcotcs' }, '*');
		});
		await expect(box).toHaveValue('narcotcs', { timeout: 10_000 });
		await expect(frame.getByRole('textbox', { name: 'From', exact: true })).toHaveValue('2019-09-01');
		await expect(frame.getByRole('status').filter({ hasText: / of / })).toHaveText('1 of 1 article');
	});
});

test('a theme parameter recolours the embed and ignores values that are not colours', async ({ page }) => {
	const theme = '--ws-bg:#fdf6e3;--ws-accent:rgb(176 0 32);--ws-fg:url(https://evil.test/x);--ws-link:red}body{display:none';
	await page.goto(`${SEED_URL}embed?theme=${encodeURIComponent(theme)}`);
	await expect(status(page)).toHaveText('1 of 1 article', { timeout: 15_000 });
	const colours = () =>
		page.evaluate(() => {
			const css = getComputedStyle(document.body);
			return {
				bg: css.backgroundColor,
				fg: css.color,
				accent: getComputedStyle(document.documentElement).getPropertyValue('--ws-accent').trim()
			};
		});
	expect(await colours()).toEqual({ bg: 'rgb(253, 246, 227)', fg: 'rgb(20, 23, 28)', accent: 'rgb(176 0 32)' });
	expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--ws-link'))).toBe('');

	await page.getByRole('searchbox', { name: 'Search articles' }).fill('narcotcs');
	await expect(page).toHaveURL(/q=narcotcs/);
	expect(new URL(page.url()).searchParams.get('theme')).toBe(theme);
	await page.reload();
	await expect(status(page)).toHaveText('1 of 1 article', { timeout: 15_000 });
	expect((await colours()).bg).toBe('rgb(253, 246, 227)');
});

test('the Embed dialog gives a snippet for the current view and copies it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`${SEED_URL}?q=Kyrgyz&country=KG`);
	await expect(status(page)).toHaveText('1 of 1 article', { timeout: 15_000 });
	const button = page.getByRole('button', { name: 'Embed' });
	await button.click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await expect(dialog).toBeVisible();
	const code = dialog.getByRole('textbox', { name: 'HTML to paste' });
	await expect(code).toHaveValue(embedSnippet(`${SEED_URL}embed?q=Kyrgyz&country=KG`));
	await dialog.getByRole('button', { name: 'Copy' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});

test('axe finds no serious or critical violation in the embed view or the Embed dialog', async ({ page }) => {
	const serious = async () =>
		(await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	await page.goto(`${SEED_URL}embed?q=Kyrgyz`);
	await expect(status(page)).toHaveText('1 of 1 article', { timeout: 15_000 });
	expect(await serious()).toEqual([]);
	await page.goto(SEED_URL);
	await page.getByRole('button', { name: 'Embed' }).click();
	await expect(page.getByRole('dialog', { name: 'Embed this view' })).toBeVisible();
	expect(await serious()).toEqual([]);
});
