import { describe, expect, it } from 'vitest';
import { synthCorpus } from '../corpus/synth-corpus';
import { toArticleMeta } from '../corpus/bundle';
import { bylineFacet } from '../provenance/bylines';
import { provenanceColumns } from '../provenance/columns';
import { filedMatrix } from '../provenance/filed';
import { codeReport, codeSequences } from '../provenance/news-codes';
import { buildColumns, concatColumns, packColumns, unpackColumns } from './article-columns';
import { buildCodeColumns, concatCodeColumns, packCodeColumns, provenanceOf, unpackCodeColumns } from './code-columns';

const articles = synthCorpus(400).map((a) => toArticleMeta(a));
// Rows a search might give: every third article, and a stretch in the middle.
const rowSets = [
	Int32Array.from(articles.keys()),
	Int32Array.from({ length: 133 }, (_, i) => 3 * i),
	Int32Array.from({ length: 50 }, (_, i) => 180 + i)
];

/** What the three views of provenance show of `rows`, counted from the given columns. */
function views(c: ReturnType<typeof provenanceColumns>, rows: Int32Array) {
	const sequences = codeSequences(c);
	return {
		filed: filedMatrix(c, rows),
		bylines: bylineFacet(c, rows),
		codes: sequences.map((seq) => ({ seq, report: codeReport(seq, null, null) }))
	};
}

describe('provenanceOf', () => {
	it("shows the same filed-from matrix, bylines and news codes as every article's metadata", () => {
		const fromMeta = provenanceColumns(articles);
		const fromColumns = provenanceOf(
			unpackColumns(packColumns(buildColumns(articles))),
			unpackCodeColumns(packCodeColumns(buildCodeColumns(articles)))
		);
		expect(fromMeta.sequences.list.length).toBeGreaterThan(1);
		expect(fromMeta.bylines.list.length).toBeGreaterThan(1);
		for (const rows of rowSets) expect(views(fromColumns, rows)).toEqual(views(fromMeta, rows));
	});

	it('counts imported articles after the bundle, a place they print first shown as they print it', () => {
		const bundle = articles.slice(0, 250);
		const imported = articles
			.slice(250)
			.map((a) => (a.dateline ? { ...a, dateline: { ...a.dateline, place: `Port ${a.dateline.place}` } } : a));
		const [bundled, added] = [buildColumns(bundle), buildColumns(imported)];
		const joined = concatColumns(bundled, added);
		const codes = concatCodeColumns(buildCodeColumns(bundle), buildCodeColumns(imported));
		const both = [...bundle, ...imported];
		for (const rows of rowSets) expect(views(provenanceOf(joined, codes), rows)).toEqual(views(provenanceColumns(both), rows));
		expect(codes.placeNames).toContain(imported.find((a) => a.dateline)!.dateline!.place);
	});
});

describe('packCodeColumns', () => {
	it('keeps stamps and news codes exactly, missing ones missing', () => {
		const odd = articles.slice(0, 20).map((a, i) => ({
			...a,
			publishedAt: i === 3 ? null : i === 5 ? '1901-02-03' : a.publishedAt,
			newsCode: i === 7 ? '999999999999999' : i === 8 ? 'A-12' : a.newsCode
		}));
		const built = buildCodeColumns(odd);
		const read = unpackCodeColumns(packCodeColumns(built));
		expect([...read.time]).toEqual([...built.time]);
		expect([...read.code]).toEqual([...built.code]);
		expect(Number.isNaN(read.time[3])).toBe(true);
		expect(read.code[7]).toBe(999999999999999);
		expect(Number.isNaN(read.code[8])).toBe(true);
		expect([...read.sequenceAt]).toEqual([...built.sequenceAt]);
	});

	it('refuses bytes cut short with a message a person can act on', () => {
		const bytes = packCodeColumns(buildCodeColumns(articles));
		expect(() => unpackCodeColumns(bytes.subarray(0, bytes.length - 3))).toThrow(/news code columns file is damaged/);
		expect(() => unpackCodeColumns(new TextEncoder().encode('<html>'))).toThrow(/damaged/);
	});
});
