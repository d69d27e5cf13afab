/**
 * Scores the parser on a labelled set of real captures (`<dir>/articles/*.txt`, labels in
 * `<dir>/manifest.json`, see that folder's README): per field, the captures read as a careful
 * person reads them, with every miss. The captures' text is read in place, never copied into
 * the project. Used by `npm run bench:captures` and by `captures.test.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleSafely } from '../../src/lib/corpus/parse';
import type { Article } from '../../src/lib/corpus/types';

interface Label {
	file: string;
	title: string | null;
	published: string | null;
	dateline_place: string | null;
	byline: string | null;
	agency: string | null;
	countries: string[];
}

export interface Field {
	name: string;
	right: number;
	of: number;
	misses: [file: string, expected: string, got: string][];
}

export interface CaptureScores {
	captures: number;
	fields: Record<'title' | 'noTitle' | 'date' | 'noDate' | 'place' | 'byline' | 'agency', Field>;
	countries: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; misses: [string, string, string][] };
}

/** Where the development set is looked for when CAPTURES_DIR is not set: beside the project, then where this team's machines keep it. */
const CAPTURES_PLACES = [fileURLToPath(new URL('../../../shared/captures', import.meta.url)), '/work/shared/captures'];

/** The development set: `dir`, else `CAPTURES_DIR`, else the first of CAPTURES_PLACES that holds one (the first when none does). */
export function capturesDir(dir?: string): string {
	const given = dir ?? process.env.CAPTURES_DIR;
	if (given) return resolve(given);
	return CAPTURES_PLACES.find((place) => existsSync(join(place, 'manifest.json'))) ?? CAPTURES_PLACES[0];
}

export function hasCaptures(dir = capturesDir()): boolean {
	return existsSync(join(dir, 'manifest.json'));
}

/** Text as compared: spaces collapsed, typographic quotes and dashes as plain ones. */
const plain = (s: string) =>
	s
		.normalize('NFKC')
		.replace(/[‘’‛′]/g, "'")
		.replace(/[“”„″]/g, '"')
		.replace(/[‐-―−]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
/** The same, and case left aside: places, bylines and agencies are printed in capitals as often as not. */
const folded = (s: string | null | undefined) => (s ? plain(s).toLowerCase() : null);
/** The parser says its title is a guess: no title line (the first sentence stands in), a sentence-like line, or a choice among rivals. */
const titleGuessed = (a: Article) => a.warnings.some((w) => /no title line found|headline chosen among|headline taken from a line/.test(w));

const field = (name: string): Field => ({ name, right: 0, of: 0, misses: [] });

export function scoreCaptures(dir = capturesDir()): CaptureScores {
	const labels = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Label[];
	const fields = {
		title: field('headline (labelled)'),
		noTitle: field('no headline: the title is said to be a guess'),
		date: field('publication date (printed)'),
		noDate: field('no date printed: none given'),
		place: field('dateline place'),
		byline: field('byline'),
		agency: field('agency (from the dateline or a credit)')
	};
	let tp = 0;
	let fp = 0;
	let fn = 0;
	const countryMisses: [string, string, string][] = [];
	const score = (f: Field, file: string, ok: boolean, expected: string | null, got: string | null | undefined) => {
		f.of++;
		if (ok) f.right++;
		else f.misses.push([file, expected ?? '(none)', got ?? '(none)']);
	};
	for (const label of labels) {
		const result = parseArticleSafely({ file: label.file, bytes: new Uint8Array(readFileSync(join(dir, 'articles', label.file))) });
		const a = 'article' in result ? result.article : null;
		const rejected = 'rejected' in result ? `(rejected: ${result.rejected.reason})` : null;
		if (label.title !== null)
			score(fields.title, label.file, !!a && plain(a.title) === plain(label.title), label.title, rejected ?? a?.title);
		else score(fields.noTitle, label.file, !!a && titleGuessed(a), '(a title said to be a guess)', rejected ?? a?.title);
		if (label.published !== null)
			score(fields.date, label.file, a?.publishedAt === label.published, label.published, rejected ?? a?.publishedAt);
		else score(fields.noDate, label.file, !!a && a.publishedAt === null, '(none)', rejected ?? a?.publishedAt);
		if (label.dateline_place !== null)
			score(
				fields.place,
				label.file,
				folded(a?.dateline?.place) === folded(label.dateline_place),
				label.dateline_place,
				rejected ?? a?.dateline?.place
			);
		if (label.byline !== null)
			score(fields.byline, label.file, folded(a?.byline) === folded(label.byline), label.byline, rejected ?? a?.byline);
		if (label.agency !== null)
			score(fields.agency, label.file, folded(a?.agency) === folded(label.agency), label.agency, rejected ?? a?.agency);
		const found = new Set(a?.countries.map((c) => c.code) ?? []);
		const wanted = new Set(label.countries);
		const extra = [...found].filter((c) => !wanted.has(c));
		const missing = [...wanted].filter((c) => !found.has(c));
		tp += [...found].filter((c) => wanted.has(c)).length;
		fp += extra.length;
		fn += missing.length;
		if (extra.length || missing.length)
			countryMisses.push([label.file, `missing ${missing.join(' ') || '-'}`, `extra ${extra.join(' ') || '-'}`]);
	}
	const precision = tp / Math.max(1, tp + fp);
	const recall = tp / Math.max(1, tp + fn);
	const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
	return { captures: labels.length, fields, countries: { tp, fp, fn, precision, recall, f1, misses: countryMisses } };
}
