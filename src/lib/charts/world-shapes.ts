/**
 * The world map's shapes as the page receives them: already projected into a fixed box that
 * the map's SVG scales to any width. Equal Earth is 2.055 times as wide as high, so the box is
 * known before the shapes arrive and the page does not shift when the map replaces its placeholder.
 */
export const VIEW_WIDTH = 960;
export const VIEW_HEIGHT = 468;

export interface CountryShape {
	/** ISO 3166-1 alpha-2. */
	code: string;
	name: string;
	/** SVG path data in the box. */
	d: string;
	/** Where the country's tooltip points. */
	centre: [number, number];
}

export interface WorldShapes {
	/** The globe's outline, all land in one path and the borders in another (each shared border once). */
	sphere: string;
	land: string;
	borders: string;
	/** In name order: the order the map's arrow keys move in. */
	countries: CountryShape[];
}
