/**
 * Who writes each field of the explorer's state (explorer.svelte.ts): one module each, by its
 * path from the project's root. ESLint (eslint.config.js) fails a write from anywhere else, and
 * owners.test.ts that a field has no owner; docs/architecture.md lists the same owners. Plain
 * JavaScript, as the lint's configuration reads it.
 * @type {Record<string, string[]>}
 */
export const STATE_OWNERS = {
	'src/lib/state/session.ts': [
		'load',
		'complete',
		'onDemand',
		'build',
		'bundled',
		'bundledTotal',
		'bundleVersions',
		'cards',
		'corpusTotals',
		'rejectedCount',
		'loadingAll',
		'bundleChanged'
	],
	'src/lib/state/bodies.ts': ['chunks', 'chunkError', 'importedBody', 'importedVersionBody'],
	'src/lib/state/answers.ts': [
		'hits',
		'words',
		'partial',
		'queryNotes',
		'suggestions',
		'searchedQuery',
		'searchError',
		'searchRetryable',
		'counted',
		'countedView',
		'answers',
		'countedAnswers',
		'terms',
		'behindAnswer',
		'behindTerms'
	],
	'src/lib/state/explorer-page.svelte.ts': ['view', 'sort', 'measure'],
	'src/lib/state/chart-feeds.svelte.ts': ['provenance'],
	'src/lib/state/contexts.svelte.ts': ['contexts'],
	'src/lib/state/collections.ts': ['collections', 'collectionsRead', 'importNote', 'importing']
};
