/** The generated captures the collection tests import, what the parser makes of them, and the seed beside them. */
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { synthArticle } from '../src/lib/synth/generate';
import { parseCorpus } from '../src/lib/corpus/corpus';

/** 50 generated articles (a seed the synthetic site does not use) and two files the parser must reject. */
function captures(): Record<string, Uint8Array> {
	const files: Record<string, Uint8Array> = {};
	for (let i = 0; i < 50; i++) {
		const { name, text } = synthArticle(i, 7);
		files[`2021/${name}`] = new TextEncoder().encode(text);
	}
	files['empty.txt'] = new Uint8Array(0);
	files['photo.txt'] = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]);
	return files;
}

export const files = captures();
const zip = zipSync(files);
/** What the CLI makes of the same files, named as the import names them. */
export const expected = parseCorpus(Object.entries(files).map(([path, bytes]) => ({ file: `captures.zip/${path}`, bytes }))).corpus;
export const seed = parseCorpus(
	readdirSync(resolve('seeds')).map((name) => ({ file: name, bytes: new Uint8Array(readFileSync(resolve('seeds', name))) }))
).corpus;
export const total = seed.articles.length + expected.articles.length;

/** Imports a zip archive (by default the captures) through the page's file picker. */
export async function importZip(page: Page, name = 'captures.zip', buffer: Buffer = Buffer.from(zip)) {
	await page.getByLabel('Text files or zip archives to import').setInputFiles({ name, mimeType: 'application/zip', buffer });
}
