import type { ArticleMeta } from '../corpus/bundle';
import type { Article } from '../corpus/types';
import type { IndexedText } from './token-index';

/** What the search worker keeps of one article besides the index; `i` is its index in the bundle. */
export interface SearchDoc {
	i: number;
	title: string;
	place: string;
	newsCode: string;
}

export function toSearchDoc(a: ArticleMeta, i: number): SearchDoc {
	return { i, title: a.title, place: a.dateline?.place ?? '', newsCode: a.newsCode ?? '' };
}

/** What the token index records of an article: its text with positions, and the short fields. */
export function toIndexedText(a: Article): IndexedText {
	return { title: a.title, paragraphs: a.paragraphs, place: a.dateline?.place ?? '', code: a.newsCode ?? '' };
}
