/**
 * Word tables for the date-stamp recogniser (`dates.ts`). Keys are lower case (zones upper case)
 * and carry no trailing period; the recogniser strips one before looking a word up.
 */

function monthTable(namesByMonth: readonly (readonly string[])[]): ReadonlyMap<string, number> {
	const table = new Map<string, number>();
	namesByMonth.forEach((names, index) => {
		for (const name of names) table.set(name, index + 1);
	});
	return table;
}

/**
 * English and German month names and abbreviations, and the Arabic names (with the Persian yeh
 * and kaf that `dates.ts` folds the Arabic letters to). German pages are seen in the wild, and
 * `maerz`/`marz` are how `März` comes out of scrapers that fold umlauts.
 */
export const GREGORIAN_MONTHS = monthTable([
	['january', 'jan', 'januar', 'jänner', 'jän', 'ینایر'],
	['february', 'feb', 'februar', 'feber', 'فبرایر'],
	['march', 'mar', 'märz', 'maerz', 'marz', 'mär', 'mrz', 'مارس'],
	['april', 'apr', 'أبریل', 'ابریل', 'إبریل'],
	['may', 'mai', 'مایو'],
	['june', 'jun', 'juni', 'یونیو'],
	['july', 'jul', 'juli', 'یولیو'],
	['august', 'aug', 'أغسطس', 'اغسطس'],
	['september', 'sep', 'sept', 'سبتمبر'],
	['october', 'oct', 'oktober', 'okt', 'أکتوبر', 'اکتوبر'],
	['november', 'nov', 'نوفمبر'],
	['december', 'dec', 'dezember', 'dez', 'دیسمبر']
]);

/**
 * Solar Hijri (Iranian) month names, transliterated as the agencies' English pages spell them
 * and in Persian script (with the Persian yeh and kaf: `dates.ts` folds the Arabic letters).
 */
export const SOLAR_HIJRI_MONTHS = monthTable([
	['farvardin', 'فروردین'],
	['ordibehesht', 'اردیبهشت'],
	['khordad', 'خرداد'],
	['tir', 'تیر'],
	['mordad', 'amordad', 'مرداد', 'امرداد'],
	['shahrivar', 'شهریور'],
	['mehr', 'مهر'],
	['aban', 'آبان'],
	['azar', 'آذر'],
	['dey', 'dei', 'دی'],
	['bahman', 'بهمن'],
	['esfand', 'اسفند']
]);

/** English and German weekday names; a stamp may open with one, and it is then skipped. */
export const WEEKDAY_NAMES: readonly string[] = [
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'thurs',
	'tues',
	'thur',
	'mon',
	'tue',
	'wed',
	'thu',
	'fri',
	'sat',
	'sun',
	'montag',
	'dienstag',
	'mittwoch',
	'donnerstag',
	'freitag',
	'samstag',
	'sonnabend',
	'sonntag'
];

/**
 * Labels that introduce a publication stamp. "Updated" and "Modified" are left out on purpose:
 * an update time is not when the story was published, so such a line is not taken as the stamp.
 */
export const PUBLICATION_LABELS: readonly string[] = [
	'publication date',
	'date published',
	'publish date',
	'published',
	'posted',
	'last updated',
	'last update',
	'date'
];

/**
 * Zone abbreviations → ISO 8601 offset. `GMT`, `UTC` and `Z` become `Z`. Abbreviations that
 * name two zones (CST: US Central or China; IST: India, Ireland or Israel; BST: British Summer or
 * Bangladesh) map to '' so the stamp is still read, but no offset is guessed for it.
 */
export const ZONE_OFFSETS: ReadonlyMap<string, string> = new Map([
	['GMT', 'Z'],
	['UTC', 'Z'],
	['Z', 'Z'],
	['EST', '-05:00'],
	['EDT', '-04:00'],
	['PST', '-08:00'],
	['PDT', '-07:00'],
	['CET', '+01:00'],
	['MEZ', '+01:00'],
	['CEST', '+02:00'],
	['MESZ', '+02:00'],
	['IRST', '+03:30'],
	['IRDT', '+04:30'],
	['CST', ''],
	['IST', ''],
	['BST', '']
]);
