import { describe, expect, it } from 'vitest';
import { splitDateline } from './dateline';

describe('splitDateline', () => {
	it.each([
		['Tehran, Sept 13, IRNA – Iran is after peace.', { place: 'Tehran', date: 'Sept 13', agency: 'IRNA' }],
		['Tehran, March 2, IRNA -- Iran is after peace.', { place: 'Tehran', date: 'March 2', agency: 'IRNA' }],
		['Tehran, Nov 2, IRNA- Iran is after peace.', { place: 'Tehran', date: 'Nov 2', agency: 'IRNA' }],
		['Kabul, IRNA - Iran is after peace.', { place: 'Kabul', date: null, agency: 'IRNA' }],
		['Rasht, July 29, IRNA - Iran is after peace.', { place: 'Rasht', date: 'July 29', agency: 'IRNA' }],
		['Tehran, IRNA – Iran is after peace.', { place: 'Tehran', date: null, agency: 'IRNA' }],
		['TEHRAN, Apr. 24 (MNA) – Iran is after peace.', { place: 'TEHRAN', date: 'Apr. 24', agency: 'MNA' }],
		['Tehran (ISNA) – Iran is after peace.', { place: 'Tehran', date: null, agency: 'ISNA' }],
		['TEHRAN (Tasnim) – Iran is after peace.', { place: 'TEHRAN', date: null, agency: 'Tasnim' }],
		['TEHRAN – Iran is after peace.', { place: 'TEHRAN', date: null, agency: null }],
		['TEHRAN — Iran is after peace.', { place: 'TEHRAN', date: null, agency: null }],
		['New Delhi, Jan 5, IRNA – Iran is after peace.', { place: 'New Delhi', date: 'Jan 5', agency: 'IRNA' }]
	])('reads "%s"', (text, dateline) => {
		const split = splitDateline(text);
		expect(split?.dateline).toEqual(dateline);
		expect(split?.rest).toBe('Iran is after peace.');
	});

	it('leaves sentences that merely start with a place alone', () => {
		expect(splitDateline('Iran – Kyrgyzstan ties are growing, officials said.')).toBeNull();
		expect(splitDateline('Iran, Syria and Iraq signed a deal - a big one.')).toBeNull();
		expect(splitDateline('Speaking in Tehran, the minister said so.')).toBeNull();
	});
});
