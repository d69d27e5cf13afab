/**
 * Registers the service worker (offline use and updates) once the page is up and the browser
 * is idle, instead of at the load event as SvelteKit would: installing it downloads the whole
 * app and the corpus's metadata, which should not compete with drawing the first screen.
 */
const IDLE_TIMEOUT_MS = 2000;
let registered = false;

/** `siteRoot` is the address of the site's root folder, where the build puts service-worker.js. */
export function registerServiceWorker(siteRoot: string): void {
	if (registered || !('serviceWorker' in navigator)) return;
	registered = true;
	const register = () => {
		navigator.serviceWorker.register(new URL('service-worker.js', siteRoot)).catch((err: Error) => {
			// Offline use is lost, nothing else: the page works without it.
			console.warn(`wirescope: the service worker could not be registered (${err.message})`);
		});
	};
	if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS });
	else setTimeout(register, IDLE_TIMEOUT_MS);
}
