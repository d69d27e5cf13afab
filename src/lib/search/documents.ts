import type { Article } from '../corpus/types';
import type { IndexedText } from './postings';

/** What the token index records of an article: its text with positions, and the short fields. */
export function toIndexedText(a: Article): IndexedText {
	return { title: a.title, paragraphs: a.paragraphs, place: a.dateline?.place ?? '', code: a.newsCode ?? '' };
}
