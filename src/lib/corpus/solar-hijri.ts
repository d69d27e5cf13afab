/**
 * Solar Hijri (Iranian calendar) → Gregorian, by integer day counting so that no `Date` and no
 * time zone is involved.
 */

/** A calendar date with a 1-based month. */
export interface CivilDate {
	year: number;
	month: number;
	day: number;
}

/**
 * The years Iranian agency pages can plausibly print (1991–2042). Inside this span the official
 * astronomical calendar and the 33-year arithmetic cycle below agree; outside it they can part.
 */
const FIRST_SOLAR_YEAR = 1370;
const LAST_SOLAR_YEAR = 1420;

/** 1 Farvardin 1370, the first Nowruz of the span, fell on 21 March 1991. */
const FIRST_NOWRUZ: CivilDate = { year: 1991, month: 3, day: 21 };

const DAYS_IN_400_GREGORIAN_YEARS = 146_097;
/** Shifts day 0 from 0000-03-01 (where the era arithmetic below is anchored) to 1970-01-01. */
const DAYS_FROM_MARCH_0000_TO_1970 = 719_468;

/** The 33-year cycle (8 leap years per cycle) in the compact form ICU's Persian calendar uses. */
function isLeapSolarYear(year: number): boolean {
	return (25 * year + 11) % 33 < 8;
}

/** Days since 1970-01-01 (H. Hinnant's `days_from_civil`, proleptic Gregorian). */
function daysFromCivil({ year, month, day }: CivilDate): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * DAYS_IN_400_GREGORIAN_YEARS + dayOfEra - DAYS_FROM_MARCH_0000_TO_1970;
}

/** Inverse of `daysFromCivil` (H. Hinnant's `civil_from_days`). */
function civilFromDays(days: number): CivilDate {
	const z = days + DAYS_FROM_MARCH_0000_TO_1970;
	const era = Math.floor(z / DAYS_IN_400_GREGORIAN_YEARS);
	const dayOfEra = z - era * DAYS_IN_400_GREGORIAN_YEARS;
	const yearOfEra = Math.floor(
		(dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365
	);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
	const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
	return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of each Nowruz in the span, built once so a conversion is a lookup and an add. */
const NOWRUZ_DAYS: readonly number[] = (() => {
	const days = [daysFromCivil(FIRST_NOWRUZ)];
	for (let year = FIRST_SOLAR_YEAR; year < LAST_SOLAR_YEAR; year++) {
		days.push(days[days.length - 1] + (isLeapSolarYear(year) ? 366 : 365));
	}
	return days;
})();

function solarMonthLength(year: number, month: number): number {
	if (month <= 6) return 31;
	if (month <= 11) return 30;
	return isLeapSolarYear(year) ? 30 : 29;
}

/** The Gregorian date of a Solar Hijri date; null if no such day or outside 1370–1420. */
export function solarHijriToGregorian(year: number, month: number, day: number): CivilDate | null {
	if (year < FIRST_SOLAR_YEAR || year > LAST_SOLAR_YEAR || month < 1 || month > 12) return null;
	if (day < 1 || day > solarMonthLength(year, month)) return null;
	const daysBeforeMonth = month <= 7 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30;
	return civilFromDays(NOWRUZ_DAYS[year - FIRST_SOLAR_YEAR] + daysBeforeMonth + day - 1);
}
