// ESLint for TypeScript and Svelte (npm run lint); formatting is Prettier's (npm run format).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { STATE_OWNERS } from './src/lib/state/owners.js';

/** The lint rule that forbids writing `fields` of the explorer's state (`ex.f = …`, `this.ex.f = …`). */
function forbidWrites(owners) {
	return Object.entries(owners).map(([owner, fields]) => ({
		selector: `AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(${fields.join('|')})$/]:matches([left.object.name=/^(ex|explorer)$/], [left.object.property.name='ex'])`,
		message: `Only ${owner} writes this field of the explorer's state (see docs/architecture.md).`
	}));
}

/** Every module but the owners may write none of the fields; each owner, none but its own. */
function stateOwnership() {
	const owners = Object.keys(STATE_OWNERS);
	return [
		{
			files: ['src/**/*.ts', 'src/**/*.svelte'],
			ignores: ['**/*.test.ts', ...owners],
			rules: { 'no-restricted-syntax': ['error', ...forbidWrites(STATE_OWNERS)] }
		},
		...owners.map((owner) => ({
			files: [owner],
			rules: {
				'no-restricted-syntax': ['error', ...forbidWrites(Object.fromEntries(Object.entries(STATE_OWNERS).filter(([o]) => o !== owner)))]
			}
		}))
	];
}

export default defineConfig(
	{ ignores: ['build/', '.svelte-kit/', '.bench/', '.e2e/', 'bench/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		// Type-aware rules: a promise nobody awaits or catches fails silently.
		// The scripts (and the Playwright config) have a tsconfig of their own; the service worker is
		// typed by SvelteKit apart from the app, so it is read with the default project.
		files: ['**/*.ts', '**/*.svelte'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts', 'src/service-worker.ts'] },
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		rules: {
			// Article text is data: it is never rendered as HTML.
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// The state is replaced, never mutated in place (state/explorer.svelte.ts): a Map or Set
			// built inside a derivation is a value, and needs no reactive version.
			'svelte/prefer-svelte-reactivity': 'off',
			// The explorer's links and navigations are query strings on the page it is on
			// (?q=…&article=…), which resolve() does not take; paths go through resolve().
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	...stateOwnership()
);
