/**
 * Builds the sites the browser tests need, then serves them:
 *   :4173  the seed corpus (build/)
 *   :4174  a generated corpus of E2E_ARTICLES synthetic articles plus hostile markup (.e2e/synthetic/),
 *          in metadata pieces of 500 articles, so that every test on it loads the corpus in pieces
 * and builds the seed once more into .e2e/ask as a corpus kept offline only when the reader asks,
 * and the generated corpus into .e2e/on-demand as one whose metadata loads on demand, as a large
 * archive's does (tests serve both themselves).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { synthArticle } from '../src/lib/synth/generate';
import { serveStatic } from './serve-static';

const ARTICLES = Number(process.env.E2E_ARTICLES || 2000);
const corpus = resolve('.e2e/corpus');
const sh = (cmd: string, env: Record<string, string> = {}) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, ...env } });

rmSync(corpus, { recursive: true, force: true });
mkdirSync(corpus, { recursive: true });
for (let i = 0; i < ARTICLES; i++) {
	const { name, text } = synthArticle(i);
	writeFileSync(resolve(corpus, name), text);
}
writeFileSync(
	resolve(corpus, 'hostile.txt'),
	'Jan 5, 2022, 10:00 AM\nNews Code: 99999999\nHostile <img src=x onerror="window.__pwned=1"> headline\n\n' +
		'Tehran, IRNA – A body with <script>window.__pwned=2</script> and <b>bold</b> markup about Oman. ' +
		// A word of 20,000 letters: it must break, not widen the page.
		`${'w'.repeat(20_000)}.\n\n` +
		// And a paragraph of 1.2 MB on one line: the reader draws its start and offers the rest.
		`${'Long capture text without an end. '.repeat(35_000)}\n`
);

sh('npx vite build');
// The seed again, built as a corpus too large to keep offline unasked.
sh('npx vite build', { BUILD_DIR: '.e2e/ask', OFFLINE_AUTO_MB: '0' });
sh('npx vite build', { CORPUS_DIR: corpus, BUILD_DIR: '.e2e/synthetic', META_PIECE_SIZE: '500' });
sh('npx vite build', { CORPUS_DIR: corpus, BUILD_DIR: '.e2e/on-demand', META_ON_DEMAND_AT: '0' });
await serveStatic(resolve('build'), 4173);
await serveStatic(resolve('.e2e/synthetic'), 4174);
console.log('e2e sites ready on :4173 (seed) and :4174 (synthetic)');
