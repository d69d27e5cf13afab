/** The day an article counts on in lists and charts: its local date as printed (YYYY-MM-DD), or null when undated. */
export function publishedDay(publishedAt: string | null): string | null {
	return publishedAt ? publishedAt.slice(0, 10) : null;
}
