import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Runes everywhere in our own code: a component left in legacy mode (one that uses no rune,
	// such as a page that only renders another component) switches the whole runtime to
	// legacy mode, which costs every signal a little.
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// BUILD_DIR lets tests and benchmarks build several corpora side by side.
		adapter: adapter({
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build',
			fallback: undefined,
			strict: true
		}),
		// Relative asset paths let one build run from any static host and any sub-path.
		paths: { relative: true },
		// The page's few small stylesheets (about 18 KB in all) go inside its HTML: five
		// render-blocking requests fewer before the first paint on a slow line.
		inlineStyleThreshold: 16 * 1024,
		// Registered by the page once its first screen is drawn (src/lib/pwa/register.ts).
		serviceWorker: { register: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Prerendered pages get the policy as a <meta> tag, so SvelteKit's inline bootstrap is
		// allowed by its hash. A meta tag cannot carry frame-ancestors (see README: Security).
		// Styles stay 'unsafe-inline': Svelte sets inline styles and the embed applies a host's theme.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:'],
				'style-src': ['self', 'unsafe-inline'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};

export default config;
