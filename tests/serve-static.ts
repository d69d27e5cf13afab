/**
 * A minimal static file server for browser tests: serves a built site from a folder,
 * optionally under a sub-path, the way any static host would (no SvelteKit involved).
 * With `compress`, text is sent brotli- or gzip-encoded as the browser asks, as real hosts do;
 * off by default, so that the benchmarks' byte counts stay those of the files.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
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

/** A network between the host and the browser: each response waits `latencyMs`, and all share `bytesPerSecond`. */
export interface Link {
	bytesPerSecond: number;
	latencyMs: number;
}

/** One response the host sent: its path, body bytes on the wire, and when it started and ended (ms, performance.now()). */
export interface Sent {
	path: string;
	bytes: number;
	start: number;
	end: number;
}

export interface HostOptions {
	/** Compress text as the browser asks (brotli or gzip), as real hosts do. */
	compress?: boolean;
	/** Send ETag and answer If-None-Match with 304, as real hosts do. */
	etag?: boolean;
	/** Pace every response through one emulated link. */
	link?: Link;
	/** Told of each response once its last byte is out. */
	onSent?: (sent: Sent) => void;
}

/** Bytes paced a chunk at a time through the link. */
const CHUNK = 16 * 1024;

/** Writes `body` through the link: after its latency, chunk by chunk, each when the shared link is free. */
function paced(link: Link, clock: { free: number }, res: ServerResponse, body: Buffer, done: () => void): void {
	const send = (at: number) => {
		if (at >= body.length) {
			res.end(done);
			return;
		}
		const piece = body.subarray(at, at + CHUNK);
		const now = performance.now();
		const start = Math.max(now, clock.free);
		clock.free = start + (piece.length / link.bytesPerSecond) * 1000;
		setTimeout(() => {
			res.write(piece);
			send(at + piece.length);
		}, clock.free - now);
	};
	setTimeout(() => send(0), link.latencyMs);
}

export function serveStatic(
	root: string,
	port: number,
	base = '/',
	{ compress = false, etag = false, link, onSent }: HostOptions = {}
): Promise<Server> {
	const clock = { free: 0 };
	const server = createServer((req, res) => {
		const started = performance.now();
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
		const stat = statSync(file);
		const tag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
		const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-cache', ...(etag ? { etag: tag } : {}) };
		const encoding = compress && COMPRESSIBLE.test(type) ? chooseEncoding(String(req.headers['accept-encoding'] ?? '')) : null;
		if (encoding) Object.assign(headers, { 'content-encoding': encoding, vary: 'Accept-Encoding' });
		const fresh = etag && req.headers['if-none-match'] === tag;
		if (!link && !fresh && !encoding) {
			res.writeHead(200, headers);
			createReadStream(file).pipe(res);
			return;
		}
		const body = fresh ? Buffer.alloc(0) : encoding ? compressFile(file, encoding, stat.mtimeMs) : readFileSync(file);
		res.writeHead(fresh ? 304 : 200, fresh ? headers : { ...headers, 'content-length': body.length });
		const done = () => onSent?.({ path: url.pathname, bytes: body.length, start: started, end: performance.now() });
		if (link) paced(link, clock, res, body, done);
		else res.end(body, done);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
