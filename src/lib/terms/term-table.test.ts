import { describe, expect, it } from 'vitest';
import { synthCorpus } from '../corpus/synth-corpus';
import { buildTermTable, readTermTable, TERMS_PER_ARTICLE, writeTermTable } from './term-table';

describe('the term table', () => {
	const articles = synthCorpus(200);
	const table = buildTermTable(articles);

	it('keeps at most TERMS_PER_ARTICLE terms an article, each held by two articles or more', () => {
		for (let k = 0; k < articles.length; k++) expect(table.start[k + 1] - table.start[k]).toBeLessThanOrEqual(TERMS_PER_ARTICLE);
		expect(Math.min(...table.totals)).toBeGreaterThanOrEqual(1);
		expect(table.terms.length).toBe(new Set(table.terms).size);
	});

	it('round-trips through its file, with the build’s fingerprint, deflated', async () => {
		const file = writeTermTable(table, 'ws1-abc');
		const read = await readTermTable(file);
		// Lists of small numbers: the file is a fraction of the table's varints.
		expect(file.length).toBeLessThan(table.ids.length / 2);
		expect(read.build).toBe('ws1-abc');
		expect(read.terms).toEqual(table.terms);
		expect(Array.from(read.start)).toEqual(Array.from(table.start));
		expect(Array.from(read.ids)).toEqual(Array.from(table.ids));
		expect(Array.from(read.totals)).toEqual(Array.from(table.totals));
	});

	it('refuses bytes that are not a term table, and one cut short, saying so', async () => {
		await expect(readTermTable(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).rejects.toThrow(/term table is damaged or not a wirescope file/);
		const file = writeTermTable(table, 'ws1-abc');
		await expect(readTermTable(file.subarray(0, file.length - 20))).rejects.toThrow(/term table is cut short/);
	});

	it('leaves out a term only one article has, in a corpus of twenty or more', () => {
		const one = buildTermTable([
			...Array.from({ length: 30 }, () => ({ title: 'Weekly report', paragraphs: ['Officials met to review cooperation.'] })),
			{ title: 'Locust swarms reach Sistan', paragraphs: ['Locust swarms reached the farms of Sistan, officials said.'] }
		]);
		const last = Array.from(one.ids.subarray(one.start[30], one.start[31]), (id) => one.terms[id]);
		expect(last).not.toContain('locust');
		expect(last).toContain('officials');
	});
});
