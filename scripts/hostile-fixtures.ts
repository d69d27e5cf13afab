/**
 * npm run fixtures:hostile -- <folder>
 * Writes a folder of the files that broke, or could break, the parser and the CLI: what people
 * leave in capture folders (empty, blank, binary, oversized, UTF-16, Windows-1256, a UTF-8
 * file with one legacy line, duplicates, CRLF) and what an attacker would make (a 5 MB
 * paragraph over 90,000 lines, 80,000 unclosed HTML openers, one word 200,000 times, markup
 * and spreadsheet formulas in titles). FIFOs and links cannot live in git: `addLinksAndPipes`
 * makes them in a folder at test time. The CLI's tests run it over the result.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const article = (title: string, body = `${title} in Tehran on Monday.`) => `Apr 12, 2021, 10:00 AM\n${title}\n\nTehran, IRNA – ${body}\n`;

/** File name → what the parser should make of it: an article ('article'), or a rejection (a pattern of its reason). */
export const HOSTILE_FILES: Record<string, 'article' | RegExp> = {
	'empty.txt': /empty file/,
	'blank.txt': /no text|blank|nothing/i,
	'photo.jpg': /JPEG/,
	'random.bin': /binary|control characters/,
	'huge.txt': /6\.0 MB, over the 5\.0 MB limit/,
	'utf16.txt': 'article',
	'cp1256.txt': 'article',
	'mixed-encoding.txt': 'article',
	'nested/crlf.txt': 'article',
	'nested/deeper/markup.txt': 'article',
	'formula.txt': 'article',
	'one-paragraph-5mb.txt': 'article',
	'html-openers.txt': 'article',
	'one-word-200k.txt': 'article',
	'seed.txt': 'article',
	'nested/seed-again.txt': 'article'
};

export function writeHostileFolder(dir: string): void {
	const put = (name: string, bytes: string | Uint8Array) => {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), bytes);
	};
	put('empty.txt', '');
	put('blank.txt', '  \n\n \t\n');
	put('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
	put('random.bin', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)));
	put('huge.txt', Buffer.alloc(6 * 1024 * 1024, 'a'));
	put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('Envoy meets Kazakh minister'), 'utf16le')]));
	// Windows-1256: ASCII text with the Persian word for Iran in the legacy code page.
	put(
		'cp1256.txt',
		Buffer.concat([Buffer.from(article('Tehran hosts Persian poetry night').trimEnd()), Buffer.from(' \xc7\xed\xd1\xc7\xe4\n', 'latin1')])
	);
	// UTF-8 throughout but for one line pasted from a Windows-1256 page.
	put(
		'mixed-encoding.txt',
		Buffer.concat([
			Buffer.from(article('Kyrgyz “envoy” visits', 'The envoy said “ایران و قرقیزستان” are close.')),
			Buffer.from('\xc7\xed\xd1\xc7\xe4\n', 'latin1')
		])
	);
	put('nested/crlf.txt', article('Oman mediates between rivals').replace(/\n/g, '\r\n'));
	put('nested/deeper/markup.txt', article('Markup <script>alert(1)</script> in title', '<img src=x onerror=alert(1)> was in the body.'));
	put('formula.txt', article('a;=1+2;b =HYPERLINK("http://x")'));
	const line = 'and the talks went on through the night in several rounds';
	put(
		'one-paragraph-5mb.txt',
		`Mar 2, 2020, 8:55 PM\nTalks continue\n\nTehran, IRNA – Officials said ${`${line}\n`.repeat(80_000)}ended.\n`
	);
	put(
		'html-openers.txt',
		`<html><body><p>Mar 2, 2020, 8:55 PM</p><h1>Openers</h1><p>Tehran, IRNA – Before</p>${'<!--'.repeat(80_000)}</body></html>`
	);
	put('one-word-200k.txt', article('Iran, over and over', 'Iran '.repeat(200_000)));
	const seed = readFileSync(resolve('seeds/000_a0474dc1596c8efe.txt'));
	put('seed.txt', seed);
	put('nested/seed-again.txt', seed);
}

/**
 * Adds to `dir` what only a test can make: a link inside the folder, a link to a file outside
 * it (`outside/secret.txt`), a broken link, a link to /dev/zero and a FIFO. Returns the
 * rejection reason each should get.
 */
export function addLinksAndPipes(dir: string): Record<string, RegExp> {
	const outside = mkdtempSync(join(tmpdir(), 'wirescope-outside-'));
	writeFileSync(join(outside, 'secret.txt'), article('Secret', 'not to be published.'));
	symlinkSync(join(dir, 'seed.txt'), join(dir, 'inside-link.txt'));
	symlinkSync(join(outside, 'secret.txt'), join(dir, 'outside-link.txt'));
	symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken-link.txt'));
	symlinkSync('/dev/zero', join(dir, 'zero.txt'));
	execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
	return {
		'outside-link.txt': /outside the corpus folder/,
		'broken-link.txt': /broken link/,
		'zero.txt': /outside the corpus folder/,
		'pipe.txt': /named pipe/
	};
}

if (process.argv[1]?.endsWith('hostile-fixtures.ts')) {
	const dir = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'wirescope-hostile-')));
	mkdirSync(dir, { recursive: true });
	writeHostileFolder(dir);
	console.log(`hostile fixtures in ${dir} (${Object.keys(HOSTILE_FILES).length} files; links and a FIFO are made by the tests)`);
}
