import { describe, expect, it } from 'vitest';
import { parseQuery, rankingQuery } from './query';

describe('parseQuery', () => {
	it('reads every operator of Fuse’s extended syntax', () => {
		expect(parseQuery("Iran 'oil =Kyrgyzstan ^Teh ran$ !Israel !^The !ing$")).toEqual([
			[
				{ op: 'fuzzy', text: 'iran' },
				{ op: 'include', text: 'oil' },
				{ op: 'exact', text: 'kyrgyzstan' },
				{ op: 'prefix', text: 'teh' },
				{ op: 'suffix', text: 'ran' },
				{ op: 'not-include', text: 'israel' },
				{ op: 'not-prefix', text: 'the' },
				{ op: 'not-suffix', text: 'ing' }
			]
		]);
	});

	it('splits alternatives on | and keeps quoted phrases whole', () => {
		expect(parseQuery('Iraq | ="Saudi Arabia" oil')).toEqual([
			[{ op: 'fuzzy', text: 'iraq' }],
			[
				{ op: 'exact', text: 'saudi arabia' },
				{ op: 'fuzzy', text: 'oil' }
			]
		]);
	});

	it('ignores a lone operator typed on its way to a term', () => {
		expect(parseQuery("Iran ' ^ !")).toEqual([[{ op: 'fuzzy', text: 'iran' }]]);
	});
});

describe('rankingQuery', () => {
	it('drops plain exclusions and keeps the rest for Fuse', () => {
		expect(rankingQuery(parseQuery('iran !israel ^teh | ="saudi arabia"'))).toBe('iran ^teh | ="saudi arabia"');
	});
});
