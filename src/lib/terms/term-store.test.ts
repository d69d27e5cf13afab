import { describe, expect, it } from 'vitest';
import { rankTerms } from './rank';
import { joinTables } from './term-store';
import { buildTermTable } from './term-table';

const article = (body: string) => ({ title: '', paragraphs: [body] });

describe('imported articles joined to the bundle’s term table', () => {
	const bundle = buildTermTable([
		article('Figures show oil exports rose.'),
		article('Data show oil exports fell in Tehran.'),
		article('Wheat harvest.')
	]);
	const joined = joinTables(bundle, 3, [
		article('Reports of oil exports and locust swarms.'),
		article('Farmers fear locust swarms in Sistan.')
	]);

	it('share one id for a term both have, and add the imported ones’ own', () => {
		expect(joined.terms.filter((t) => t === 'oil exports')).toHaveLength(1);
		expect(joined.terms).toContain('locust swarms');
		expect(joined.start.length).toBe(6);
	});

	it('count imported articles at the indices the page lists them at', () => {
		const imported = rankTerms(joined, [3, 4]);
		expect(imported.frequent.find((r) => r.term === 'locust swarms')?.count).toBe(2);
		expect(imported.frequent.find((r) => r.term === 'oil exports')?.count).toBe(1);
		const all = rankTerms(joined, null);
		expect(all.frequent.find((r) => r.term === 'oil exports')?.count).toBe(3);
	});

	it('leave bundle articles beyond an older table without terms', () => {
		const longer = joinTables(bundle, 5, [article('Farmers fear locust swarms.')]);
		// Articles 3 and 4 are the bundle's but not in its table; article 5 is imported.
		expect(Array.from(longer.start.subarray(3, 6))).toEqual([bundle.start[3], bundle.start[3], bundle.start[3]]);
		expect(longer.start[6]).toBeGreaterThan(longer.start[5]);
	});
});
