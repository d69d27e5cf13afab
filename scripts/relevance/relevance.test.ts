import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/lib/corpus/corpus';
import { toIndexedText } from '../../src/lib/search/documents';
import { createEngine } from '../../src/lib/search/engine';
import { buildTokenIndex } from '../../src/lib/search/token-index';
import { relevanceCorpus } from './corpus';
import { judgedQueries, KNOWN_ITEM_KINDS, SET_KINDS } from './queries';

describe('search judged on a generated corpus with planted known items', () => {
	const { files, planted } = relevanceCorpus(400, 40, 3);
	const enc = new TextEncoder();
	const { articles } = parseCorpus(files.map((f) => ({ file: f.name, bytes: enc.encode(f.text) }))).corpus;
	const engine = createEngine(buildTokenIndex(articles.map(toIndexedText)));
	const queries = judgedQueries(articles, planted, 9);
	const hits = (q: string) => [...(engine.search(q)?.hits ?? [])];

	it('puts the article that holds the words first for at least 97% of each known-item kind', () => {
		for (const kind of KNOWN_ITEM_KINDS) {
			const qs = queries.filter((q) => q.kind === kind);
			expect(qs.length, kind).toBeGreaterThan(20);
			const first = qs.filter((q) => hits(q.query)[0] === q.relevant[0]).length;
			expect(first / qs.length, kind).toBeGreaterThanOrEqual(0.97);
		}
	});

	it('returns exactly the answer set of every phrase and boolean query', () => {
		for (const q of queries.filter((x) => (SET_KINDS as readonly string[]).includes(x.kind))) {
			expect(
				hits(q.query).sort((a, b) => a - b),
				q.query
			).toEqual(q.relevant);
		}
	});
});
