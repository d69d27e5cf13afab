import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built site. Where Playwright's own Chromium is not
 * installed (no internet here), Debian's /usr/bin/chromium is used; CHROME_PATH overrides.
 */
const systemChromium = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		// The seed site; tests of the generated corpus use SYNTHETIC_URL from tests/sites.ts.
		baseURL: 'http://localhost:4173',
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: systemChromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: 'npx tsx tests/e2e-server.ts',
		url: 'http://localhost:4174',
		reuseExistingServer: !process.env.CI,
		timeout: 300_000,
		stdout: 'pipe'
	}
});
