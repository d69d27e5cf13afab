/**
 * How a bundle file that did not come is told: to a reader who waits for it (whyNotLoaded), or
 * in the message of the part that failed (unloaded). Both read the status fetchBytes puts at
 * the end of its message ("… (HTTP 503)").
 */
import { BundleChanged } from '../corpus/bundle';

/** The HTTP status at the end of a fetch's error message ("HTTP 503"), or null. */
function statusOf(err: Error): string | null {
	return /\((HTTP \d+)\)$/.exec(err.message)?.[1] ?? null;
}

/** Why a bundle file did not come, in the words a reader is given: "HTTP 503", "no connection", or the error's own. */
export function whyNotLoaded(err: Error): string {
	if (err.message === 'Failed to fetch' || err.name === 'TypeError') return 'no connection';
	return statusOf(err) ?? err.message;
}

/**
 * Says which part failed: "the search index could not be loaded (HTTP 500)"; a damaged file
 * (whose message names its part) or another build says so itself.
 */
export function unloaded(part: string, err: Error): Error {
	if (err instanceof BundleChanged || err.message.startsWith(part)) return err;
	return new Error(`${part} could not be loaded (${statusOf(err) ?? err.message})`, { cause: err });
}
