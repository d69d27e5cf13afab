import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readMetaPieces } from '../corpus/bundle';
import { toMetaPieces } from '../corpus/bundle-write';
import { synthCorpus } from '../corpus/synth-corpus';
import type { ListedCollection } from '../collections/types';
import { CollectionShelf } from './collections';
import { Explorer } from './explorer.svelte';
import type { CorpusSession } from './session';

/** This browser's stored collections, as the store reads and writes them. */
const stored = new Map<string, ListedCollection>();
let failing: string | null = null;
vi.mock('../collections/store', () => ({
	readListedCollections: () => Promise.resolve([...stored.values()]),
	updateCollection: (c: ListedCollection) => (failing ? Promise.reject(new Error(failing)) : Promise.resolve(void stored.set(c.id, c))),
	deleteCollection: (id: string) => (failing ? Promise.reject(new Error(failing)) : Promise.resolve(void stored.delete(id))),
	readMetaPieces: () => (async function* () {})()
}));

const metas = readMetaPieces(toMetaPieces(synthCorpus(30), []));
const collection = (id: string, name: string, from: number, to: number): ListedCollection => ({
	id,
	name,
	hidden: false,
	createdAt: '2026-12-01T00:00:00Z',
	files: [],
	rejected: [],
	pieces: 1,
	metas: metas.slice(from, to).map((m) => ({ ...m, id: `${id}-${m.id}`, collection: name }))
});

/** A shelf over a bundle of 10 articles, with a session that counts how often the worker is told of the collections. */
function shelf() {
	const ex = new Explorer();
	ex.bundled = metas.slice(20);
	let told = 0;
	const session = { importsChanged: () => told++ } as unknown as CorpusSession;
	return { ex, shelf: new CollectionShelf(ex, session), told: () => told };
}

beforeEach(() => {
	stored.clear();
	failing = null;
	stored.set('a', collection('a', 'Mehr, May', 0, 10));
	stored.set('b', collection('b', 'Tasnim, June', 10, 15));
});

describe('imported collections on the shelf', () => {
	it('join the bundle’s articles once read, in order, and the worker is told', async () => {
		const { ex, shelf: s, told } = shelf();
		await s.load();
		expect(ex.collectionsRead).toBe(true);
		expect(ex.articles).toHaveLength(25);
		expect(ex.articles[10].collection).toBe('Mehr, May');
		expect(told()).toBe(1);
	});

	it('leave the results when hidden or removed, and come back when shown again; the store first', async () => {
		const { ex, shelf: s } = shelf();
		await s.load();
		await s.setHidden('a', true);
		expect(stored.get('a')!.hidden).toBe(true);
		expect(ex.articles).toHaveLength(15);
		await s.setHidden('a', false);
		expect(ex.articles).toHaveLength(25);
		await s.remove('b');
		expect(stored.has('b')).toBe(false);
		expect(ex.collections.map((c) => c.id)).toEqual(['a']);
		expect(ex.articles).toHaveLength(20);
	});

	it('rename every article’s badge with the collection', async () => {
		const { ex, shelf: s } = shelf();
		await s.load();
		await s.rename('b', '  Tasnim, all of June ');
		expect(ex.collections[1].name).toBe('Tasnim, all of June');
		expect(ex.collections[1].metas.every((m) => m.collection === 'Tasnim, all of June')).toBe(true);
	});

	it('stay as they were, with a note saying why, when the store refuses a change', async () => {
		const { ex, shelf: s } = shelf();
		await s.load();
		failing = 'QuotaExceededError: the browser refused to store more';
		await s.remove('a');
		expect(ex.collections.map((c) => c.id)).toEqual(['a', 'b']);
		expect(ex.importNote).toEqual({ text: 'QuotaExceededError: the browser refused to store more', error: true });
	});
});
