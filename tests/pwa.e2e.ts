import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitForOfflineReady } from './hosts';
import { SEED_URL, status, waitForExplorer } from './sites';

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;

test('the manifest is valid and names icons of the sizes it says', async ({ page, request }) => {
	await page.goto(SEED_URL);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('./manifest.webmanifest');
	const url = new URL(href!, SEED_URL);
	const manifest = await (await request.get(url.href)).json();
	expect(manifest).toMatchObject({
		name: expect.any(String),
		short_name: 'wirescope',
		display: 'standalone',
		start_url: './',
		scope: './'
	});
	expect(manifest.theme_color).toMatch(/^#[\da-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[\da-f]{6}$/i);
	const pngs: { src: string; sizes: string; purpose: string }[] = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
	expect(pngs.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	for (const icon of pngs) {
		const res = await request.get(new URL(icon.src, url).href);
		expect(res.headers()['content-type']).toBe('image/png');
		expect(pngSize(await res.body()), icon.src).toBe(icon.sizes);
	}
});

test('Chromium reports the app installable', async ({ playwright }, testInfo) => {
	// Chromium never offers to install from an incognito profile, which is what a test's
	// browser context is; a profile on disk is needed for it to judge the app itself.
	const profile = mkdtempSync(join(tmpdir(), 'wirescope-profile-'));
	const context = await playwright.chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions);
	try {
		const page = await context.newPage();
		await page.goto(SEED_URL);
		await waitForExplorer(page);
		await waitForOfflineReady(page);
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.url).toBe(`${SEED_URL}manifest.webmanifest`);
		expect(manifest.errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test("every script of the page's own code asks V8 to compile it while it downloads (see scripts/compile-hints.ts)", () => {
	const scripts = ['entry', 'chunks', 'nodes'].flatMap((dir) =>
		readdirSync(resolve('build/_app/immutable', dir))
			.filter((f) => f.endsWith('.js'))
			.map((f) => resolve('build/_app/immutable', dir, f))
	);
	expect(scripts.length).toBeGreaterThan(5);
	for (const file of scripts) expect(readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), file).toBe(true);
});

test.describe('the Content-Security-Policy', () => {
	for (const file of ['index.html', 'embed.html']) {
		test(`${file} allows its own scripts by hash and nothing inline, and links nothing by absolute URL`, () => {
			const html = readFileSync(resolve('build', file), 'utf8');
			const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
			const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
			expect(directives.get('default-src')).toEqual(["'self'"]);
			expect(directives.get('script-src')?.[0]).toBe("'self'");
			expect(
				directives
					.get('script-src')
					?.slice(1)
					.every((s) => /^'sha256-[\w+/=]+'$/.test(s))
			).toBe(true);
			expect(directives.get('script-src')?.length).toBeGreaterThan(1);
			for (const name of ['worker-src', 'connect-src', 'manifest-src']) expect(directives.get(name), name).toEqual(["'self'"]);
			expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
			for (const [, url] of html.matchAll(/\b(?:href|src)="([^"]*)"/g)) expect(url, file).toMatch(/^(\.\/|\.\.\/|#)/);
		});
	}

	test('the app, its search worker and its service worker run under it, and injected inline script does not', async ({ page }) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
		});
		await page.goto(`${SEED_URL}?q=Kyrgystan`);
		await expect(status(page)).toHaveText('1 of 1 article', { timeout: 15_000 });
		await waitForOfflineReady(page);
		const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
		expect(await violations()).toEqual([]);

		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			return (window as unknown as { injected?: boolean }).injected ?? false;
		});
		expect(ran).toBe(false);
		await expect.poll(violations).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
	});
});
