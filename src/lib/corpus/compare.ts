/**
 * Where two collections differ in coverage: for each country, the share of each
 * collection's articles that name it. Shares, not counts, so that a corpus of 50 articles
 * can be set against one of 5,000.
 */
import { byName } from './text';
import { countCountries } from './aggregate';
import type { Article } from './types';

type Countable = { countries: readonly Pick<Article['countries'][number], 'code' | 'name' | 'count'>[] };

export interface ShareDifference {
	code: string;
	name: string;
	/** Articles naming the country, in each collection. */
	a: number;
	b: number;
	/** Those counts as shares (0..1) of each collection's articles. */
	shareA: number;
	shareB: number;
	/** shareA − shareB: positive when collection A covers the country more. */
	difference: number;
}

/** Every country either collection names, the largest difference in share first. */
export function shareDifferences(a: readonly Countable[], b: readonly Countable[]): ShareDifference[] {
	const countsA = new Map(countCountries(a, 'articles').map((c) => [c.code, c]));
	const countsB = new Map(countCountries(b, 'articles').map((c) => [c.code, c]));
	const codes = new Set([...countsA.keys(), ...countsB.keys()]);
	return [...codes]
		.map((code) => {
			const inA = countsA.get(code)?.value ?? 0;
			const inB = countsB.get(code)?.value ?? 0;
			const shareA = a.length ? inA / a.length : 0;
			const shareB = b.length ? inB / b.length : 0;
			const name = (countsA.get(code) ?? countsB.get(code))!.name;
			return { code, name, a: inA, b: inB, shareA, shareB, difference: shareA - shareB };
		})
		.sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference) || byName(x, y));
}
