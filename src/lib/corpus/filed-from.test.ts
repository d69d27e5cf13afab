import { describe, expect, it } from 'vitest';
import { filedCountry, knownCity, placeOnly } from './filed-from';

describe('filedCountry', () => {
	it('places a capital printed in any case, and a place with its country', () => {
		expect(filedCountry('Tehran')).toBe('IR');
		expect(filedCountry('TEHRAN')).toBe('IR');
		expect(filedCountry('Baku, Azerbaijan')).toBe('AZ');
		expect(filedCountry('NEW YORK')).toBe('US');
	});

	it('places a provincial city that is no capital', () => {
		expect(filedCountry('Mashhad')).toBe('IR');
		expect(filedCountry('ISTANBUL')).toBe('TR');
		expect(filedCountry('St. Petersburg')).toBe('RU');
	});

	it('says it does not know a place rather than guess', () => {
		expect(filedCountry('Atlantis')).toBeNull();
		expect(filedCountry('UNITED NATIONS')).toBeNull();
	});
});

describe('placeOnly and knownCity', () => {
	it('leave the country printed after a place to the dateline’s country', () => {
		expect(placeOnly('BAKU, Azerbaijan')).toBe('BAKU');
		expect(placeOnly('WASHINGTON DC, United States')).toBe('WASHINGTON DC');
		expect(placeOnly('Tehran')).toBe('Tehran');
		// Not a country after the comma: kept whole.
		expect(placeOnly('Kuala Lumpur, Central District')).toBe('Kuala Lumpur, Central District');
	});

	it('know capitals and dateline cities, never countries', () => {
		expect(knownCity('Dubai')).toBe(true);
		expect(knownCity('NEW DELHI, India')).toBe(true);
		expect(knownCity('Iran')).toBe(false);
		expect(knownCity('Note')).toBe(false);
	});
});
