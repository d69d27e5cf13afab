/**
 * Connects the explorer state to its data: loads the corpus bundle, starts the search
 * worker, and applies search answers. Only the newest query's answer is applied.
 */
import { SearchClient } from '../search/client';
import { toSearchDoc } from '../search/documents';
import type { Explorer } from './explorer.svelte';
import { fetchCorpus } from './fetch-corpus';

export class CorpusSession {
	private client: SearchClient | null = null;

	constructor(
		private ex: Explorer,
		private bundleUrl: string
	) {}

	async load(): Promise<void> {
		const ex = this.ex;
		ex.load = { status: 'loading', loaded: 0, total: null };
		try {
			const corpus = await fetchCorpus(this.bundleUrl, (loaded, total) => (ex.load = { status: 'loading', loaded, total }));
			this.client?.destroy();
			this.client = new SearchClient(corpus.articles.map(toSearchDoc));
			await this.client.ready;
			ex.articles = corpus.articles;
			ex.rejectedCount = corpus.rejected.length;
			ex.load = { status: 'ready' };
		} catch (err) {
			ex.load = { status: 'error', message: (err as Error).message };
		}
	}

	search(q: string): void {
		const ex = this.ex;
		if (!this.client) return;
		if (!q.trim()) {
			ex.hits = null;
			ex.searchedQuery = q;
			ex.searchError = null;
			return;
		}
		this.client.search(q).then((outcome) => {
			if (!outcome) return;
			ex.searchedQuery = q;
			if ('error' in outcome) ex.searchError = outcome.error;
			else {
				ex.hits = outcome.hits;
				ex.searchError = null;
			}
		});
	}

	destroy(): void {
		this.client?.destroy();
	}
}
