import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHARTS_AFTER_MS } from '../state/first-screen.svelte';
import { PacedFigures } from './paced-figures.svelte';

describe('figures handed the charts’ model', () => {
	let frames: (() => void)[];
	const afterPaint = (fn: () => void) => {
		frames.push(fn);
		return () => (frames = frames.filter((f) => f !== fn));
	};
	const paint = () => frames.shift()?.();
	const shown = (paced: PacedFigures<string>) => [0, 1, 2].map((k) => paced.at(k));
	/** Three figures that each draw the whole model. */
	const whole = [(m: string) => [m], (m: string) => [m], (m: string) => [m]];
	beforeEach(() => {
		frames = [];
		vi.useFakeTimers();
	});
	afterEach(() => vi.useRealTimers());

	it('all get it at once while the first screen is drawn', () => {
		const paced = new PacedFigures<string>(whole, 'nothing', afterPaint);
		paced.offer('corpus', { now: true, urgent: true });
		expect(shown(paced)).toEqual(['corpus', 'corpus', 'corpus']);
		expect(frames).toHaveLength(0);
	});

	it('follow the typing once it pauses, one figure per frame, and a newer model cancels the older', () => {
		const paced = new PacedFigures<string>(whole, 'nothing', afterPaint);
		const cancel = paced.offer('ira', { now: false, urgent: false });
		vi.advanceTimersByTime(CHARTS_AFTER_MS - 1);
		expect(frames).toHaveLength(0);
		cancel();
		paced.offer('iran', { now: false, urgent: false });
		vi.advanceTimersByTime(CHARTS_AFTER_MS);
		expect(shown(paced)).toEqual(['nothing', 'nothing', 'nothing']);
		paint();
		expect(shown(paced)).toEqual(['iran', 'nothing', 'nothing']);
		paint();
		expect(shown(paced)).toEqual(['iran', 'iran', 'nothing']);
		paint();
		expect(shown(paced)).toEqual(['iran', 'iran', 'iran']);
		expect(frames).toHaveLength(0);
	});

	it('stop mid-way when a newer model comes, the figures not yet handed keeping what they drew', () => {
		const paced = new PacedFigures<string>(whole, 'nothing', afterPaint);
		const cancel = paced.offer('iran', { now: false, urgent: true });
		vi.advanceTimersByTime(0);
		paint();
		cancel();
		expect(frames).toHaveLength(0);
		expect(shown(paced)).toEqual(['iran', 'nothing', 'nothing']);
	});

	it('follow a change of corpus without waiting for a pause', () => {
		const paced = new PacedFigures<string>(whole, 'nothing', afterPaint);
		paced.offer('imported', { now: false, urgent: true });
		vi.advanceTimersByTime(0);
		paint();
		expect(paced.at(0)).toBe('imported');
	});

	it('hand a figure whose parts did not change the model at once: no frame waits on it', () => {
		type Model = { timeline: string; provenance: string };
		const parts = [(m: Model) => [m.timeline], (m: Model) => [m.provenance], (m: Model) => [m.provenance]];
		const paced = new PacedFigures<Model>(parts, { timeline: 'corpus', provenance: 'none' }, afterPaint);
		paced.offer({ timeline: 'corpus', provenance: 'built' }, { now: false, urgent: true });
		vi.advanceTimersByTime(0);
		// The timeline's part is the same: it is handed the model, and the first frame goes to the provenance's figure.
		expect(paced.at(0).provenance).toBe('built');
		expect(paced.at(1).provenance).toBe('none');
		paint();
		expect(paced.at(1).provenance).toBe('built');
		expect(paced.at(2).provenance).toBe('none');
		paint();
		expect(paced.at(2).provenance).toBe('built');
		expect(frames).toHaveLength(0);
	});
});
