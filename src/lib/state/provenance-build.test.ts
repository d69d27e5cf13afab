import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../corpus/bundle';
import { bylineFacet } from '../provenance/bylines';
import { provenanceColumns } from '../provenance/columns';
import { SLICE, buildProvenance } from './provenance-build';

const article = (k: number) =>
	({
		id: String(k),
		dateline: { place: k % 3 ? 'Tehran' : 'Mashhad', date: null, agency: 'IRNA', country: 'IR' },
		countries: [],
		byline: null,
		journalistId: String(k % 7),
		publishedAt: `2020-0${1 + (k % 9)}-01T10:00`,
		newsCode: String(1000 + k),
		url: `https://en.irna.ir/news/${1000 + k}/`
	}) as unknown as ArticleMeta;

describe('buildProvenance', () => {
	const articles = Array.from({ length: SLICE * 2 + 10 }, (_, k) => article(k));
	const rows = Int32Array.from(articles.keys());

	it('builds in slices what one pass builds, a task between slices and sequences', async () => {
		let tasks = 0;
		const built = (await buildProvenance(
			articles,
			null,
			() => false,
			async () => void tasks++
		))!;
		expect(tasks).toBe(3 + 1);
		expect(bylineFacet(built.columns, rows)).toEqual(bylineFacet(provenanceColumns(articles), rows));
		expect(built.sequences.map((s) => [s.name, s.order.length])).toEqual([['en.irna.ir', articles.length]]);
	});

	it('resumes from the columns of the same first articles, and starts again for others', async () => {
		let first: { articles: readonly ArticleMeta[]; columns: ReturnType<typeof provenanceColumns> } | null = null;
		const part = articles.slice(0, SLICE + 5);
		await buildProvenance(
			part,
			null,
			() => false,
			async () => {},
			(columns) => (first = { articles: part, columns })
		);
		let tasks = 0;
		const more = (await buildProvenance(
			articles,
			first,
			() => false,
			async () => void tasks++
		))!;
		// Only the articles after the first part are filled again: two slices, then the one sequence.
		expect(tasks).toBe(2 + 1);
		expect(more.columns).toBe(first!.columns);
		expect(bylineFacet(more.columns, rows)).toEqual(bylineFacet(provenanceColumns(articles), rows));
		const other = (await buildProvenance(
			articles.slice(1),
			first,
			() => false,
			async () => {}
		))!;
		expect(other.columns).not.toBe(first!.columns);
	});

	it('gives nothing when stopped, so that a newer list of articles wins', async () => {
		let stop = false;
		const pending = buildProvenance(
			articles,
			null,
			() => stop,
			async () => void (stop = true)
		);
		expect(await pending).toBeNull();
	});
});
