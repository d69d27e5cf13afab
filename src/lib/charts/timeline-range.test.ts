import { describe, expect, it } from 'vitest';
import { binDays } from './bins';
import { brushedRange, typedRange } from './timeline-range';

const span = { from: '2019-09-01', to: '2019-09-30' };

describe('typedRange', () => {
	it('refuses text that is not a real day written as YYYY-MM-DD', () => {
		for (const raw of ['2019-02-30', '13/09/2019', '2019-9-13', 'yesterday'])
			expect(typedRange('from', raw, { from: null, to: null }, span)).toBeUndefined();
	});

	it('clears an end when its field is emptied, and reads a day around spaces', () => {
		expect(typedRange('to', '  ', { from: '2019-09-05', to: '2019-09-10' }, span)).toEqual({ from: '2019-09-05', to: null });
		expect(typedRange('to', ' 2019-09-12 ', { from: '2019-09-05', to: '2019-09-10' }, span)).toEqual({
			from: '2019-09-05',
			to: '2019-09-12'
		});
	});

	it('drags the other end along when a day of the corpus crosses it', () => {
		expect(typedRange('from', '2019-09-20', { from: null, to: '2019-09-10' }, span)).toEqual({ from: '2019-09-20', to: '2019-09-20' });
		expect(typedRange('to', '2019-09-02', { from: '2019-09-10', to: null }, span)).toEqual({ from: '2019-09-02', to: '2019-09-02' });
	});

	it('leaves the other end where it is for a day outside the corpus, such as a year half typed', () => {
		expect(typedRange('to', '0201-09-02', { from: '2019-09-10', to: null }, span)).toEqual({ from: '2019-09-10', to: '0201-09-02' });
		expect(typedRange('from', '2020-01-01', { from: null, to: '2019-09-10' }, span)).toEqual({ from: '2020-01-01', to: '2019-09-10' });
	});
});

describe('brushedRange', () => {
	const weeks = binDays(['2019-09-02', '2019-09-29'], [], 'week');

	it('selects from the first day of the first bin to the last day of the last', () => {
		expect(weeks.map((b) => b.start)).toEqual(['2019-09-02', '2019-09-09', '2019-09-16', '2019-09-23']);
		expect(brushedRange(weeks, 1, 2)).toEqual({ from: '2019-09-09', to: '2019-09-22' });
	});

	it('leaves a range open at an end of the corpus it touches', () => {
		expect(brushedRange(weeks, 0, 1)).toEqual({ from: null, to: '2019-09-15' });
		expect(brushedRange(weeks, 2, 3)).toEqual({ from: '2019-09-16', to: null });
	});
});
