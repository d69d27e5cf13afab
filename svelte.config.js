import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// BUILD_DIR lets tests and benchmarks build several corpora side by side.
		adapter: adapter({ pages: process.env.BUILD_DIR || 'build', assets: process.env.BUILD_DIR || 'build', fallback: undefined, strict: true }),
		// Relative asset paths let one build run from any static host and any sub-path.
		paths: { relative: true },
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
