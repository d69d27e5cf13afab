import { describe, expect, it } from 'vitest';
import type { Body } from '../corpus/bundle';
import type { BodyLoader } from './bodies';
import { SAMPLE_STEP } from '../contexts/sample';
import { ContextReader } from './contexts.svelte';
import { Explorer } from './explorer.svelte';

/** Article i's body: two paragraphs, the first naming "oman" beside "port". */
const bodyOf = (i: number): Body => ({
	id: `a${i}`,
	paragraphs: [`Oman opened the port of Duqm, story ${i}.`, 'Nothing else.'],
	mentions: []
});

/** A reader over a loader of bodies that records what it was asked for, failing while `failing` is set. */
function setUp() {
	const asked: number[][] = [];
	const loader = {
		failing: false,
		bodiesOf: async (indices: readonly number[]) => {
			asked.push([...indices]);
			if (loader.failing) throw new Error('HTTP 503');
			return new Map(indices.map((i) => [i, bodyOf(i)]));
		}
	};
	const ex = new Explorer();
	// Outside a component the reader's effect does not run: the tests call what it calls.
	const reader = new ContextReader(ex, loader as unknown as BodyLoader, { compact: false, nextTask: () => Promise.resolve() });
	const read = (rows: Int32Array, size: number, words = oman) =>
		reader.read(
			rows,
			words,
			size,
			() => false,
			() => Promise.resolve()
		);
	return { ex, reader, loader, asked, read };
}

const oman = new Set(['oman']);
const rows = Int32Array.from({ length: 120 }, (_, i) => 119 - i);

describe('the text read for keyword in context and collocates', () => {
	it('reads the first results in the order listed, and gives their lines and collocates', async () => {
		const { ex, asked, read } = setUp();
		await read(rows, SAMPLE_STEP);
		expect(asked.flat()).toEqual(Array.from(rows.subarray(0, SAMPLE_STEP)));
		expect(ex.contexts).toMatchObject({ read: SAMPLE_STEP, size: SAMPLE_STEP, error: null, matches: SAMPLE_STEP, missing: 0 });
		expect(ex.contexts!.lines.map((l) => l.rank)).toEqual(Array.from({ length: SAMPLE_STEP }, (_, k) => k));
		expect(ex.contexts!.lines[0]).toMatchObject({ index: 119, key: 'Oman', right: ' opened the port of Duqm, story 119.' });
		expect(ex.contexts!.collocates.map((c) => c.word)).toEqual(expect.arrayContaining(['opened', 'port', 'duqm']));
	});

	it('goes on from where it stopped when more are asked for, and starts again for other results or words', async () => {
		const { ex, reader, asked, read } = setUp();
		await read(rows, SAMPLE_STEP);
		reader.more();
		expect(reader.sizeFor(rows)).toBe(2 * SAMPLE_STEP);
		asked.length = 0;
		await read(rows, 2 * SAMPLE_STEP);
		expect(asked.flat()).toEqual(Array.from(rows).slice(SAMPLE_STEP, 2 * SAMPLE_STEP));
		expect(ex.contexts).toMatchObject({ read: 2 * SAMPLE_STEP, matches: 2 * SAMPLE_STEP });
		asked.length = 0;
		await read(rows, 2 * SAMPLE_STEP, new Set(['port']));
		expect(asked.flat().length).toBe(2 * SAMPLE_STEP);
		expect(ex.contexts!.lines[0].key).toBe('port');
		// Other results: the first step again.
		expect(reader.sizeFor(Int32Array.from([1, 2]))).toBe(SAMPLE_STEP);
	});

	it('keeps what was read when the same results come in a new list (the view changed elsewhere)', async () => {
		const { ex, reader, asked, read } = setUp();
		await read(rows, SAMPLE_STEP);
		reader.more();
		const serial = ex.contexts!.serial;
		asked.length = 0;
		const again = Int32Array.from(rows);
		expect(reader.sizeFor(again)).toBe(2 * SAMPLE_STEP);
		await read(again, 2 * SAMPLE_STEP, new Set(['oman']));
		expect(asked.flat()).toEqual(Array.from(rows).slice(SAMPLE_STEP, 2 * SAMPLE_STEP));
		expect(ex.contexts).toMatchObject({ serial, read: 2 * SAMPLE_STEP, rows: again });
	});

	it('says why the text could not be read, and goes on from there when tried again', async () => {
		const { ex, loader, asked, read } = setUp();
		await read(rows, 20);
		loader.failing = true;
		await read(rows, 40);
		expect(ex.contexts).toMatchObject({ read: 20, error: 'HTTP 503' });
		loader.failing = false;
		asked.length = 0;
		await read(rows, 40);
		expect(ex.contexts).toMatchObject({ read: 40, error: null });
		expect(asked.flat()).toEqual(Array.from(rows.subarray(20, 40)));
	});

	it('leaves out a result whose text is from another build, and says so', async () => {
		const { ex, loader, read } = setUp();
		loader.bodiesOf = async (indices) => new Map(indices.filter((i) => i % 2).map((i) => [i, bodyOf(i)]));
		await read(rows, 10);
		expect(ex.contexts).toMatchObject({ read: 10, missing: 5, matches: 5 });
	});
});
