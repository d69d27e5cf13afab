import { leadOf, type ArticleMeta } from '../corpus/bundle';
import type { Article } from '../corpus/types';
import type { IndexedText } from './token-index';

/** The fields Fuse.js ranks for one article; `i` is the article's index in the bundle. */
export interface SearchDoc {
	i: number;
	title: string;
	lead: string;
	countries: string[];
	place: string;
}

export function toSearchDoc(a: ArticleMeta, i: number): SearchDoc {
	return { i, title: a.title, lead: a.lead, countries: a.countries.map((c) => c.name), place: a.dateline?.place ?? '' };
}

/** What the token index records of an article: the ranked fields, and the body for finding. */
export function toIndexedText(a: Article): IndexedText {
	return { title: a.title, lead: leadOf(a.paragraphs), names: [...a.countries.map((c) => c.name), a.dateline?.place ?? ''], body: a.paragraphs };
}
