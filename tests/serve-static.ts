/**
 * A minimal static file server for browser tests: serves a built site from a folder,
 * optionally under a sub-path, the way any static host would (no SvelteKit involved).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

function resolveFile(root: string, path: string): string | null {
	const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [join(root, safe), join(root, safe, 'index.html'), join(root, `${safe.replace(/\/$/, '')}.html`)]) {
		if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

export function serveStatic(root: string, port: number, base = '/'): Promise<Server> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(base)) {
			res.writeHead(404).end('not found');
			return;
		}
		const file = resolveFile(root, `/${url.pathname.slice(base.length)}`);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
