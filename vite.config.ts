import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/compile-hints.ts';

/**
 * Folders the dev server neither watches nor scans for entry points: the corpus (a whole
 * archive is a million files, and the dev server reads it once anyway), and the sites and
 * corpora that builds, tests and benchmarks write.
 */
const NOT_SOURCE = ['seeds', '.bench', '.e2e', 'build', ...(process.env.CORPUS_DIR ? [resolve(process.env.CORPUS_DIR)] : [])];

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	worker: { format: 'es' },
	server: { watch: { ignored: NOT_SOURCE.map((folder) => (folder.startsWith('/') ? `${folder}/**` : `**/${folder}/**`)) } },
	optimizeDeps: { entries: ['src/**/*.svelte', 'src/**/*.ts'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
