import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinArticle, readMetaFile, toArticleMeta, toBody, toMetaFile } from './bundle';
import { parseArticleSafely } from './parse';
import type { Article } from './types';

function fixture(name: string): Article {
	const result = parseArticleSafely({ file: name, bytes: new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))) });
	if ('rejected' in result) throw new Error(result.rejected.reason);
	return result.article;
}

describe('toArticleMeta', () => {
	it('lists an imported article exactly as the bundle lists it, plus its collection', () => {
		const article = fixture('irna-2019.txt');
		const [fromBundle] = readMetaFile(toMetaFile([article], []));
		expect(toArticleMeta(article, 'persian')).toEqual({ ...fromBundle, collection: 'persian' });
		expect(toArticleMeta(article)).not.toHaveProperty('collection');
	});

	it('joins back with its body into the article it came from', () => {
		const article = fixture('mehr.txt');
		expect(joinArticle(toArticleMeta(article, 'mehr'), toBody(article))).toEqual({ ...article, collection: 'mehr' });
	});
});
