/**
 * The page's side of keeping the corpus offline: asks the service worker that controls the page
 * how much of the corpus it holds, to keep all of it (reporting as files arrive), or to keep only
 * what visits use. See src/service-worker.ts.
 */
import { KEEP_OFFLINE, KEEP_VISITED, OFFLINE_STATUS, REMOVE_OFFLINE, type OfflineReport } from './messages';

/** How long a worker may take to say what it holds before the page stops asking. */
const ANSWER_MS = 5000;

/**
 * Posts `type` to the worker controlling the page, calling `onreport` with each answer until
 * `last` says it was the last; resolves with that one, or null when no worker answers.
 */
function ask(
	type: string,
	last: (report: OfflineReport) => boolean,
	onreport?: (report: OfflineReport) => void
): Promise<OfflineReport | null> {
	const worker = navigator.serviceWorker?.controller;
	if (!worker) return Promise.resolve(null);
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		let timer = setTimeout(() => resolve(null), ANSWER_MS);
		channel.port1.onmessage = (e: MessageEvent<OfflineReport>) => {
			clearTimeout(timer);
			onreport?.(e.data);
			if (last(e.data)) {
				channel.port1.close();
				resolve(e.data);
			} else timer = setTimeout(() => resolve(null), ANSWER_MS * 6);
		};
		worker.postMessage({ type }, [channel.port2]);
	});
}

/** What the worker holds of the corpus; null when no worker controls the page (plain HTTP, the first visit). */
export function offlineStatus(): Promise<OfflineReport | null> {
	return ask(OFFLINE_STATUS, () => true);
}

/** Keeps the whole corpus offline, `onprogress` seeing each report; resolves with the last (its `done` says whether all is kept). */
export function keepOffline(onprogress: (report: OfflineReport) => void): Promise<OfflineReport | null> {
	return ask(KEEP_OFFLINE, (r) => r.done !== undefined, onprogress);
}

/** Keeps only what visits need and use; resolves with what the worker then holds. */
export function removeOffline(): Promise<OfflineReport | null> {
	return ask(REMOVE_OFFLINE, () => true);
}

/**
 * Hands the worker that now controls the page the corpus files the page fetched before it did
 * (the first piece, body chunks read on the first visit), so that what the visit used is kept.
 */
export function keepVisited(): void {
	const worker = navigator.serviceWorker?.controller;
	if (!worker) return;
	const paths = performance
		.getEntriesByType('resource')
		.map((e) => new URL(e.name))
		.filter((url) => url.origin === location.origin && url.pathname.includes('/corpus/'))
		.map((url) => url.pathname);
	if (paths.length) worker.postMessage({ type: KEEP_VISITED, paths: [...new Set(paths)] });
}
