/** The day an article counts on in lists and charts: its local date as printed (YYYY-MM-DD), or null when undated. */
export function publishedDay(publishedAt: string | null): string | null {
	return publishedAt ? publishedAt.slice(0, 10) : null;
}

/**
 * How many articles fall on each day, by day: what the timeline bins. A corpus has far fewer
 * distinct days than articles, so counts cost the charts the days, not the articles.
 */
export type DayCounts = ReadonlyMap<string, number>;

/** `days` counted by their first ten characters (the date of a YYYY-MM-DD... string); nulls are left out. */
export function countDays(days: Iterable<string | null>, into = new Map<string, number>()): Map<string, number> {
	for (const raw of days) {
		if (raw === null) continue;
		const day = raw.slice(0, 10);
		into.set(day, (into.get(day) ?? 0) + 1);
	}
	return into;
}
