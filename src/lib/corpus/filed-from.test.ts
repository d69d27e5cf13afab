import { describe, expect, it } from 'vitest';
import { filedCountry } from './filed-from';

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
