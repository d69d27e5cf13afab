/**
 * Pagefind over the same articles as a wirescope site, for bench:net's side-by-side: each
 * article a custom record (its title and body, its countries as a filter), indexed by
 * Pagefind's Node API into .bench/pagefind-<n>/, with a page that runs one query and reads its
 * first 20 results, as Pagefind's own UI does. Pagefind is installed into .bench/tools on
 * first use (it is a benchmark's yardstick, not a dependency of the project).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MetaFile, MetaPiece } from '../../src/lib/corpus/bundle';
import { WORK } from './sites';

export const PAGEFIND_VERSION = '1.6.0';

interface PagefindIndex {
	addCustomRecord(record: { url: string; content: string; language: string; meta?: Record<string, string>; filters?: Record<string, string[]> }): Promise<{ errors: string[] }>;
	writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}
interface PagefindApi {
	createIndex(config?: Record<string, unknown>): Promise<{ index: PagefindIndex; errors: string[] }>;
	close(): Promise<void>;
}

async function pagefindApi(): Promise<PagefindApi> {
	const tools = join(WORK, 'tools');
	const entry = join(tools, 'node_modules/pagefind/lib/index.js');
	if (!existsSync(entry)) {
		mkdirSync(tools, { recursive: true });
		execSync(`npm install --prefix ${tools} --no-save --no-audit --no-fund pagefind@${PAGEFIND_VERSION}`, { stdio: 'inherit' });
	}
	return (await import(pathToFileURL(entry).href)) as PagefindApi;
}

/** The page the benchmark opens: Pagefind ready, then `runQuery` times a search and its first 20 results' data. */
const HARNESS = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Pagefind</title>
<script type="module">
const pagefind = await import('./pagefind/pagefind.js');
await pagefind.init();
window.runQuery = async (q, country) => {
	const t0 = performance.now();
	const search = await pagefind.search(q, country ? { filters: { country } } : {});
	const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
	return { ms: performance.now() - t0, hits: search.results.length, shown: data.length };
};
document.title = 'ready';
</script>
</html>
`;

/** Pagefind's site over the articles of the wirescope site `site` (built once). */
export async function ensurePagefindSite(site: string, n: number): Promise<string> {
	const dir = join(WORK, `pagefind-${n}`);
	if (existsSync(join(dir, 'pagefind/pagefind.js'))) return dir;
	const api = await pagefindApi();
	const t0 = Date.now();
	const { index } = await api.createIndex({ forceLanguage: 'en' });
	const head = JSON.parse(readFileSync(join(site, 'corpus/meta/0.json'), 'utf8')) as MetaFile;
	let k = 0;
	let bodies: { id: string; paragraphs: string[] }[] = [];
	let bodiesChunk = -1;
	for (let p = 0; p < head.pieceCount; p++) {
		const piece = (p ? JSON.parse(readFileSync(join(site, `corpus/meta/${p}.json`), 'utf8')) : head) as MetaPiece;
		for (const a of piece.articles) {
			const chunk = Math.floor(k / head.chunkSize);
			if (chunk !== bodiesChunk) {
				bodies = JSON.parse(readFileSync(join(site, `corpus/bodies/${chunk}.json`), 'utf8')) as typeof bodies;
				bodiesChunk = chunk;
			}
			const body = bodies[k % head.chunkSize];
			k++;
			await index.addCustomRecord({
				url: `/article/${a.id}`,
				content: `${a.title}\n${(body?.paragraphs ?? [a.lead]).join('\n')}`,
				language: 'en',
				meta: { title: a.title, date: a.publishedAt ?? '' },
				filters: { country: a.countries.map(([code]) => code) }
			});
		}
	}
	mkdirSync(dir, { recursive: true });
	await index.writeFiles({ outputPath: join(dir, 'pagefind') });
	await api.close();
	writeFileSync(join(dir, 'index.html'), HARNESS);
	console.error(`bench: Pagefind indexed ${k} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
	return dir;
}
