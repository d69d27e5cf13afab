/** What the page posts to a waiting service worker when the reader accepts the update. */
export const SKIP_WAITING = 'wirescope:skip-waiting';
/** What the page asks a service worker to learn which build it serves; it answers on the message's port with { version }. */
export const VERSION = 'wirescope:version';
/** What the page asks of the corpus kept offline; the worker answers on the message's port with an OfflineReport. */
export const OFFLINE_STATUS = 'wirescope:offline-status';
/** Keep the whole corpus offline: the worker answers on the port with OfflineReports as files arrive, the last with `done`. */
export const KEEP_OFFLINE = 'wirescope:keep-offline';
/** Keep these corpus files (`paths`), fetched before the worker took the page over: what the visit used stays offline too. */
export const KEEP_VISITED = 'wirescope:keep-visited';
/** Keep only the corpus files every visit needs (and those visits use from then on). */
export const REMOVE_OFFLINE = 'wirescope:remove-offline';

export interface OfflineReport {
	/** The corpus's files, and how many the worker holds. */
	files: number;
	kept: number;
	/** What the whole corpus weighs (the build says), in bytes. */
	bytes: number;
	/** The corpus is small and kept whole without asking, or the reader asked to keep it. */
	mode: 'auto' | 'asked' | 'visited';
	/** Set on the last report of a KEEP_OFFLINE: null when every file is kept, else why not. */
	done?: string | null;
}
