/**
 * npm run bench:captures [-- --dir ../shared/captures] [--quiet]
 * Parses a labelled set of real captures in place (`<dir>/articles/*.txt`, labels in
 * `<dir>/manifest.json`, see that folder's README) and prints, per field, how many the parser
 * reads as a careful person does, then every miss: file, expected, got. The captures' text is
 * read, never copied into the project. `--quiet` leaves the misses out.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticleSafely } from '../src/lib/corpus/parse';
import type { Article } from '../src/lib/corpus/types';

interface Label {
	file: string;
	title: string | null;
	published: string | null;
	dateline_place: string | null;
	byline: string | null;
	agency: string | null;
	countries: string[];
}

const at = process.argv.indexOf('--dir');
const dir = resolve(at > 0 ? process.argv[at + 1] : '../shared/captures');
const quiet = process.argv.includes('--quiet');
const labels = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Label[];

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
/** The parser says its title is a guess: no title line (the first sentence stands in), or a choice among rivals. */
const titleGuessed = (a: Article) => a.warnings.some((w) => /no title line found|headline chosen among|headline taken from a line/.test(w));

interface Field {
	name: string;
	right: number;
	of: number;
	misses: [file: string, expected: string, got: string][];
}
const field = (name: string): Field => ({ name, right: 0, of: 0, misses: [] });
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

function score(f: Field, file: string, ok: boolean, expected: string | null, got: string | null | undefined) {
	f.of++;
	if (ok) f.right++;
	else f.misses.push([file, expected ?? '(none)', got ?? '(none)']);
}

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

const pct = (f: Field) => (f.of ? `${((100 * f.right) / f.of).toFixed(0)}%` : '–');
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
console.log(`bench:captures: ${labels.length} captures in ${dir}\n`);
console.log('| field | right | of | share |');
console.log('| --- | ---: | ---: | ---: |');
for (const f of Object.values(fields)) console.log(`| ${f.name} | ${f.right} | ${f.of} | ${pct(f)} |`);
console.log(
	`| country mentions: F1 ${((2 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(3)} (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}) | ${tp} | ${tp + fn} | |`
);
if (!quiet) {
	for (const f of Object.values(fields)) {
		if (!f.misses.length) continue;
		console.log(`\n${f.name}: ${f.misses.length} missed`);
		for (const [file, expected, got] of f.misses)
			console.log(`  ${file}\n    expected ${JSON.stringify(expected)}\n    got      ${JSON.stringify(got)}`);
	}
	if (countryMisses.length) {
		console.log(`\ncountries: ${countryMisses.length} captures differ`);
		for (const [file, missing, extra] of countryMisses) console.log(`  ${file}: ${missing}; ${extra}`);
	}
}
