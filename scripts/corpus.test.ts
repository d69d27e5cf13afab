import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/lib/corpus/types';

const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');
const SEED = readFileSync('seeds/000_a0474dc1596c8efe.txt');

async function cli(...args: string[]) {
	try {
		const { stdout, stderr } = await run(TSX, ['scripts/corpus.ts', ...args], { maxBuffer: 64 * 1024 * 1024 });
		return { code: 0, stdout, stderr };
	} catch (err) {
		const e = err as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

/** A folder of the files users really leave in capture folders. */
function makeBadFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'wirescope-bad-'));
	mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
	const article = (title: string) => `Apr 12, 2021, 10:00 AM\n${title}\n\nTehran, IRNA – ${title} in Tehran on Monday.\n`;
	writeFileSync(join(dir, 'empty.txt'), '');
	writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
	writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
	writeFileSync(join(dir, 'random.bin'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)));
	const text = article('Envoy meets Kazakh minister');
	writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
	// Windows-1256: ASCII text with the Persian word for Iran in the legacy code page.
	writeFileSync(
		join(dir, 'cp1256.txt'),
		Buffer.concat([Buffer.from(article('Tehran hosts Persian poetry night').trimEnd()), Buffer.from(' \xc7\xed\xd1\xc7\xe4\n', 'latin1')])
	);
	writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(6 * 1024 * 1024, 'a'));
	writeFileSync(join(dir, 'nested', 'crlf.txt'), article('Oman mediates between rivals').replace(/\n/g, '\r\n'));
	writeFileSync(join(dir, 'nested', 'deeper', 'hostile.txt'), article('Markup <script>alert(1)</script> in title'));
	writeFileSync(join(dir, 'seed.txt'), SEED);
	writeFileSync(join(dir, 'nested', 'seed-again.txt'), SEED);
	return dir;
}

describe('npm run corpus', () => {
	let dir: string;
	beforeAll(() => {
		dir = makeBadFolder();
	});

	it('prints the seed as JSON on stdout and the summary on stderr', async () => {
		const { code, stdout, stderr } = await cli('seeds');
		expect(code).toBe(0);
		const corpus = JSON.parse(stdout) as Corpus;
		expect(corpus.rejected).toEqual([]);
		expect(corpus.articles).toHaveLength(1);
		expect(corpus.articles[0]).toMatchObject({ id: '83473451', file: 'seeds/000_a0474dc1596c8efe.txt', publishedAt: '2019-09-13T09:57' });
		expect(stderr).toContain('1 files: 1 articles, 0 with warnings, 0 duplicates merged, 0 rejected');
	});

	it('accounts for every file in a folder of bad files, and the numbers add up', async () => {
		const { code, stdout, stderr } = await cli(dir);
		expect(code).toBe(0);
		const corpus = JSON.parse(stdout) as Corpus;
		const m = stderr.match(/(\d+) files: (\d+) articles, (\d+) with warnings, (\d+) duplicates merged, (\d+) rejected/);
		expect(m).not.toBeNull();
		const [files, clean, warned, dupes, rejected] = m!.slice(1).map(Number);
		expect(files).toBe(11);
		expect(clean + warned + dupes + rejected).toBe(files);
		expect(dupes).toBe(1);
		expect(corpus.articles).toHaveLength(clean + warned);
		expect(corpus.rejected).toHaveLength(rejected);
		const reasons = Object.fromEntries(corpus.rejected.map((r) => [r.file.split('/').pop(), r.reason]));
		expect(Object.keys(reasons).sort()).toEqual(['blank.txt', 'empty.txt', 'huge.txt', 'photo.jpg', 'random.bin']);
		expect(reasons['huge.txt']).toMatch(/6\.0 MB, over the 5\.0 MB limit/);
		expect(reasons['photo.jpg']).toMatch(/JPEG/);
		const byTitle = (t: string) => corpus.articles.find((a) => a.title.includes(t));
		expect(byTitle('Kazakh')?.countries.map((c) => c.code)).toContain('KZ');
		expect(byTitle('Persian poetry')?.warnings.join(' ')).toMatch(/Windows-1256/);
		expect(byTitle('Persian poetry')?.paragraphs[0]).toContain('ايران');
		expect(byTitle('Oman mediates')?.paragraphs).toEqual(['Oman mediates between rivals in Tehran on Monday.']);
		expect(byTitle('<script>')?.title).toBe('Markup <script>alert(1)</script> in title');
		expect(byTitle('Iran seeking peace')?.warnings.join(' ')).toMatch(/seed-again\.txt.*|seed\.txt/);
	});

	it('exits 2 and names a path that does not exist', async () => {
		const { code, stderr } = await cli('seeds', 'no/such/folder');
		expect(code).toBe(2);
		expect(stderr).toContain('no/such/folder');
	});

	it('reads regular files only, follows links only inside the folder, and lists the rest as rejected', { timeout: 30_000 }, async () => {
		const root = mkdtempSync(join(tmpdir(), 'wirescope-links-'));
		const outside = mkdtempSync(join(tmpdir(), 'wirescope-outside-'));
		writeFileSync(join(outside, 'secret.txt'), 'Mar 2, 2020, 8:55 PM\nSecret\n\nTehran, IRNA – not to be published.');
		const dir = join(root, 'corpus');
		mkdirSync(join(dir, 'sub'), { recursive: true });
		writeFileSync(join(dir, 'sub', 'seed.txt'), SEED);
		symlinkSync(join(dir, 'sub', 'seed.txt'), join(dir, 'inside-link.txt'));
		symlinkSync(join(outside, 'secret.txt'), join(dir, 'outside-link.txt'));
		symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken-link.txt'));
		symlinkSync('/dev/zero', join(dir, 'zero.txt'));
		execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
		const { code, stdout } = await cli(dir);
		expect(code).toBe(0);
		const corpus = JSON.parse(stdout) as Corpus;
		const reasons = Object.fromEntries(corpus.rejected.map((r) => [r.file.split('/').pop(), r.reason]));
		expect(reasons['outside-link.txt']).toMatch(/outside the corpus folder/);
		expect(reasons['broken-link.txt']).toMatch(/broken link/);
		expect(reasons['zero.txt']).toMatch(/outside the corpus folder/);
		expect(reasons['pipe.txt']).toMatch(/named pipe/);
		expect(stdout).not.toContain('not to be published');
		// The seed, read through its own path and through the link inside the folder (a duplicate).
		expect(corpus.articles).toHaveLength(1);
	});
});
