import countries from 'world-countries';
import { findCountries } from './countries';
import { DATELINE_CITIES } from './dateline-cities';

const CITIES = new Map<string, string>(DATELINE_CITIES);
/** Cities by lower-case name: DATELINE_CITIES and every country's capital. */
const CITY_NAMES = new Set([...CITIES.keys(), ...countries.flatMap((c) => c.capital.map((capital) => capital.toLowerCase()))]);

/**
 * Whether a dateline's place (its part before a comma) is a city the tables know: a capital or
 * one of DATELINE_CITIES, never a country ("Tehran, Iran –" opens a dateline, "Iran – Oman
 * ties" a sentence).
 */
export function knownCity(place: string): boolean {
	return CITY_NAMES.has(place.split(',')[0].trim().toLowerCase());
}

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

/** A dateline's place without the country printed after it ("TEHRAN, Iran" is TEHRAN): the country is the dateline's own field. */
export function placeOnly(place: string): string {
	const comma = place.indexOf(',');
	if (comma < 0) return place;
	return findCountries([titleCase(place.slice(comma + 1).trim())]).length ? place.slice(0, comma).trim() : place;
}
