import { json } from '@sveltejs/kit';
import atlas from 'world-atlas/countries-110m.json';
import countries from 'world-countries';
import { projectWorld, type Atlas } from '$lib/charts/project-world';

/**
 * The world map's shapes, served from this site so the map needs no other host, and projected
 * here, when the site is built. Natural Earth's 110m countries (small enough to load with the
 * page), keyed by ISO 3166-1 alpha-2 and named with the same common English names as the
 * gazetteer, so the map, the bar chart and the country filter all speak one code.
 */
export const prerender = true;

// Natural Earth leaves Kosovo without a numeric code; its name still matches.
const byNumeric = new Map(countries.map((c) => [c.ccn3, c]));
const byName = new Map(countries.map((c) => [c.name.common, c]));

export function GET() {
	const { countries: shapes, land } = atlas.objects;
	const geometries = shapes.geometries.flatMap((geometry) => {
		const numeric = 'id' in geometry ? geometry.id : undefined;
		const country = (numeric ? byNumeric.get(numeric) : undefined) ?? byName.get(geometry.properties.name);
		if (!country) return [];
		return [{ ...geometry, id: country.cca2, properties: { name: country.name.common } }];
	});
	// `land` shares the countries' arcs, so drawing it costs little and fills the places left
	// without a code (N. Cyprus, Somaliland) instead of leaving holes in the map.
	return json(projectWorld({ ...atlas, objects: { countries: { ...shapes, geometries }, land } } as unknown as Atlas));
}
