/**
 * The import rules of src/ (`npm run lint:deps`, run in CI). Data flows one way, and so do
 * imports: each layer imports only those below it.
 *
 *   base      src/lib/corpus, src/lib/provenance (filed from, bylines, news codes),
 *             src/lib/synth (tests' articles), src/lib/*.ts (helpers that
 *             import nothing: display formats, appendAll, the browser's task scheduling)
 *   services  src/lib/{search,terms,load,collections,export,server,pwa,embed}
 *   state     src/lib/state
 *   views     src/lib/{charts,components}
 *   routes    src/routes, src/*.ts (the service worker)
 *
 * Folders of one layer may import each other as long as no two import each other
 * (no-folder-cycle). Test files (`*.test.ts`) follow the same rules as the code beside them.
 * `.svelte` files are read through svelte/compiler (dependency-cruiser finds it installed), which
 * drops a component's type-only imports: those alone go unchecked.
 */
const BASE = ['^src/lib/[^/]+\\.ts$', '^src/lib/(corpus|provenance|synth)/'];
const SERVICES = '^src/lib/(search|terms|load|collections|export|server|pwa|embed)/';
const STATE = '^src/lib/state/';
const VIEWS = '^src/lib/(charts|components)/';
const ROUTES = ['^src/routes/', '^src/[^/]+\\.ts$'];
const TESTS = '\\.test\\.ts$';

/** A layer importing a higher one. */
function upward(name, from, to) {
	return {
		name,
		severity: 'error',
		comment: `${name}: a lower layer imports a higher one (see the top of .dependency-cruiser.cjs)`,
		from: { path: from },
		to: { path: to }
	};
}

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'Modules that import each other, directly or through others: split out what both need.',
			from: {},
			to: { circular: true }
		},
		{
			name: 'no-folder-cycle',
			severity: 'error',
			comment: 'Two folders that import each other: one of them has to be the lower layer.',
			scope: 'folder',
			from: { path: '^src/' },
			to: { circular: true }
		},
		{
			name: 'src-not-to-scripts-or-tests',
			severity: 'error',
			comment: 'src/ is what the site is built from; scripts/ and tests/ import it, never the other way.',
			from: { path: '^src/' },
			to: { path: '^(scripts|tests)/' }
		},
		{
			name: 'not-to-unresolvable',
			severity: 'error',
			comment: 'An import that resolves to nothing: a typo, a moved file, or an alias the cruiser cannot follow (so no rule would see it).',
			from: {},
			// SvelteKit's virtual modules and generated route types exist only inside its build.
			to: { couldNotResolve: true, pathNot: ['^\\$app/', '^\\$env/', '^\\$service-worker$', '^\\./\\$types(\\.js)?$'] }
		},
		upward('base-not-up', BASE, [SERVICES, STATE, VIEWS, ...ROUTES]),
		upward('services-not-up', SERVICES, [STATE, VIEWS, ...ROUTES]),
		upward('state-not-up', STATE, [VIEWS, ...ROUTES]),
		upward('views-not-up', VIEWS, ROUTES),
		{
			name: 'charts-not-to-components',
			severity: 'error',
			comment: 'Charts receive their data as props and know nothing of the components that place them.',
			from: { path: '^src/lib/charts/' },
			to: { path: '^src/lib/components/' }
		},
		{
			name: 'charts-take-props',
			severity: 'error',
			comment: 'Charts receive their data as props: they do not reach into the explorer state.',
			from: { path: '^src/lib/charts/' },
			to: { path: STATE }
		},
		{
			name: 'pure-corpus-and-search',
			severity: 'error',
			comment: 'corpus/, search/ and terms/ are pure TypeScript: they run in Node at build time and in workers.',
			from: { path: '^src/lib/(corpus|search|terms)/' },
			to: { path: ['\\.svelte(\\.ts)?$', 'node_modules/svelte/', 'node_modules/@sveltejs/', '^\\$app/'] }
		},
		{
			name: 'no-node-apis-in-corpus-and-search',
			severity: 'error',
			comment: 'corpus/, search/ and terms/ run in the browser too: Node built-ins only in their tests.',
			from: { path: '^src/lib/(corpus|search|terms|synth)/', pathNot: TESTS },
			to: { dependencyTypes: ['core'] }
		},
		{
			name: 'bundle-writer-at-build-only',
			severity: 'error',
			comment: 'The page reads the bundle with corpus/bundle.ts; the writer is for the build (server/, the corpus endpoints) and tests.',
			from: {
				path: '^src/',
				pathNot: [
					'^src/lib/server/',
					'^src/routes/corpus/',
					'^src/lib/corpus/bundle-write\\.ts$',
					TESTS,
					'^src/lib/search/test-corpus\\.ts$'
				]
			},
			to: { path: '^src/lib/corpus/bundle-write\\.ts$' }
		},
		{
			name: 'server-at-build-only',
			severity: 'error',
			comment: 'lib/server reads the disk at build time: only the prerendered routes use it.',
			from: { path: '^src/', pathNot: ['^src/lib/server/', '^src/routes/'] },
			to: { path: '^src/lib/server/' }
		},
		{
			name: 'synthetic-articles-in-tests-only',
			severity: 'error',
			comment: 'Synthetic articles and test helpers are for tests and scripts, never for the site.',
			from: {
				path: '^src/',
				pathNot: [TESTS, '^src/lib/synth/', '^src/lib/corpus/synth-corpus\\.ts$', '^src/lib/search/test-corpus\\.ts$']
			},
			to: { path: ['^src/lib/synth/', '^src/lib/corpus/synth-corpus\\.ts$', '^src/lib/search/test-corpus\\.ts$'] }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^\\.svelte-kit/' },
		// Type-only imports count: a layer that names a higher layer's types depends on it.
		tsPreCompilationDeps: true,
		// Resolves `$lib` with the paths `svelte-kit sync` writes (see tsconfig.depcruise.json).
		tsConfig: { fileName: 'tsconfig.depcruise.json' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte', '.json'],
			exportsFields: ['exports'],
			conditionNames: ['svelte', 'import', 'types', 'browser', 'default'],
			mainFields: ['svelte', 'module', 'main', 'types']
		}
	}
};
