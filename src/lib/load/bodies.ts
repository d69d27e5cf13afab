/**
 * The bundle's body chunks (corpus/bodies/N.json: the bodies of CHUNK articles each), fetched
 * through the one retry policy's fetchChecked: a damaged copy (a host's error page sent as the
 * chunk) is fetched once more past every cache. A chunk is asked for once here; the reader
 * that waits for it asks again on the same pauses, saying why meanwhile (see state/bodies.ts).
 */
import type { Body } from '../corpus/bundle';
import { nextTask } from '../next-task';
import { fetchChecked } from './retry';

/** A body chunk's bodies, read from its bytes; an error a person can act on when they are no such list. */
export function readChunk(bytes: Uint8Array): Body[] {
	const damaged = () => new Error('the article text file is damaged (reload, or rebuild the site)');
	let bodies: unknown;
	try {
		bodies = JSON.parse(new TextDecoder().decode(bytes));
	} catch {
		throw damaged();
	}
	const isBody = (b: unknown) => !!b && typeof (b as Body).id === 'string' && Array.isArray((b as Body).paragraphs);
	if (!Array.isArray(bodies) || !bodies.every(isBody)) throw damaged();
	return bodies as Body[];
}

/** Body chunk `url`, asked for once. */
export function fetchChunk(url: string): Promise<Body[]> {
	return fetchChecked(url, readChunk, []);
}

/** The last chunk read in turn (see fetchChunkInTurn). */
let turn: Promise<unknown> = Promise.resolve();

/**
 * Body chunk `url`, asked for once and read in a task of its own: chunks fetched side by side
 * (a sample of results spans many) often arrive together, and reading each (some milliseconds
 * of JSON) in the one task they arrived in would hold the page.
 */
export function fetchChunkInTurn(url: string): Promise<Body[]> {
	return fetchChecked(
		url,
		(bytes) => {
			const read = turn.then(nextTask).then(() => readChunk(bytes));
			turn = read.catch(() => {});
			return read;
		},
		[]
	);
}
