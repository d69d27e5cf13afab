import { describe, expect, it } from 'vitest';
import { synthCorpus } from './synth-corpus';
import { toMetaPieces } from './bundle-write';
import { shareDifferences as differencesOf, sideOfArticles, sideOfCorpus } from './compare';

type Countable = Parameters<typeof sideOfArticles>[0][number];

const naming = (...codes: string[]): Countable => ({
	publishedAt: '2021-03-04',
	countries: codes.map((code) => ({ code, name: code === 'OM' ? 'Oman' : code === 'IQ' ? 'Iraq' : 'Kyrgyzstan', count: 2 }))
});
const shareDifferences = (a: Countable[], b: Countable[]) => differencesOf(sideOfArticles(a), sideOfArticles(b));

describe('shareDifferences', () => {
	it('compares shares of each collection, so a small collection weighs as much as a large one', () => {
		const small = [naming('OM'), naming()];
		const large = [naming('OM'), naming(), naming(), naming()];
		const [oman] = shareDifferences(small, large);
		expect(oman).toMatchObject({ code: 'OM', a: 1, b: 1, shareA: 0.5, shareB: 0.25, difference: 0.25 });
	});

	it('puts the largest difference first, whichever collection covers the country more', () => {
		const a = [naming('OM', 'IQ'), naming('OM')];
		const b = [naming('IQ', 'KG'), naming('IQ', 'KG'), naming('KG')];
		expect(shareDifferences(a, b).map((d) => [d.code, Number(d.difference.toFixed(2))])).toEqual([
			['KG', -1],
			['OM', 1],
			['IQ', -0.17]
		]);
	});

	it('counts an article that lists a country twice once', () => {
		const twice = { ...naming(), countries: [...naming('OM').countries, ...naming('OM').countries] };
		expect(shareDifferences([twice], [])[0]).toMatchObject({ a: 1, shareA: 1, shareB: 0 });
	});

	it('gives no shares for an empty collection rather than dividing by zero', () => {
		expect(shareDifferences([], [])).toEqual([]);
	});

	it('compares the bundled corpus from its first piece as from all its articles', () => {
		const articles = synthCorpus(300);
		const [head] = toMetaPieces(articles, [], 50);
		const corpus = sideOfCorpus(head);
		const whole = sideOfArticles(articles);
		expect(corpus).toEqual(whole);
		const half = sideOfArticles(articles.slice(0, 100));
		expect(differencesOf(corpus, half)).toEqual(differencesOf(whole, half));
	});
});
