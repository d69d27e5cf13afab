import { describe, expect, it } from 'vitest';
import { AnswerCache, RecentAnswers } from './answer-cache';
import type { ColumnAnswer } from './column-filter';
import type { SearchResult } from './engine';
import type { Filters } from './filter';

const noFilters = (): Filters => ({ from: null, to: null, countries: [], filed: [], bylines: [], agencies: [] });

const sized = (budget: number) => new AnswerCache<Int32Array>(budget, (a) => a.byteLength);

describe('AnswerCache', () => {
	it('gives back what it kept, and nothing for a query never answered', () => {
		const cache = sized(1000);
		cache.set('iran', Int32Array.of(1, 2, 3));
		expect([...cache.get('iran')!]).toEqual([1, 2, 3]);
		expect(cache.get('iraq')).toBeUndefined();
	});

	it('lets the least recently used answers go once past its budget', () => {
		const cache = sized(32); // four answers of two numbers
		for (const q of ['a', 'b', 'c', 'd']) cache.set(q, new Int32Array(2));
		cache.get('a'); // used again: "b" is now the oldest
		cache.set('e', new Int32Array(2));
		expect(cache.get('b')).toBeUndefined();
		expect(['a', 'c', 'd', 'e'].every((q) => cache.get(q))).toBe(true);
		expect(cache.bytes).toBe(32);
	});

	it('never keeps an answer bigger than its whole budget, nor loses others for it', () => {
		const cache = sized(16);
		cache.set('small', new Int32Array(2));
		cache.set('broad', new Int32Array(100));
		expect(cache.get('broad')).toBeUndefined();
		expect(cache.get('small')).toBeDefined();
	});

	it('counts an answer replaced under the same key once', () => {
		const cache = sized(100);
		cache.set('q', new Int32Array(5));
		cache.set('q', new Int32Array(3));
		expect(cache.bytes).toBe(12);
	});

	it('keeps nothing worked out before it was cleared (imported collections changed meanwhile)', () => {
		const cache = sized(100);
		cache.set('q', new Int32Array(1));
		const begun = cache.generation;
		cache.clear();
		expect(cache.get('q')).toBeUndefined();
		cache.set('q', new Int32Array(1), begun);
		expect(cache.get('q')).toBeUndefined();
		cache.set('q', new Int32Array(1), cache.generation);
		expect(cache.get('q')).toBeDefined();
	});
});

describe('RecentAnswers', () => {
	const result = (hits: number[]): SearchResult => ({
		hits: Int32Array.from(hits),
		scores: new Uint32Array(hits.length),
		words: ['iran'],
		partial: null,
		notes: [],
		suggestions: []
	});
	const counted = (rows: number[]): ColumnAnswer => ({
		rows: Int32Array.from(rows),
		days: [['2020-01-02', rows.length]],
		countries: { articles: [], mentions: null }
	});
	const view = { filters: noFilters(), sort: 'relevance' as const, measure: 'articles' as const };
	/** What posting an answer to the page does to its arrays: moves them away. */
	const post = (...arrays: ArrayBufferView[]) => structuredClone(null, { transfer: arrays.map((a) => a.buffer as ArrayBuffer) });

	it('gives each asker its own copy, so moving one to the page keeps the next', () => {
		const recent = new RecentAnswers();
		recent.keepResult('iran', result([4, 7]), recent.generation);
		const first = recent.result('iran')!;
		post(first.hits, first.scores);
		expect([...recent.result('iran')!.hits]).toEqual([4, 7]);
	});

	it('tells a query answered with nothing (null) from one never answered (undefined)', () => {
		const recent = new RecentAnswers();
		recent.keepResult('', null, recent.generation);
		expect(recent.result('')).toBeNull();
		expect(recent.result('iraq')).toBeUndefined();
	});

	it('counts a view again when its filters differ, not when the same view comes back', () => {
		const recent = new RecentAnswers();
		recent.keepCounted('iran', view, counted([1, 2, 3]), recent.generation);
		const kept = recent.counted('iran', { ...view })!;
		post(kept.rows);
		expect([...recent.counted('iran', view)!.rows]).toEqual([1, 2, 3]);
		expect(recent.counted('iran', { ...view, filters: { ...noFilters(), countries: ['KZ'] } })).toBeUndefined();
		expect(recent.counted('iran', { ...view, sort: 'date' })).toBeUndefined();
	});

	it('forgets both when imported collections change, and keeps no answer begun before', () => {
		const recent = new RecentAnswers();
		const begun = recent.generation;
		recent.keepResult('iran', result([1]), begun);
		recent.clear();
		expect(recent.result('iran')).toBeUndefined();
		recent.keepResult('iran', result([1]), begun);
		recent.keepCounted('iran', view, counted([1]), begun);
		expect(recent.result('iran')).toBeUndefined();
		expect(recent.counted('iran', view)).toBeUndefined();
	});
});
