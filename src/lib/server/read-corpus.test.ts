import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusFiles, type FileEntry } from './read-corpus';

/**
 * A folder `depth` levels deep ("a/a/a/…") with a capture at each depth of `at`, made by a child
 * process that walks down as it goes: no path that long can be named at once.
 */
function deepFolder(root: string, depth: number, at: number[]): void {
	const script = `
		const fs = require('node:fs');
		process.chdir(process.argv[1]);
		const at = new Set(${JSON.stringify(at)});
		for (let i = 1; i <= ${depth}; i++) {
			fs.mkdirSync('a');
			process.chdir('a');
			if (at.has(i)) fs.writeFileSync('capture-' + i + '.txt', 'Mar 3, 2020, 8:55 PM\\nCapture at depth ' + i + '\\n\\nTehran, IRNA – Depth ' + i + '.\\n');
		}`;
	execFileSync(process.execPath, ['-e', script, root]);
}

describe('reading a corpus folder from disk', () => {
	const root = mkdtempSync(join(tmpdir(), 'wirescope-deep-'));
	afterAll(() => {
		// `rm -r` goes as deep as the folder does, where Node's own removal names whole paths.
		execFileSync('rm', ['-rf', root]);
	});

	it('reads captures thousands of folders deep, and lists the folders too deep for the system as rejected', async () => {
		deepFolder(root, 2300, [100, 1000, 1900]);
		const entries: FileEntry[] = [];
		for await (const entry of readCorpusFiles([root], root)) entries.push(entry);
		// In name order, depth first: the folder "a" comes before the capture beside it.
		const read = entries.flatMap((e) => ('source' in e ? [e.source.file.split('/').pop()] : []));
		expect(read).toEqual(['capture-1900.txt', 'capture-1000.txt', 'capture-100.txt']);
		const rejected = entries.flatMap((e) => ('rejection' in e ? [e.rejection.reason] : []));
		expect(rejected).toHaveLength(1);
		expect(rejected[0]).toMatch(/path too long for this system/);
	}, 60_000);
});
