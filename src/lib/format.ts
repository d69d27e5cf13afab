/** Display forms of the bundle's values. Dates are shown as printed: no time zone is applied. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** "13 Sep 2019" (dateOnly) or "13 Sep 2019, 09:57" (+ the stated offset, if any); "Undated" for null. */
export function formatPublished(iso: string | null, dateOnly = false): string {
	if (!iso) return 'Undated';
	const m = iso.match(ISO);
	if (!m) return iso;
	const [, y, mo, d, h, mi, zone] = m;
	const day = `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
	if (dateOnly || h === undefined) return day;
	return `${day}, ${h}:${mi}${zone ? ` (UTC${zone === 'Z' ? '' : zone})` : ''}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
