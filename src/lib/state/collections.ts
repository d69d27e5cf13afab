/**
 * Connects the explorer state to the collections kept in this browser: loads them, imports
 * picked or dropped files through the import worker, and renames, hides and deletes them.
 * Every change is stored first and shown second, so what is shown is what survives a reload
 * (the import worker stores new collections itself; the page reads back their metadata alone).
 */
import { appendAll } from '../append';
import { ImportCancelled, importInWorker } from '../collections/import-client';
import { nameForImport } from '../collections/import-name';
import type { PickedFile } from '../collections/picked-files';
import { deleteCollection, readListedCollections, readMetaPieces, updateCollection } from '../collections/store';
import type { CollectionRecord, ListedCollection } from '../collections/types';
import type { ArticleMeta } from '../corpus/bundle';
import { plural } from '../format';
import type { Explorer } from './explorer.svelte';
import type { CorpusSession } from './session';

/**
 * A new collection's articles join the results this many at a time, the page redrawing in
 * between: each step's work stays short, and the collection grows in view.
 */
const SHOW_ARTICLES = 2500;
/**
 * The pause between steps, in which the page paints the step (the list at once, the charts one
 * per frame after it) and answers input before the next one.
 */
const SHOW_STEP_MS = 200;

/** A refusal of everything in an import names this many files and their reasons, then how many more. */
const NAMED_REJECTIONS = 3;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class CollectionShelf {
	constructor(
		private ex: Explorer,
		private session: CorpusSession
	) {}

	private show(collections: ListedCollection[]) {
		this.ex.collections = collections;
		this.session.importsChanged();
	}

	private note(text: string, error = false) {
		this.ex.importNote = { text, error };
	}

	async load(): Promise<void> {
		try {
			this.show(await readListedCollections());
		} catch (err) {
			this.note(`Imported collections could not be read from this browser's storage: ${(err as Error).message}`, true);
		} finally {
			this.ex.collectionsRead = true;
		}
	}

	/** Lists no imported collections (the embed): there are none to read. */
	listNone(): void {
		this.ex.collectionsRead = true;
	}

	/** Stops the import under way, if it is still reading. */
	cancelImport(): void {
		this.cancelling?.abort();
	}

	private cancelling: AbortController | null = null;

	async import(picked: PickedFile[]): Promise<void> {
		const ex = this.ex;
		if (!picked.length || ex.importing) return;
		const cancelling = (this.cancelling = new AbortController());
		ex.importing = { done: 0, total: picked.length, phase: 'reading' };
		ex.importNote = null;
		try {
			const known = ex.collections.flatMap((c) => c.files.map((f) => f.hash));
			const {
				record,
				articles,
				skipped: skippedFiles,
				rejected
			} = await importInWorker(
				picked,
				{
					knownHashes: known,
					collection: {
						id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
						name: nameForImport(picked.map((p) => p.name)),
						createdAt: new Date().toISOString()
					}
				},
				(p) => (ex.importing = p),
				cancelling.signal
			);
			const skipped = skippedFiles ? `; ${plural(skippedFiles, 'file')} already imported, skipped` : '';
			if (!record) {
				// A few reasons, and how many more: an archive of 300 bombs says so in one line.
				const named = rejected.slice(0, NAMED_REJECTIONS).map((r) => `${r.file}: ${r.reason}`);
				const more = rejected.length - named.length;
				const refused = more ? `${named.join('; ')}; and ${plural(more, 'more file')}` : named.join('; ');
				this.note(
					`Nothing new to import${skipped}${rejected.length ? `; ${plural(rejected.length, 'file')} rejected (${refused})` : ''}.`,
					rejected.length > 0
				);
				return;
			}
			const collection = await this.showStored(record, articles);
			this.note(
				`Imported “${collection.name}”: ${plural(collection.metas.length, 'article')}, ${plural(collection.rejected.length, 'file')} rejected${skipped}.`
			);
		} catch (err) {
			this.note((err as Error).message, !(err instanceof ImportCancelled));
		} finally {
			ex.importing = null;
			this.cancelling = null;
		}
	}

	/** Reads a stored collection's metadata back and adds it to the results in steps; the search worker learns of it at the end. */
	private async showStored(record: CollectionRecord, total: number): Promise<ListedCollection> {
		const ex = this.ex;
		const metas: ArticleMeta[] = [];
		const withThis = (c: ListedCollection) => [...ex.collections.filter((other) => other.id !== c.id), c];
		let shown = 0;
		for await (const piece of readMetaPieces(record)) {
			// Deleted while it was being shown: it stays deleted.
			if (shown && !ex.collections.some((c) => c.id === record.id)) return { ...record, metas };
			appendAll(metas, piece);
			ex.importing = { phase: 'showing', done: metas.length, total };
			if (metas.length - shown < SHOW_ARTICLES) continue;
			ex.collections = withThis({ ...record, metas: metas.slice() });
			shown = metas.length;
			await pause(SHOW_STEP_MS);
		}
		const collection = { ...record, metas };
		this.show(withThis(collection));
		return collection;
	}

	private async change(id: string, patch: Partial<Pick<ListedCollection, 'name' | 'hidden'>>) {
		const old = this.ex.collections.find((c) => c.id === id);
		if (!old) return;
		const changed = { ...old, ...patch };
		// Each article carries its collection's name, for its badge and the exports.
		if (patch.name !== undefined) changed.metas = old.metas.map((m) => ({ ...m, collection: patch.name }));
		try {
			await updateCollection(changed);
			this.show(this.ex.collections.map((c) => (c.id === id ? changed : c)));
		} catch (err) {
			this.note((err as Error).message, true);
		}
	}

	rename(id: string, name: string) {
		const trimmed = name.trim();
		if (trimmed) return this.change(id, { name: trimmed });
	}

	setHidden(id: string, hidden: boolean) {
		return this.change(id, { hidden });
	}

	async remove(id: string) {
		try {
			await deleteCollection(id);
			this.show(this.ex.collections.filter((c) => c.id !== id));
		} catch (err) {
			this.note((err as Error).message, true);
		}
	}
}
