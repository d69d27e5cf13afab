import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/lib/corpus/types';
import { HOSTILE_FILES, addLinksAndPipes, writeHostileFolder } from './hostile-fixtures';

const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

async function cli(...args: string[]) {
	try {
		const { stdout, stderr } = await run(TSX, ['scripts/corpus.ts', ...args], { maxBuffer: 64 * 1024 * 1024 });
		return { code: 0, stdout, stderr };
	} catch (err) {
		const e = err as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

describe('npm run corpus', () => {
	let dir: string;
	let linked: Record<string, RegExp>;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'wirescope-hostile-'));
		writeHostileFolder(dir);
		linked = addLinksAndPipes(dir);
	});

	it('prints the seed as JSON on stdout and the summary on stderr', async () => {
		const { code, stdout, stderr } = await cli('seeds');
		expect(code).toBe(0);
		const corpus = JSON.parse(stdout) as Corpus;
		expect(corpus.rejected).toEqual([]);
		expect(corpus.articles).toHaveLength(1);
		expect(corpus.articles[0]).toMatchObject({ id: '83473451', file: 'seeds/000_a0474dc1596c8efe.txt', publishedAt: '2019-09-13T09:57' });
		expect(stderr).toContain('1 files: 1 parsed cleanly, 0 with warnings, 0 duplicates merged, 0 rejected');
	});

	it('accounts for every file of the hostile fixture folder, quickly, and the numbers add up', { timeout: 60_000 }, async () => {
		const { code, stdout, stderr } = await cli(dir);
		expect(code).toBe(0);
		const corpus = JSON.parse(stdout) as Corpus;
		const m = stderr.match(/(\d+) files: (\d+) parsed cleanly, (\d+) with warnings, (\d+) duplicates merged, (\d+) rejected/);
		expect(m).not.toBeNull();
		const [files, clean, warned, dupes, rejected] = m!.slice(1).map(Number);
		const expected = { ...HOSTILE_FILES, 'inside-link.txt': 'article', ...linked };
		expect(files).toBe(Object.keys(expected).length);
		expect(clean + warned + dupes + rejected).toBe(files);
		// The seed three times: its file, a copy, and a link to it inside the folder.
		expect(dupes).toBe(2);
		expect(corpus.articles).toHaveLength(clean + warned);
		// Files are named relative to the working folder: keep their path inside the fixture folder.
		const reasons = Object.fromEntries(corpus.rejected.map((r) => [relative(dir, resolve(r.file)), r.reason]));
		for (const [name, fate] of Object.entries(expected)) if (fate !== 'article') expect(reasons[name], name).toMatch(fate);
		expect(Object.keys(reasons).sort()).toEqual(
			Object.keys(expected)
				.filter((n) => expected[n] !== 'article')
				.sort()
		);
		const byTitle = (t: string) => corpus.articles.find((a) => a.title.includes(t));
		expect(byTitle('Kazakh')?.countries.map((c) => c.code)).toContain('KZ');
		expect(byTitle('Persian poetry')?.warnings.join(' ')).toMatch(/Windows-1256/);
		expect(byTitle('Persian poetry')?.paragraphs[0]).toContain('ايران');
		// A legacy line garbles nothing else: the UTF-8 quotes and Persian stay as written.
		expect(byTitle('Kyrgyz “envoy”')?.paragraphs.join(' ')).toContain('“ایران و قرقیزستان”');
		expect(byTitle('Kyrgyz “envoy”')?.warnings.join(' ')).toMatch(/Windows-1256 on line 5/);
		expect(byTitle('Oman mediates')?.paragraphs).toEqual(['Oman mediates between rivals in Tehran on Monday.']);
		expect(byTitle('<script>')?.title).toBe('Markup <script>alert(1)</script> in title');
		expect(byTitle('Talks continue')?.paragraphs).toHaveLength(1);
		expect(byTitle('Iran, over and over')?.countries.find((c) => c.code === 'IR')?.count).toBeGreaterThan(100_000);
		expect(byTitle('Iran seeking peace')?.warnings.join(' ')).toMatch(/seed-again\.txt|seed\.txt|inside-link\.txt/);
		expect(stdout).not.toContain('not to be published');
	});

	it('exits 2 and names a path that does not exist', async () => {
		const { code, stderr } = await cli('seeds', 'no/such/folder');
		expect(code).toBe(2);
		expect(stderr).toContain('no/such/folder');
	});
});
