/**
 * A minimal static file server for browser tests: serves a built site from a folder,
 * optionally under a sub-path, the way any static host would (no SvelteKit involved).
 * With `compress`, text is sent brotli- or gzip-encoded as the browser asks, as real hosts do;
 * off by default, so that the benchmarks' byte counts stay those of the files.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
/** Types worth compressing: PNGs are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;
/** Brotli at the level hosts use for on-the-fly compression (11 is for files compressed ahead). */
const BROTLI_QUALITY = 5;

function resolveFile(root: string, path: string): string | null {
	const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [join(root, safe), join(root, safe, 'index.html'), join(root, `${safe.replace(/\/$/, '')}.html`)]) {
		if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** The encoding to send, from the request's Accept-Encoding (q=0 refuses one). */
function chooseEncoding(accept: string): 'br' | 'gzip' | null {
	const offered = new Set(
		accept
			.split(',')
			.map((part) => part.trim().split(';'))
			.filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
			.map(([name]) => name.trim())
	);
	return offered.has('br') ? 'br' : offered.has('gzip') ? 'gzip' : null;
}

/** Each file is compressed once per version of it, not on every request. */
const compressed = new Map<string, { mtime: number; body: Buffer }>();
function compressFile(file: string, encoding: 'br' | 'gzip', mtime: number): Buffer {
	const key = `${encoding}:${file}`;
	const hit = compressed.get(key);
	if (hit?.mtime === mtime) return hit.body;
	const raw = readFileSync(file);
	const body =
		encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }) : gzipSync(raw);
	compressed.set(key, { mtime, body });
	return body;
}

export function serveStatic(root: string, port: number, base = '/', { compress = false } = {}): Promise<Server> {
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
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers = { 'content-type': type, 'cache-control': 'no-cache' };
		const encoding = compress && COMPRESSIBLE.test(type) ? chooseEncoding(String(req.headers['accept-encoding'] ?? '')) : null;
		if (!encoding) {
			res.writeHead(200, headers);
			createReadStream(file).pipe(res);
			return;
		}
		const body = compressFile(file, encoding, statSync(file).mtimeMs);
		res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length, vary: 'Accept-Encoding' });
		res.end(body);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
