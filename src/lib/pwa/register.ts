/**
 * Registers the service worker (offline use and updates) when the browser is idle; the page
 * calls it once its corpus is in, instead of at the load event as SvelteKit would: installing
 * it downloads the whole app and the corpus's metadata, which should not compete with drawing
 * the first screen nor with the rest of the corpus arriving.
 */
import { resolve } from '$app/paths';

const IDLE_TIMEOUT_MS = 2000;
let registered = false;

export function registerServiceWorker(): void {
	if (registered || !('serviceWorker' in navigator)) return;
	registered = true;
	// The build puts service-worker.js in the site's root folder, whatever path the site is served under.
	const script = new URL('service-worker.js', new URL(resolve('/'), location.href));
	const register = () => {
		// In development Vite serves the worker as a module.
		navigator.serviceWorker.register(script, { type: import.meta.env.DEV ? 'module' : 'classic' }).catch((err: Error) => {
			// Offline use is lost, nothing else: the page works without it.
			console.warn(`wirescope: the service worker could not be registered (${err.message})`);
		});
	};
	if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS });
	else setTimeout(register, IDLE_TIMEOUT_MS);
}
