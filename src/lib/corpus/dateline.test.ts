import { describe, expect, it } from 'vitest';
import { datelineAlone, splitCredit, splitDateline } from './dateline';

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
		['New Delhi, Jan 5, IRNA – Iran is after peace.', { place: 'New Delhi', date: 'Jan 5', agency: 'IRNA' }],
		['WASHINGTON (Reuters) - Iran is after peace.', { place: 'WASHINGTON', date: null, agency: 'Reuters' }],
		['SANAA, March 4 (Saba)- Iran is after peace.', { place: 'SANAA', date: 'March 4', agency: 'Saba' }],
		['Baku, Azerbaijan, Jan. 5 (Trend): Iran is after peace.', { place: 'Baku, Azerbaijan', date: 'Jan. 5', agency: 'Trend' }],
		['CARACAS, May 24 (Agency) — Iran is after peace.', { place: 'CARACAS', date: 'May 24', agency: 'Agency' }],
		['ABU DHABI, 5th January, 2021 (WAM) -- Iran is after peace.', { place: 'ABU DHABI', date: '5th January, 2021', agency: 'WAM' }],
		['Riyadh, January 05, 2021, SPA -- Iran is after peace.', { place: 'Riyadh', date: 'January 05, 2021', agency: 'SPA' }],
		['MOSCOW, January 5. /TASS/. Iran is after peace.', { place: 'MOSCOW', date: 'January 5', agency: 'TASS' }],
		['ISLAMABAD: Iran is after peace.', { place: 'ISLAMABAD', date: null, agency: null }],
		// A city the tables know, in any case, before a dash or a colon.
		['Tehran, Iran – Iran is after peace.', { place: 'Tehran, Iran', date: null, agency: null }],
		['KABUL, AFGHANISTAN  – Iran is after peace.', { place: 'KABUL, AFGHANISTAN', date: null, agency: null }],
		['Dubai: Iran is after peace.', { place: 'Dubai', date: null, agency: null }],
		['New Delhi : Iran is after peace.', { place: 'New Delhi', date: null, agency: null }],
		['YEREVAN, APRIL 29, ARMENPRESS. Iran is after peace.', { place: 'YEREVAN', date: 'APRIL 29', agency: 'ARMENPRESS' }],
		['ETREK (Turkmenistan), December 3. /TASS/. Iran is after peace.', { place: 'ETREK', date: 'December 3', agency: 'TASS' }],
		[
			'WASHINGTON DC, United States (Kurdistan 24) – Iran is after peace.',
			{ place: 'WASHINGTON DC, United States', date: null, agency: 'Kurdistan 24' }
		]
	])('reads "%s"', (text, dateline) => {
		const split = splitDateline(text);
		expect(split?.dateline).toEqual(dateline);
		expect(split?.rest).toBe('Iran is after peace.');
	});

	it('keeps a hyphenated place in capitals whole, and still reads a spaced or long dash', () => {
		expect(splitDateline('AL-MUKALLA: The US Navy said on Tuesday it had intercepted a shipment.')?.dateline.place).toBe('AL-MUKALLA');
		expect(splitDateline('TEHRAN - Iran said on Tuesday.')?.dateline.place).toBe('TEHRAN');
		expect(splitDateline('TEHRAN- Iran said on Tuesday.')?.dateline.place).toBe('TEHRAN');
		expect(splitDateline('TEHRAN – Iran said on Tuesday.')?.dateline.place).toBe('TEHRAN');
	});

	it('reads a known city with a colon on a line of its own, not a label', () => {
		expect(datelineAlone('Tehran:')).toEqual({ place: 'Tehran', date: null, agency: null });
		expect(datelineAlone('Politics:')).toBeNull();
	});

	it('reads a dateline in capitals before a dash even for a place no table knows, which may be an outlet', () => {
		// "IFP - …" stays a dateline: a town the tables lack ("AKTAU - …") prints the same way.
		expect(splitDateline('AKTAU - Kazakhstan said on Tuesday.')?.dateline.place).toBe('AKTAU');
		expect(splitCredit('(IFP) Iran said on Tuesday.', '')?.agency).toBe('IFP');
	});

	it('leaves sentences that merely start with a place alone', () => {
		expect(splitDateline('Iran – Kyrgyzstan ties are growing, officials said.')).toBeNull();
		expect(splitDateline('Iran, Syria and Iraq signed a deal - a big one.')).toBeNull();
		expect(splitDateline('Speaking in Tehran, the minister said so.')).toBeNull();
		expect(splitDateline('UPDATE: The minister said so.')).toBeNull();
		expect(splitDateline('Note: the figures are provisional.')).toBeNull();
		// Not cities: a country, a hyphenated pair in a headline, a label with a colon.
		expect(splitDateline('Oman: The talks will go on, officials said.')).toBeNull();
		expect(splitDateline('Tehran-Dushanbe axis renewed As the two sides meet.')).toBeNull();
		expect(splitDateline('Sources: The minister said so.')).toBeNull();
	});
});

describe('splitCredit', () => {
	it.each([
		['Shafaq News/ Tension rose on the border.', '', 'Shafaq News'],
		['(MENAFN) The chamber will send a delegation.', '', 'MENAFN'],
		['EghtesadOnline: The minister met his counterpart.', '', 'EghtesadOnline'],
		['PanARMENIAN.Net - The deputy minister said so.', '', 'PanARMENIAN.Net'],
		['Fars: The spokesman said so.', '', 'Fars'],
		['Gazette Daily - The minister said so.', 'www.gazettedaily.com', 'Gazette Daily']
	])('reads the credit opening "%s"', (paragraph, host, agency) => {
		const split = splitCredit(paragraph, host);
		expect(split?.agency).toBe(agency);
		expect(split?.rest).toMatch(/^(Tension|The) /);
	});

	it('leaves places, labels and names that open sentences alone', () => {
		for (const paragraph of [
			'Iran: The talks go on.',
			'Tehran/ The talks go on.',
			'(Tehran) The talks go on.',
			'Note: The figures are provisional.',
			'McDonald: The figures are provisional.',
			'Gazette Daily - The minister said so.'
		])
			expect(splitCredit(paragraph, '')).toBeNull();
	});
});
