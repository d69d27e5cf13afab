/**
 * npm run bench:versions [-- --n 100000 --runs 3]
 * Generates synthetic captures (one story in 500 a new version of the one before it, by a
 * sentence changed, a paragraph added or a new headline), parses them, then times what the
 * build adds to find versions: signing every body and grouping. Prints the medians of several
 * runs, and the precision and recall of the pairs found against the pairs planted.
 */
import { CorpusBuilder } from '../src/lib/corpus/corpus';
import { signature, versionGroups } from '../src/lib/provenance/versions';
import { synthArticle, versionEdit, VERSION_EDITS } from '../src/lib/synth/generate';

function arg(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const n = arg('n', 100_000);
const runs = arg('runs', 3);
const encoder = new TextEncoder();
const builder = new CorpusBuilder();
for (let i = 0; i < n; i++) {
	const { name, text } = synthArticle(i);
	builder.add({ file: name, bytes: encoder.encode(text) });
}
const { articles } = builder.result();
/** Each article's generated number, from its file name ("000250_minimal.txt"). */
const numberOf = articles.map((a) => Number(a.file.slice(0, 6)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sign: number[] = [];
const group: number[] = [];
let groups: number[][] = [];
for (let r = 0; r < runs; r++) {
	const t0 = performance.now();
	const signatures = articles.map((a) => signature(a.paragraphs));
	const t1 = performance.now();
	groups = versionGroups(signatures);
	sign.push(t1 - t0);
	group.push(performance.now() - t1);
}

const found = new Set(
	groups.flatMap((g) => g.flatMap((a, k) => g.slice(k + 1).map((b) => [numberOf[a], numberOf[b]].sort((x, y) => x - y).join('-'))))
);
const present = new Set(numberOf);
const planted = [...present]
	.filter((i) => versionEdit(i) && present.has(i - 1))
	.map((i) => ({ pair: `${i - 1}-${i}`, edit: versionEdit(i)! }));
const hits = planted.filter((p) => found.has(p.pair)).length;
console.log(`versions: ${n} files, ${articles.length} articles, ${runs} runs`);
console.log(`versions: signing ${(median(sign) / 1000).toFixed(1)} s, grouping ${(median(group) / 1000).toFixed(2)} s (medians)`);
console.log(`versions: ${groups.length} groups; pairs found ${found.size}, planted ${planted.length}`);
console.log(
	`versions: precision ${(hits / Math.max(1, found.size)).toFixed(3)}, recall ${(hits / Math.max(1, planted.length)).toFixed(3)}`
);
for (const edit of VERSION_EDITS) {
	const kind = planted.filter((p) => p.edit === edit);
	console.log(`versions:   ${edit}: ${kind.filter((p) => found.has(p.pair)).length} of ${kind.length}`);
}
for (const p of planted.filter((p) => !found.has(p.pair))) console.log(`versions:   missed ${p.pair} (${p.edit})`);
