/**
 * The page's side of updates. A new build's service worker installs in the background and
 * waits; the page offers to switch, and reloads once the new worker has taken over, so the app
 * and the corpus it shows always come from the same build.
 */
import { version } from '$app/environment';
import { SKIP_WAITING, VERSION } from './messages';

/** How often an open page asks the host for a newer build. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** The build a service worker serves, asked on a port of its own (null if it does not answer). */
function versionOf(worker: ServiceWorker): Promise<string | null> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(null), 5000);
		channel.port1.onmessage = (e: MessageEvent<{ version?: string }>) => {
			clearTimeout(timer);
			resolve(e.data?.version ?? null);
		};
		worker.postMessage({ type: VERSION }, [channel.port2]);
	});
}

/**
 * Calls `onwaiting` with a newer build's worker once it is installed, and `ontakenover` when a
 * first visit's worker that took the page over serves another build than the page's (the site
 * was deployed while the page was open); returns a stop function.
 */
export function watchForUpdate(onwaiting: (worker: ServiceWorker) => void, ontakenover: () => void = () => {}): () => void {
	if (!('serviceWorker' in navigator)) return () => {};
	const container = navigator.serviceWorker;
	let stopped = false;
	let registration: ServiceWorkerRegistration | null = null;

	// A page that already had a controller runs an old build: it reloads into the new one. The
	// first visit's worker claiming the page changes nothing the page shows, unless it serves
	// another build: then the page says so rather than mix the two.
	let controller = container.controller;
	const onControllerChange = () => {
		if (controller) location.reload();
		controller = container.controller;
		if (controller)
			versionOf(controller)
				.then((served) => {
					if (!stopped && served !== null && served !== version) ontakenover();
				})
				// A worker that cannot say its version is taken to serve this build.
				.catch(() => {});
	};
	container.addEventListener('controllerchange', onControllerChange);

	const offer = (worker: ServiceWorker | null) => {
		if (!worker || stopped) return;
		const ifWaiting = () => {
			if (worker.state === 'installed' && container.controller) onwaiting(worker);
		};
		if (worker.state === 'installing') worker.addEventListener('statechange', ifWaiting);
		else ifWaiting();
	};
	const onUpdateFound = () => offer(registration?.installing ?? null);
	const check = () => {
		if (document.visibilityState === 'visible') registration?.update().catch(() => {});
	};

	// `ready` never rejects: it waits for an active worker.
	void container.ready.then((reg) => {
		if (stopped) return;
		registration = reg;
		offer(reg.waiting ?? reg.installing);
		reg.addEventListener('updatefound', onUpdateFound);
	});
	const timer = setInterval(check, UPDATE_CHECK_MS);
	document.addEventListener('visibilitychange', check);

	return () => {
		stopped = true;
		clearInterval(timer);
		document.removeEventListener('visibilitychange', check);
		container.removeEventListener('controllerchange', onControllerChange);
		registration?.removeEventListener('updatefound', onUpdateFound);
	};
}

/** Lets the waiting worker take over; `watchForUpdate` reloads the page when it has. */
export function applyUpdate(worker: ServiceWorker): void {
	worker.postMessage({ type: SKIP_WAITING });
}
