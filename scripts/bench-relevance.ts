/**
 * npm run bench:relevance [-- --background 2000 --planted 150 --seed 11 --engines wirescope,minisearch,fuse,flexsearch --misses]
 * Judges search: generates a relevance corpus (scripts/relevance/corpus.ts) with the seed
 * article, parses it as the build does, makes judged queries (scripts/relevance/queries.ts)
 * and runs them through wirescope's engine and, in the same run, MiniSearch, plain Fuse.js
 * and FlexSearch. Prints, per engine and kind: success@1, success@10, MRR, median hits
 * returned against the true count, exact answer sets (phrase and boolean), p50/p95 ms.
 * A benchmark, not a test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { parseCorpus } from '../src/lib/corpus/corpus';
import type { Article } from '../src/lib/corpus/types';
import { toIndexedText } from '../src/lib/search/documents';
import { createEngine } from '../src/lib/search/engine';
import { buildTokenIndex } from '../src/lib/search/token-index';
import { relevanceCorpus } from './relevance/corpus';
import { judgedQueries, KNOWN_ITEM_KINDS, SET_KINDS, type JudgedQuery, type Kind, type Plan } from './relevance/queries';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}
const BACKGROUND = Number(arg('background', '2000'));
const PLANTED = Number(arg('planted', '150'));
const SEED = Number(arg('seed', '11'));
/** Which engines to run (Fuse.js alone takes most of the run's time): a comma-separated list of name starts. */
const ENGINES = arg('engines', 'wirescope,minisearch,fuse,flexsearch').toLowerCase().split(',');

interface Engine {
	name: string;
	/** Article indices, best first. */
	search(q: JudgedQuery): number[];
}

function wirescope(articles: Article[]): Engine {
	const engine = createEngine(buildTokenIndex(articles.map(toIndexedText)));
	return { name: 'wirescope', search: (q) => Array.from(engine.search(q.query)?.hits ?? []) };
}

interface PlainDoc {
	id: number;
	title: string;
	body: string;
	place: string;
}

const plain = (articles: Article[]): PlainDoc[] =>
	articles.map((a, id) => ({ id, title: a.title, body: a.paragraphs.join('\n'), place: a.dateline?.place ?? '' }));

/** MiniSearch as its documentation suggests for site search: title boosted, fuzzy, prefix. */
function miniSearch(articles: Article[]): Engine {
	const mini = new MiniSearch<PlainDoc>({
		fields: ['title', 'body', 'place'],
		searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true }
	});
	mini.addAll(plain(articles));
	type Q = Parameters<typeof mini.search>[0];
	const translate = (plan: Plan): Q => {
		if ('words' in plan) return plan.words.join(' ');
		if ('phrase' in plan) return { combineWith: 'AND', queries: plan.phrase };
		const any: Q = { combineWith: 'OR', queries: plan.or.map((words) => ({ combineWith: 'AND', queries: words })) };
		return plan.not?.length ? { combineWith: 'AND_NOT', queries: [any, ...plan.not] } : any;
	};
	return { name: 'MiniSearch 7.2', search: (q) => mini.search(translate(q.plan)).map((r) => r.id as number) };
}

/** Fuse.js alone over title, body and place, its extended syntax for phrases and booleans. */
function fuseAlone(articles: Article[]): Engine {
	const fuse = new Fuse(plain(articles), {
		keys: [{ name: 'title', weight: 3 }, 'body', { name: 'place', weight: 0.5 }],
		ignoreLocation: true,
		threshold: 0.35,
		useExtendedSearch: true
	});
	const translate = (plan: Plan): string => {
		if ('words' in plan) return plan.words.join(' ');
		if ('phrase' in plan) return `'"${plan.phrase.join(' ')}"`;
		const not = (plan.not ?? []).map((w) => ` !${w}`).join('');
		return plan.or.map((words) => words.map((w) => `'${w}`).join(' ') + not).join(' | ');
	};
	return { name: 'Fuse.js 7.5', search: (q) => fuse.search(translate(q.plan)).map((r) => r.item.id) };
}

/** FlexSearch's document index with its balanced Latin encoder and forward (prefix) tokens. */
function flexSearch(articles: Article[]): Engine {
	const index = new Document({
		document: { id: 'id', index: ['title', 'body', 'place'] },
		tokenize: 'forward',
		encoder: 'LatinBalance'
	} as never);
	for (const d of plain(articles)) index.add(d as never);
	const words = (plan: Plan): string => ('words' in plan ? plan.words : 'phrase' in plan ? plan.phrase : plan.or.flat()).join(' ');
	return {
		name: 'FlexSearch 0.8',
		search: (q) => {
			const out = index.search(words(q.plan), { limit: articles.length, suggest: 'words' in q.plan } as never) as unknown as {
				field: string;
				result: number[];
			}[];
			const order: number[] = [];
			const seen = new Set<number>();
			for (const field of ['title', 'body', 'place'])
				for (const id of out.find((r) => r.field === field)?.result ?? [])
					if (!seen.has(id)) {
						seen.add(id);
						order.push(id);
					}
			return order;
		}
	};
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const quantile = (xs: number[], q: number) =>
	xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] : NaN;
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

interface Row {
	engine: string;
	kind: Kind;
	queries: number;
	at1: number;
	at10: number;
	mrr: number;
	exact: number;
	hitsMedian: number;
	trueMedian: number;
	p50: number;
	p95: number;
}

function measure(engine: Engine, queries: JudgedQuery[], truth: Map<JudgedQuery, number>): Row[] {
	const kinds = [...KNOWN_ITEM_KINDS, ...SET_KINDS] as Kind[];
	return kinds.flatMap((kind) => {
		const qs = queries.filter((q) => q.kind === kind);
		if (!qs.length) return [];
		const ms: number[] = [];
		const hits: number[] = [];
		let at1 = 0;
		let at10 = 0;
		let rr = 0;
		let exact = 0;
		for (const q of qs) {
			const t0 = performance.now();
			const got = engine.search(q);
			ms.push(performance.now() - t0);
			hits.push(got.length);
			const right = new Set(q.relevant);
			// A query whose answer is no article is answered right by an empty list.
			const rank = right.size === 0 && got.length === 0 ? 0 : got.findIndex((d) => right.has(d));
			if (rank === 0) at1++;
			if (rank >= 0 && rank < 10) at10++;
			if (rank >= 0) rr += 1 / (rank + 1);
			if (got.length === right.size && got.every((d) => right.has(d))) exact++;
		}
		const n = qs.length;
		return [
			{
				engine: engine.name,
				kind,
				queries: n,
				at1: at1 / n,
				at10: at10 / n,
				mrr: rr / n,
				exact: exact / n,
				hitsMedian: median(hits),
				trueMedian: median(qs.map((q) => truth.get(q)!)),
				p50: quantile(ms, 0.5),
				p95: quantile(ms, 0.95)
			}
		];
	});
}

const t0 = performance.now();
const { files, planted } = relevanceCorpus(BACKGROUND, PLANTED, SEED);
const enc = new TextEncoder();
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const sources = [
	...seeds.map((f) => ({ file: `seeds/${f}`, bytes: new Uint8Array(readFileSync(join('seeds', f))) })),
	...files.map((f) => ({ file: f.name, bytes: enc.encode(f.text) }))
];
const { articles } = parseCorpus(sources).corpus;
const queries = judgedQueries(articles, planted);
// The true count of a known-item query: the articles that hold all its words as typed (none, with a typo).
const wordSets = articles.map(
	(a) => new Set([a.title, ...a.paragraphs, a.dateline?.place ?? ''].flatMap((t) => t.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []))
);
const truth = new Map(
	queries.map((q) => [
		q,
		'words' in q.plan && q.kind !== 'phrase' && q.kind !== 'boolean'
			? wordSets.filter((s) => (q.plan as { words: string[] }).words.every((w) => s.has(w))).length
			: q.relevant.length
	])
);
console.log(
	`${articles.length} articles (${planted.length} planted), ${queries.length} judged queries, made in ${((performance.now() - t0) / 1000).toFixed(1)} s`
);

const rows: Row[] = [];
for (const make of [wirescope, miniSearch, fuseAlone, flexSearch]) {
	const s = performance.now();
	if (!ENGINES.some((e) => make.name.toLowerCase().startsWith(e.replace(/\W/g, '')))) continue;
	const engine = make(articles);
	const built = performance.now() - s;
	// One warm-up pass, so that no engine pays for the JavaScript engine's first compile in its figures.
	for (const q of queries.slice(0, 20)) engine.search(q);
	const r = measure(engine, queries, truth);
	rows.push(...r);
	if (process.argv.includes('--misses') && engine.name === 'wirescope') {
		for (const q of queries) {
			const got = engine.search(q);
			const right = new Set(q.relevant);
			const exactSet = got.length === right.size && got.every((d) => right.has(d));
			if (exactSet && (right.size === 0 || right.has(got[0]))) continue;
			if (right.has(got[0]) && !SET_KINDS.includes(q.kind as never)) continue;
			console.log(
				`miss [${q.kind}] ${q.query}: first ${JSON.stringify(articles[got[0]]?.title)}; wanted ${JSON.stringify(articles[q.relevant[0]]?.title)} at ${got.indexOf(q.relevant[0])}; ${got.length} hits, ${right.size} right`
			);
		}
	}
	console.log(`${engine.name}: indexed in ${(built / 1000).toFixed(1)} s`);
}

const header = [
	'kind',
	'engine',
	'queries',
	'success@1',
	'success@10',
	'MRR',
	'exact set',
	'hits (median)',
	'true count (median)',
	'p50 ms',
	'p95 ms'
];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const kind of [...KNOWN_ITEM_KINDS, ...SET_KINDS]) {
	for (const r of rows.filter((x) => x.kind === kind)) {
		console.log(
			`| ${r.kind} | ${r.engine} | ${r.queries} | ${pct(r.at1)} | ${pct(r.at10)} | ${r.mrr.toFixed(3)} | ${pct(r.exact)} | ${r.hitsMedian} | ${r.trueMedian} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`
		);
	}
}
const best = (kind: Kind) => rows.filter((r) => r.kind === kind).sort((a, b) => b.at1 - a.at1)[0];
console.log(`\nbest success@1 per kind: ${[...KNOWN_ITEM_KINDS].map((k) => `${k}: ${best(k).engine} ${pct(best(k).at1)}`).join('; ')}`);
const ours = (kind: Kind) => rows.find((r) => r.kind === kind && r.engine === 'wirescope')!;
console.log(`wirescope exact answer sets: phrase ${pct(ours('phrase').exact)}, boolean ${pct(ours('boolean').exact)}`);
