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

/**
 * A whole number with thousands separators, "2,000", as toLocaleString('en') writes it but
 * without loading the browser's number-format data: the first such call costs a phone a
 * long pause while the page is being built.
 */
export function formatCount(n: number): string {
	return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A file size as people read it: "840 KB", "12.4 MB", "1.2 GB". */
export function formatBytes(n: number): string {
	if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
	if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(n < 100 * 1024 * 1024 ? 1 : 0)} MB`;
	return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
