import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseArticleSafely } from '../corpus/parse';
import { unpack, unpackInSteps, type ImportBudget } from './unpack';

const bytes = (s: string) => new TextEncoder().encode(s);

/** Each local header and directory record of a zip, with where its inflated size and its name lie. */
function eachRecord(zip: Uint8Array, visit: (record: { sizeAt: number; nameAt: number; nameLength: number }) => void): void {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	for (let at = 0; at + 4 <= zip.length; at++) {
		const sig = view.getUint32(at, true);
		if (sig === 0x04034b50) visit({ sizeAt: at + 22, nameAt: at + 30, nameLength: view.getUint16(at + 26, true) });
		if (sig === 0x02014b50) visit({ sizeAt: at + 24, nameAt: at + 46, nameLength: view.getUint16(at + 28, true) });
	}
}

/** Makes the records of an entry of `from` bytes declare `to` instead. */
function declare(zip: Uint8Array, from: number, to: number): void {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	eachRecord(zip, ({ sizeAt }) => {
		if (view.getUint32(sizeAt, true) === from) view.setUint32(sizeAt, to, true);
	});
}

describe('unpack', () => {
	it('passes a plain file through under its own name', () => {
		const [only] = unpack('a.txt', bytes('text'));
		expect(only).toEqual({ source: { file: 'a.txt', bytes: bytes('text') } });
	});

	it('lists the files inside a zip by their path in it, skipping folders and archiver metadata', () => {
		const zip = zipSync({ '2021/b.txt': bytes('B'), 'a.txt': bytes('A'), '__MACOSX/._a.txt': bytes('x'), '.DS_Store': bytes('x') });
		const files = unpack('captures.zip', zip).map((u) => ('source' in u ? u.source.file : u.rejection.file));
		expect(files).toEqual(['captures.zip/2021/b.txt', 'captures.zip/a.txt']);
	});

	it("counts a zip's files first, then inflates them a few hundred at a time, in path order", () => {
		const names = Array.from({ length: 1200 }, (_, i) => `n/${String(1199 - i).padStart(4, '0')}.txt`);
		const zip = zipSync(Object.fromEntries(names.map((name) => [name, bytes(name)])));
		const { count, steps } = unpackInSteps('big.zip', zip);
		expect(count).toBe(1200);
		const sizes: number[] = [];
		const files: string[] = [];
		for (const step of steps) {
			sizes.push(step.length);
			for (const u of step) if ('source' in u) files.push(`${u.source.file}=${new TextDecoder().decode(u.source.bytes)}`);
		}
		expect(sizes).toEqual([0, 500, 500, 200]);
		expect(files).toEqual([...names].sort().map((name) => `big.zip/${name}=${name}`));
	});

	it('lists entries whose path leads out of the archive as rejected, and unpacks the rest', () => {
		const zip = zipSync({
			'../evil.txt': bytes('x'),
			'a/../../up.txt': bytes('x'),
			'/abs.txt': bytes('x'),
			'ok.txt': bytes('OK'),
			'.hidden': bytes('x')
		});
		const out = unpack('c.zip', zip);
		const rejected = out.flatMap((u) => ('rejection' in u ? [u.rejection] : []));
		expect(rejected.map((r) => r.file).sort()).toEqual(['c.zip/../evil.txt', 'c.zip//abs.txt', 'c.zip/a/../../up.txt']);
		expect(rejected.every((r) => /leads out of the archive/.test(r.reason))).toBe(true);
		expect(out.flatMap((u) => ('source' in u ? [u.source.file] : []))).toEqual(['c.zip/ok.txt']);
	});

	it('rejects a damaged zip with a reason instead of throwing', () => {
		const zip = zipSync({ 'a.txt': bytes('A'.repeat(100)) }).slice(0, 40);
		const [only] = unpack('broken.zip', zip);
		expect(only).toMatchObject({ rejection: { file: 'broken.zip' } });
	});

	it("refuses, with the reason, a zip's files past what the import may still take, from their declared sizes", () => {
		const zip = zipSync({ 'a.txt': new Uint8Array(100), 'b.txt': new Uint8Array(100), 'c.txt': new Uint8Array(100) });
		const budget: ImportBudget = { left: 250, limit: 'the 1 MB one import may hold' };
		const out = unpack('three.zip', zip, budget).map((u) => ('source' in u ? u.source.file : `${u.rejection.file}: ${u.rejection.reason}`));
		expect(out).toEqual([
			'three.zip/c.txt: the import would go past the 1 MB one import may hold: import the rest separately',
			'three.zip/a.txt',
			'three.zip/b.txt'
		]);
		expect(budget.left).toBe(50);
	});

	it('cuts an entry that declares less than it holds at the declared size, and refuses it by its checksum', () => {
		const zip = zipSync({ 'bomb.txt': new Uint8Array(200_000), 'fine.txt': bytes('fine') }, { level: 9 });
		// Make the directory (and the local header) say 1,000 bytes instead of 200,000.
		declare(zip, 200_000, 1000);
		const out = unpack('lying.zip', zip).map((u) =>
			'source' in u ? `${u.source.file} ${u.source.bytes.length}` : `${u.rejection.file}: ${u.rejection.reason}`
		);
		expect(out).toEqual([
			'lying.zip/bomb.txt: inflates to other contents than the archive records (a damaged or crafted archive), not read',
			'lying.zip/fine.txt 4'
		]);
	});

	it('refuses an entry packed far tighter than text packs (a compression bomb) from the directory, and reads small or ordinary ones', () => {
		const sentence = 'All work and no play makes Jack a dull boy. ';
		const zip = zipSync(
			{ 'bomb.txt': bytes(sentence.repeat(40_000)), 'small.txt': bytes(sentence.repeat(1000)), 'fine.txt': bytes('A plain article.') },
			{ level: 9 }
		);
		const out = unpack('bombs.zip', zip).map((u) => ('source' in u ? u.source.file : `${u.rejection.file}: ${u.rejection.reason}`));
		expect(out).toEqual([
			expect.stringMatching(/^bombs\.zip\/bomb\.txt: packed [\d,]+ to 1, far tighter than any text \(a compression bomb\?\), not read$/),
			'bombs.zip/fine.txt',
			'bombs.zip/small.txt'
		]);
	});

	it('refuses a bomb of many small entries once they inflate past a megabyte together, keeping the first ones', () => {
		const sentence = 'All work and no play makes Jack a dull boy. ';
		const files = Object.fromEntries(
			Array.from({ length: 40 }, (_, i) => [`part-${String(i).padStart(2, '0')}.txt`, bytes(sentence.repeat(2_300))])
		);
		const out = unpack('many.zip', zipSync(files, { level: 9 }));
		const read = out.filter((u) => 'source' in u).length;
		// Each entry is 101,200 bytes at more than 100 to 1: ten fit in a megabyte, the other thirty are refused.
		expect(read).toBe(10);
		expect(out.filter((u) => 'rejection' in u && /a compression bomb/.test(u.rejection.reason))).toHaveLength(30);
	});

	it("reads every entry the directory lists when the end record says another number, and says so in each article's warnings", () => {
		const zip = zipSync({ 'a.txt': bytes('first'), 'b.txt': bytes('second'), 'c.txt': bytes('third') });
		const view = new DataView(zip.buffer);
		const end = zip.length - 22;
		for (const claim of [1000, 1]) {
			const crafted = zip.slice();
			new DataView(crafted.buffer).setUint16(end + 8, claim, true);
			new DataView(crafted.buffer).setUint16(end + 10, claim, true);
			const out = unpack('odd.zip', crafted);
			expect(out.map((u) => ('source' in u ? u.source.file : u.rejection.reason))).toEqual([
				'odd.zip/a.txt',
				'odd.zip/b.txt',
				'odd.zip/c.txt'
			]);
			for (const u of out) {
				if (!('source' in u)) continue;
				expect(u.source.notes).toEqual([
					`the archive's end record says it holds ${claim.toLocaleString('en')} ${claim === 1 ? 'entry' : 'entries'} but its directory lists 3 (a damaged or crafted zip): every listed entry was read`
				]);
				expect(parseArticleSafely(u.source)).toMatchObject({ article: { warnings: expect.arrayContaining([u.source.notes![0]]) } });
			}
		}
		expect(view.getUint16(end + 10, true)).toBe(3);
		// A whole zip says nothing.
		expect(unpack('whole.zip', zip).every((u) => 'source' in u && u.source.notes === undefined)).toBe(true);
	});

	it('names an entry not marked UTF-8 by code page 437, and checks its checksum all the same', () => {
		const zip = zipSync({ 'cafX.txt': new Uint8Array(200_000), 'menuX.txt': bytes('menu') }, { level: 9 });
		// The name's X becomes 0x82 (é in code page 437) with the UTF-8 flag left unset, as Windows writes it.
		eachRecord(zip, ({ nameAt, nameLength }) => {
			const x = zip.subarray(nameAt, nameAt + nameLength).indexOf(0x58);
			if (x >= 0) zip[nameAt + x] = 0x82;
		});
		// And the first entry declares 1,000 bytes instead of 200,000.
		declare(zip, 200_000, 1000);
		const out = unpack('win.zip', zip).map((u) =>
			'source' in u ? `${u.source.file} ${u.source.bytes.length}` : `${u.rejection.file}: ${u.rejection.reason}`
		);
		expect(out).toEqual([
			'win.zip/café.txt: inflates to other contents than the archive records (a damaged or crafted archive), not read',
			'win.zip/menué.txt 4'
		]);
	});

	it('lists a second entry of the same name as rejected instead of dropping one in silence', () => {
		const zip = zipSync({ 'a.txt': bytes('first'), 'b.txt': bytes('second') });
		// Rename b.txt to a.txt in the local header and the directory.
		for (let at = 0; at + 5 <= zip.length; at++) if (zip[at] === 0x62 && zip[at + 1] === 0x2e && zip[at + 2] === 0x74) zip[at] = 0x61;
		const out = unpack('twice.zip', zip).map((u) => ('source' in u ? u.source.file : `${u.rejection.file}: ${u.rejection.reason}`));
		expect(out).toEqual(['twice.zip/a.txt: the archive lists another entry of this name: only one of them is read', 'twice.zip/a.txt']);
	});

	it('says in plain words why a zip cannot be read', () => {
		const zip = zipSync({ 'a.txt': bytes('A'.repeat(100)) });
		const view = new DataView(zip.buffer);
		// An entry packed by a method no reader knows.
		for (let at = 0; at + 4 <= zip.length; at++) {
			const sig = view.getUint32(at, true);
			if (sig === 0x04034b50) view.setUint16(at + 8, 99, true);
			if (sig === 0x02014b50) view.setUint16(at + 10, 99, true);
		}
		const reasons = unpack('odd.zip', zip).map((u) => ('rejection' in u ? u.rejection.reason : 'read'));
		expect(reasons).toEqual([
			'not a readable zip archive: its directory is damaged, or an entry is packed by a method this reader lacks (99)'
		]);
	});
});
