/**
 * Servers a browser test starts for itself, each on a free port, so each is an origin of its
 * own: a static host for a built site (at any sub-path), and a third-party page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page } from '@playwright/test';
import { serveStatic } from './serve-static';

export interface Host {
	/** `http://127.0.0.1:<port>`: never the `localhost` origin of the sites under test. */
	origin: string;
	close: () => Promise<void>;
}

function hostOf(server: Server): Host {
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}

export async function serveFolder(root: string, base = '/'): Promise<Host> {
	return hostOf(await serveStatic(root, 0, base));
}

/** A page of someone else's site: the given HTML at `/`. */
export function serveHostPage(html: string): Promise<Host> {
	const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(hostOf(server))));
}

/** Waits until an active service worker controls the page: by then it has cached the whole build. */
export async function waitForOfflineReady(page: Page) {
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 20_000 }).toBe('activated');
}
