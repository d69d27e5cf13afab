import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { synthArticle } from '../synth/generate';
import { readCorpus } from './build-corpus';
import { Spill } from './spill';
import { StreamedCorpus } from './streamed-corpus';

const scratch = mkdtempSync(join(tmpdir(), 'wirescope-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

// Captures in two folders, one story captured twice, a file that is no article.
const folder = join(scratch, 'captures');
mkdirSync(join(folder, 'b'), { recursive: true });
for (let i = 0; i < 300; i++) {
	const { name, text } = synthArticle(i, 5);
	writeFileSync(join(folder, i % 2 ? 'b' : '', name.replace(/\//g, '_')), text);
	if (i === 17) writeFileSync(join(folder, 'b', `again-${name.replace(/\//g, '_')}`), text);
}
writeFileSync(join(folder, 'notes.txt'), '');

async function read(threads: string): Promise<{ lines: string[]; corpus: StreamedCorpus }> {
	vi.stubEnv('WIRESCOPE_PARSE_THREADS', threads);
	const lines: string[] = [];
	const corpus = new StreamedCorpus(new Spill(join(scratch, `articles-${threads}`)));
	await readCorpus(corpus, [folder], folder, scratch, (line) => lines.push(line));
	return { lines, corpus };
}

describe('reading a corpus folder', () => {
	it('parses on several threads into the same corpus, in the same order, as on one', async () => {
		const one = await read('0');
		const two = await read('2');
		expect(one.lines[0]).toMatch(/^parsing on one thread/);
		expect(two.lines[0]).toBe('parsing on 2 threads');
		expect(two.corpus.summary()).toEqual(one.corpus.summary());
		expect(two.corpus.summary()).toMatchObject({ files: 302, duplicatesMerged: 1, rejected: 1 });
		expect(two.corpus.rejections()).toEqual(one.corpus.rejections());
		expect([...two.corpus.ordered().articles()]).toEqual([...one.corpus.ordered().articles()]);
		expect(two.lines.at(-1)).toBe('302 files: ' + one.lines.at(-1)!.split('302 files: ')[1]);
	});
});
