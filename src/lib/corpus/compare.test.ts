import { describe, expect, it } from 'vitest';
import { shareDifferences } from './compare';

const naming = (...codes: string[]) => ({
	countries: codes.map((code) => ({ code, name: code === 'OM' ? 'Oman' : code === 'IQ' ? 'Iraq' : 'Kyrgyzstan', count: 2 }))
});

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
		const twice = { countries: [...naming('OM').countries, ...naming('OM').countries] };
		expect(shareDifferences([twice], [])[0]).toMatchObject({ a: 1, shareA: 1, shareB: 0 });
	});

	it('gives no shares for an empty collection rather than dividing by zero', () => {
		expect(shareDifferences([], [])).toEqual([]);
	});
});
