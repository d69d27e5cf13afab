import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';

/**
 * Browser tests run against the built site. Where Playwright's own Chromium is not
 * installed (no internet here), Debian's /usr/bin/chromium is used; CHROME_PATH overrides.
 */

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	// CI shares its two cores between two browsers and a static host: a test that takes
	// 10 s alone has taken 33 s there (axe over every chart), so CI allows twice the time.
	timeout: process.env.CI ? 60_000 : 30_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		// The seed site; tests of the generated corpus use SYNTHETIC_URL from tests/sites.ts.
		baseURL: 'http://localhost:4173',
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
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
