/**
 * npm run bench:captures [-- --dir ../shared/captures] [--quiet]
 * Parses a labelled set of real captures in place (see captures/score.ts) and prints, per
 * field, how many the parser reads as a careful person does, then every miss: file, expected,
 * got. `--quiet` leaves the misses out.
 */
import { capturesDir, scoreCaptures, type Field } from './captures/score';

const at = process.argv.indexOf('--dir');
const dir = capturesDir(at > 0 ? process.argv[at + 1] : undefined);
const quiet = process.argv.includes('--quiet');
const { captures, fields, countries } = scoreCaptures(dir);

const pct = (f: Field) => (f.of ? `${((100 * f.right) / f.of).toFixed(0)}%` : '–');
console.log(`bench:captures: ${captures} captures in ${dir}\n`);
console.log('| field | right | of | share |');
console.log('| --- | ---: | ---: | ---: |');
for (const f of Object.values(fields)) console.log(`| ${f.name} | ${f.right} | ${f.of} | ${pct(f)} |`);
console.log(
	`| country mentions: F1 ${countries.f1.toFixed(3)} (precision ${countries.precision.toFixed(3)}, recall ${countries.recall.toFixed(3)}) | ${countries.tp} | ${countries.tp + countries.fn} | |`
);
if (!quiet) {
	for (const f of Object.values(fields)) {
		if (!f.misses.length) continue;
		console.log(`\n${f.name}: ${f.misses.length} missed`);
		for (const [file, expected, got] of f.misses)
			console.log(`  ${file}\n    expected ${JSON.stringify(expected)}\n    got      ${JSON.stringify(got)}`);
	}
	if (countries.misses.length) {
		console.log(`\ncountries: ${countries.misses.length} captures differ`);
		for (const [file, missing, extra] of countries.misses) console.log(`  ${file}: ${missing}; ${extra}`);
	}
}
