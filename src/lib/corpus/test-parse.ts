/** The parser's tests read a file's bytes or a string as an article, failing on a rejection. */
import { parseArticle } from './parse';
import type { Article } from './types';

export function parseBytes(file: string, bytes: Uint8Array): Article {
	const result = parseArticle({ file, bytes });
	if ('rejected' in result) throw new Error(`rejected: ${result.rejected.reason}`);
	return result.article;
}

export function parseText(text: string): Article {
	return parseBytes('x.txt', new TextEncoder().encode(text));
}
