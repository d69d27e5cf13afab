import { findCountries } from './countries';
import { DATELINE_CITIES } from './dateline-cities';

const CITIES = new Map<string, string>(DATELINE_CITIES);

/** "TEHRAN" as "Tehran": the gazetteer reads capitals as an abbreviation only when short. */
function titleCase(place: string): string {
	return /[a-z]/.test(place) ? place : place.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, edge, ch) => edge + ch.toUpperCase());
}

/**
 * The country a dateline's place is in (ISO 3166-1 alpha-2), or null when it is not known:
 * a capital or a country the gazetteer finds ("Baku, Azerbaijan", "TEHRAN"), else a city of
 * DATELINE_CITIES.
 */
export function filedCountry(place: string): string | null {
	const found = findCountries([titleCase(place)]);
	if (found.length) return found[0].code;
	const first = place.split(',')[0].trim().toLowerCase();
	return CITIES.get(first) ?? null;
}
