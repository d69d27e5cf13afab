import { existsSync } from 'node:fs';

/**
 * How every browser run here starts Chromium: Debian's /usr/bin/chromium where there is one
 * (this workplace cannot download Playwright's own), CHROME_PATH to override; headless, and
 * without the background traffic a closed network refuses.
 */
export const CHROMIUM_PATH: string | undefined =
	process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
