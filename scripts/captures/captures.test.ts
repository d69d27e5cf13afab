import { describe, expect, it } from 'vitest';
import { capturesDir, hasCaptures, scoreCaptures, type Field } from './score';

/**
 * The parser on the labelled development set of real captures, read in place. Each field must
 * stay at or above its floor: the goals where they are met, else the figure reached, so a rule
 * that helps one page and harms others fails here. A goal not met yet: no date invented where
 * none is printed (one is, a header clock beside the headline).
 */
const FLOORS = {
	title: 0.95,
	noTitle: 1,
	date: 0.92,
	noDate: 112 / 113,
	place: 0.92,
	byline: 0.9,
	agency: 0.9
} as const;
const COUNTRY_F1 = 0.98;

const share = (f: Field) => f.right / f.of;
const misses = (f: Field) => f.misses.map(([file, expected, got]) => `${file}: expected ${expected}, got ${got}`).join('\n');

describe.skipIf(!hasCaptures())(`real captures of other outlets (${capturesDir()})`, () => {
	const scores = hasCaptures() ? scoreCaptures() : null;

	it.each(Object.keys(FLOORS) as (keyof typeof FLOORS)[])('reads the %s field at or above its floor', (name) => {
		const f = scores!.fields[name];
		expect(f.of).toBeGreaterThan(20);
		expect(share(f), `${f.name}: ${f.right} of ${f.of}\n${misses(f)}`).toBeGreaterThanOrEqual(FLOORS[name] - 1e-9);
	});

	it('finds the countries an article names, not those of the page around it, with F1 at 0.98 or more', () => {
		const c = scores!.countries;
		expect(c.f1, c.misses.map((m) => m.join(' ')).join('\n')).toBeGreaterThanOrEqual(COUNTRY_F1);
	});
});
