import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { projectWorld, type Atlas } from './project-world';
import { VIEW_HEIGHT, VIEW_WIDTH } from './world-shapes';

describe('projectWorld', () => {
	const world = projectWorld(atlas as unknown as Atlas);

	it('draws the land, the borders and every country inside the map box', () => {
		expect(world.land).toMatch(/^M/);
		expect(world.borders).toMatch(/^M/);
		expect(world.countries.length).toBe(atlas.objects.countries.geometries.length);
		for (const country of world.countries) {
			expect(country.d, country.name).toMatch(/^M[\d.,LMZ-]+$/);
			const [x, y] = country.centre;
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(VIEW_WIDTH);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(VIEW_HEIGHT);
		}
	});

	it('lists the countries in name order, the order the arrow keys follow', () => {
		const names = world.countries.map((c) => c.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
	});
});
