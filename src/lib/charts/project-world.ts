import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { VIEW_HEIGHT, VIEW_WIDTH, type WorldShapes } from './world-shapes';

/** Decimals kept in path data: a tenth of a unit is well under a pixel at the widths the map gets. */
const PATH_DIGITS = 1;
const SPHERE = { type: 'Sphere' } as const;

export type Atlas = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/**
 * Projects an atlas (TopoJSON, countries keyed by alpha-2) for the world map. It runs when the
 * site is built: projecting in the browser took a phone most of a second on every visit.
 */
export function projectWorld(atlas: Atlas): WorldShapes {
	const path = geoPath(geoEqualEarth().fitSize([VIEW_WIDTH, VIEW_HEIGHT], SPHERE)).digits(PATH_DIGITS);
	const countries = atlas.objects.countries;
	const round = (value: number) => Math.round(value * 10 ** PATH_DIGITS) / 10 ** PATH_DIGITS;
	return {
		sphere: path(SPHERE) ?? '',
		land: path(feature(atlas, atlas.objects.land)) ?? '',
		borders: path(mesh(atlas, countries, (a, b) => a !== b)) ?? '',
		countries: countries.geometries
			.map((geometry) => {
				const country = feature(atlas, geometry) as Feature<Geometry, { name: string }>;
				const [x, y] = path.centroid(country);
				return {
					code: String(geometry.id),
					name: country.properties.name,
					d: path(country) ?? '',
					centre: [round(x), round(y)] as [number, number]
				};
			})
			.sort((a, b) => a.name.localeCompare(b.name, 'en'))
	};
}
