/**
 * The compare page's state: the collections to choose from (the bundled corpus, described by
 * its first piece, and each imported collection), the two chosen, and each side's distinctive
 * terms, counted in a worker. Every field is written here only, through the methods below; the
 * page reads them. The network and the worker are handed in, so the loading is tested without
 * a browser.
 */
import type { Collection } from '../collections/types';
import type { MetaFile } from '../corpus/bundle';
import { shareDifferences, sideOfArticles, sideOfCorpus, type CompareSide } from '../corpus/compare';
import type { CompareCalls, CompareSide as TermSide } from '../terms/compare.worker';
import { Caller, type FromWorker } from '../worker-calls';
import type { TermLists } from '../terms/rank';

export interface CompareChoice {
	id: string;
	name: string;
	side: CompareSide;
}

/** What the state is given: where the corpus's files are, and how to fetch, read collections and start the terms' worker. */
export interface CompareSources {
	metaUrl: string;
	termsUrl: string;
	/** The first piece, as JSON (load/retry's fetchJson in the page). */
	fetchHead: (url: string) => Promise<unknown>;
	readCollections: () => Promise<Collection[]>;
	startWorker: () => Worker;
}

export const BUNDLED = 'bundled';

export class CompareState {
	choices = $state.raw<CompareChoice[]>([]);
	error = $state<string | null>(null);
	idA = $state(BUNDLED);
	idB = $state('');
	terms = $state.raw<{ lists: [TermLists, TermLists] | null; error: string | null }>({ lists: null, error: null });

	readonly a = $derived(this.choices.find((c) => c.id === this.idA));
	readonly b = $derived(this.choices.find((c) => c.id === this.idB));
	readonly differences = $derived(this.a && this.b ? shareDifferences(this.a.side, this.b.side) : []);

	private worker: { worker: Worker; caller: Caller<CompareCalls> } | null = null;

	constructor(private sources: CompareSources) {}

	/** Reads the bundled corpus's first piece and the imported collections; the second choice is the first collection. */
	async load(): Promise<void> {
		try {
			const [head, collections] = await Promise.all([this.sources.fetchHead(this.sources.metaUrl), this.sources.readCollections()]);
			const meta = head as MetaFile;
			if (typeof meta?.articleCount !== 'number') throw new Error('the corpus’s first piece is not a wirescope file (reload)');
			this.choices = [
				{ id: BUNDLED, name: 'Bundled corpus', side: sideOfCorpus(meta) },
				...collections.map((c) => ({ id: c.id, name: c.name, side: sideOfArticles(c.articles) }))
			];
			this.idB = this.choices[1]?.id ?? BUNDLED;
		} catch (err) {
			this.error = `The collections could not be loaded: ${(err as Error).message}`;
		}
	}

	/** Chooses the first (`a`) or second (`b`) collection. */
	pick(which: 'a' | 'b', id: string): void {
		if (which === 'a') this.idA = id;
		else this.idB = id;
	}

	/** Counts each side's distinctive terms against the other, when two different collections are chosen; a newer count replaces an older one. */
	countTerms(): void {
		const { a, b } = this;
		if (!a || !b || a.id === b.id) return;
		this.terms = { lists: null, error: null };
		const { caller } = (this.worker ??= this.connect());
		const side = (c: CompareChoice): TermSide => (c.id === BUNDLED ? 'bundled' : { collection: c.id });
		// A newer count answers this one null: only the latest is shown.
		caller.call('compare', { termsUrl: this.sources.termsUrl, sides: [side(a), side(b)] }, { lane: 'terms' }).then(
			(lists) => {
				if (lists) this.terms = { lists, error: null };
			},
			(err: Error) => (this.terms = { lists: null, error: err.message })
		);
	}

	private connect(): { worker: Worker; caller: Caller<CompareCalls> } {
		const worker = this.sources.startWorker();
		const caller = new Caller<CompareCalls>((message, transfer) => worker.postMessage(message, transfer));
		worker.onmessage = (e: MessageEvent<FromWorker>) => caller.receive(e.data);
		worker.onerror = (e) => caller.failAll(new Error(e.message || 'the compare worker failed'));
		return { worker, caller };
	}

	destroy(): void {
		this.worker?.worker.terminate();
		this.worker = null;
	}
}

/** A side's days as the timeline takes them: one entry per dated article. */
export function daysOf(side: CompareSide): string[] {
	return side.days.flatMap(([day, n]) => Array<string>(n).fill(day));
}
