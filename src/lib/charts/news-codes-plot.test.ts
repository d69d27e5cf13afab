import { describe, expect, it } from 'vitest';
import { codeReport, type CodeReport, type CodeSequence } from '../provenance/news-codes';
import { HEIGHT, MARGIN, codesPlot } from './news-codes-plot';

const HOUR = 3_600_000;
const T0 = Date.UTC(2020, 0, 1);

/** A sequence of stories with these codes and stamps (already in code order); `flagged` lists positions out of order. */
function sequence(codes: number[], times: number[], flagged: number[] = []): { seq: CodeSequence; report: CodeReport } {
	const seq: CodeSequence = {
		name: 'en.irna.ir',
		order: Int32Array.from(codes, (_, i) => i),
		codes: Float64Array.from(codes),
		times: Float64Array.from(times),
		expected: Float64Array.from(times),
		flagged: Uint8Array.from(codes, (_, i) => (flagged.includes(i) ? 1 : 0))
	};
	const report = codeReport(seq, null, null);
	if (!report) throw new Error('no story in the range');
	return { seq, report };
}

/** `n` stories, codes 1000, 1001 … one an hour. */
const wire = (n: number, flagged: number[] = []) =>
	sequence(
		Array.from({ length: n }, (_, i) => 1000 + i),
		Array.from({ length: n }, (_, i) => T0 + i * HOUR),
		flagged
	);

describe('codesPlot', () => {
	it('keeps one mistyped code from squashing the rest: the stray story sits on the top edge', () => {
		const { seq, report } = wire(1000);
		const stray = sequence([...seq.codes, 9_999_999], [...seq.times, T0]);
		const plot = codesPlot(stray, 600);
		expect(plot.y.domain()).toEqual([report.first + 5, report.last - 4]);
		expect(Math.max(...plot.yTicks)).toBeLessThan(2000);
		expect(plot.plain.at(-1)?.[1]).toBe(MARGIN.top);
	});

	it('draws one story in n of a large range, and every flagged one over them', () => {
		const plot = codesPlot(wire(4000, [10, 2000, 3999]), 600);
		expect(plot.step).toBe(3);
		expect(plot.plain).toHaveLength(1334);
		expect(plot.flagged).toHaveLength(3);
		expect(codesPlot(wire(1500), 600).step).toBe(1);
	});

	it('draws the stories along the width, oldest at the left edge and newest at the right', () => {
		const plot = codesPlot(wire(48), 600);
		expect(plot.plain[0]).toEqual([plot.left, HEIGHT - MARGIN.bottom]);
		expect(plot.plain.at(-1)).toEqual([600 - MARGIN.right, MARGIN.top]);
		expect(plot.xTicks.every((t) => t.at >= plot.left && t.at <= 600 - MARGIN.right)).toBe(true);
	});

	it('draws a range stamped at one moment a day wide, with its stories at the start', () => {
		const plot = codesPlot(sequence([5, 6, 7], [T0, T0, T0]), 600);
		expect(plot.plain.map(([x]) => x)).toEqual([plot.left, plot.left, plot.left]);
		expect(plot.xTicks.length).toBeGreaterThan(1);
		expect(plot.xTicks.every((t) => t.time >= T0 && t.time <= T0 + 24 * HOUR)).toBe(true);
	});

	it('makes room on the left for the longest code', () => {
		const short = codesPlot(sequence([100, 150, 199], [T0, T0 + HOUR, T0 + 2 * HOUR]), 600);
		const long = codesPlot(sequence([1_000_000, 1_000_050, 1_000_099], [T0, T0 + HOUR, T0 + 2 * HOUR]), 600);
		expect(long.left - short.left).toBeCloseTo(4 * 7.5);
	});

	it('draws no story before the plot is measured, nor for no sequence', () => {
		expect(codesPlot(wire(10, [3]), 0)).toMatchObject({ plain: [], flagged: [], step: 1 });
		expect(codesPlot(undefined, 600)).toMatchObject({ plain: [], flagged: [], step: 1 });
	});
});
