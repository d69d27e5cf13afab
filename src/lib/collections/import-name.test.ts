import { describe, expect, it } from 'vitest';
import { nameForImport } from './import-name';

describe('nameForImport', () => {
	it('names an import after the zip or folder it came from', () => {
		expect(nameForImport(['captures-2021.zip'])).toBe('captures-2021');
		expect(nameForImport(['persian/a.txt', 'persian/2020/b.txt'])).toBe('persian');
	});

	it('names loose files after the first and counts the rest', () => {
		expect(nameForImport(['a.txt', 'b.txt', 'c.txt'])).toBe('a.txt and 2 more');
	});

	it('never names a collection ".." or "" after steps that name nothing', () => {
		expect(nameForImport(['../../etc/passwd.txt'])).toBe('etc');
		expect(nameForImport(['./notes.txt'])).toBe('notes.txt');
		expect(nameForImport(['..', '/'])).toBe('Imported files');
	});
});
