import type { Article } from '../corpus/types';

/** What search looks at for one article; `i` is the article's index in the bundle. */
export interface SearchDoc {
	i: number;
	title: string;
	paragraphs: string[];
	countries: string[];
	place: string;
}

export function toSearchDoc(a: Article, i: number): SearchDoc {
	return {
		i,
		title: a.title,
		paragraphs: a.paragraphs,
		countries: a.countries.map((c) => c.name),
		place: a.dateline?.place ?? ''
	};
}
