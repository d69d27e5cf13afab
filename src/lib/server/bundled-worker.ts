/**
 * Worker threads of the build. The build's own code is bundled by Vite, which makes no worker
 * files for the server, so a worker's source (a `.ts` file beside this one) is bundled with
 * esbuild into the scratch folder when it first starts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The build's workers, by source file name. */
export type BuildWorker = 'parse-worker' | 'write-site-worker';

/** Where a worker's source is: beside this file when run from source, under the project when run from Vite's bundle. */
function workerSource(name: BuildWorker): string | null {
	const candidates = [resolve(`src/lib/server/${name}.ts`)];
	try {
		candidates.unshift(fileURLToPath(new URL(`./${name}.ts`, import.meta.url)));
	} catch {
		// Not a file URL: only the project's path is tried.
	}
	return candidates.find((path) => existsSync(path)) ?? null;
}

const bundled = new Map<string, Promise<string>>();

/**
 * Bundles worker `name` into `scratch` (once per thread); its file. A worker started by another
 * finds its file there already: bundling needs esbuild, which a bundled worker does not carry.
 */
export function bundleWorker(name: BuildWorker, scratch: string): Promise<string> {
	const outfile = join(scratch, `${name}.mjs`);
	let ready = bundled.get(outfile);
	if (!ready) {
		ready = existsSync(outfile)
			? Promise.resolve(outfile)
			: import('esbuild').then(async ({ build }) => {
					const source = workerSource(name);
					if (!source) throw new Error(`the source of ${name} was not found`);
					await build({
						entryPoints: [source],
						outfile,
						bundle: true,
						platform: 'node',
						format: 'esm',
						target: 'node20',
						external: ['esbuild'],
						logLevel: 'silent'
					});
					return outfile;
				});
		bundled.set(outfile, ready);
	}
	return ready;
}

/** A worker running `name` (see bundleWorker); throws with a reason a person can read when it cannot start. */
export async function startWorker(name: BuildWorker, scratch: string, options?: WorkerOptions): Promise<Worker> {
	return new Worker(await bundleWorker(name, scratch), options);
}
