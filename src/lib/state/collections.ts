/**
 * Connects the explorer state to the collections kept in this browser: loads them, imports
 * picked or dropped files through the import worker, and renames, hides and deletes them.
 * Every change is stored first and shown second, so what is shown is what survives a reload
 * (the import worker stores new collections itself).
 */
import { importInWorker } from '../collections/import-client';
import { nameForImport } from '../collections/import-name';
import type { PickedFile } from '../collections/picked-files';
import { deleteCollection, readCollections, updateCollection } from '../collections/store';
import type { Collection } from '../collections/types';
import { plural } from '../format';
import type { Explorer } from './explorer.svelte';
import type { CorpusSession } from './session';

export class CollectionShelf {
	constructor(
		private ex: Explorer,
		private session: CorpusSession
	) {}

	private show(collections: Collection[]) {
		this.ex.collections = collections;
		this.session.importsChanged();
	}

	private note(text: string, error = false) {
		this.ex.importNote = { text, error };
	}

	async load(): Promise<void> {
		try {
			this.show(await readCollections());
		} catch (err) {
			this.note(`Imported collections could not be read from this browser's storage: ${(err as Error).message}`, true);
		}
	}

	async import(picked: PickedFile[]): Promise<void> {
		const ex = this.ex;
		if (!picked.length || ex.importing) return;
		ex.importing = { done: 0, total: picked.length, phase: 'reading' };
		ex.importNote = null;
		try {
			const known = ex.collections.flatMap((c) => c.files.map((f) => f.hash));
			const { collection, skipped: skippedFiles } = await importInWorker(
				picked,
				{
					knownHashes: known,
					collection: {
						id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
						name: nameForImport(picked.map((p) => p.name)),
						createdAt: new Date().toISOString()
					}
				},
				(p) => (ex.importing = p)
			);
			const skipped = skippedFiles ? `; ${plural(skippedFiles, 'file')} already imported, skipped` : '';
			if (!collection) {
				this.note(`Nothing new to import${skipped}.`);
				return;
			}
			this.show([...ex.collections, collection]);
			this.note(`Imported “${collection.name}”: ${plural(collection.articles.length, 'article')}, ${plural(collection.rejected.length, 'file')} rejected${skipped}.`);
		} catch (err) {
			this.note((err as Error).message, true);
		} finally {
			ex.importing = null;
		}
	}

	private async change(id: string, patch: Partial<Pick<Collection, 'name' | 'hidden'>>) {
		const old = this.ex.collections.find((c) => c.id === id);
		if (!old) return;
		const changed = { ...old, ...patch };
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
