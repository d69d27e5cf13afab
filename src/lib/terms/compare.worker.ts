/// <reference lib="webworker" />
/**
 * The compare page's distinctive terms, off its thread: reads the bundle's term table and the
 * chosen collections' articles (from IndexedDB) and sets the two sides' terms against each other.
 */
import { appendAll } from '../append';
import { listCollections, readArticles } from '../collections/store';
import { fetchChecked } from '../load/retry';
import { compareTerms, type TermLists } from './rank';
import { answerCalls, type ToWorker } from '../worker-calls';
import { joinTables } from './term-store';
import { readTermTable, type TermSource, type TermTable } from './term-table';

/** A side of the comparison: the bundled corpus or an imported collection (its id). */
export type CompareSide = 'bundled' | { collection: string };
/** The compare worker's one call (see worker-calls.ts): each side's distinctive terms against the other. */
export type CompareCalls = {
	compare: { ask: { termsUrl: string; sides: [CompareSide, CompareSide] }; answer: [TermLists, TermLists] };
};

let bundle: Promise<TermTable> | null = null;

/** Article indices `from` to `to` (exclusive). */
const range = (from: number, to: number) => Int32Array.from({ length: to - from }, (_, k) => from + k);

async function compare({ termsUrl, sides }: CompareCalls['compare']['ask']): Promise<[TermLists, TermLists]> {
	bundle ??= fetchChecked(termsUrl, readTermTable);
	const table = await bundle;
	const bundled = table.start.length - 1;
	const records = await listCollections();
	const sources: TermSource[] = [];
	const rows: Int32Array[] = [];
	for (const side of sides) {
		if (side === 'bundled') {
			rows.push(range(0, bundled));
			continue;
		}
		const record = records.find((r) => r.id === side.collection);
		if (!record) throw new Error('a collection compared is no longer stored');
		const from = bundled + sources.length;
		appendAll(sources, await readArticles(record));
		rows.push(range(from, bundled + sources.length));
	}
	return compareTerms(sources.length ? joinTables(table, bundled, sources) : table, rows[0], rows[1]);
}

const calls = answerCalls<CompareCalls>(
	{
		compare: (ask) =>
			compare(ask).catch((err: Error) => {
				// The term table is fetched again for the next request.
				bundle = null;
				throw err;
			})
	},
	(message, transfer) => self.postMessage(message, transfer)
);
self.onmessage = (event: MessageEvent<ToWorker<CompareCalls>>) => calls.receive(event.data);
