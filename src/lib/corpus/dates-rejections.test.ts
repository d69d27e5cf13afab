import { describe, expect, it } from 'vitest';
import { parseDateStamp } from './dates';

describe('parseDateStamp', () => {
	describe('rejections', () => {
		it.each([
			['The talks held on March 2, 2020 ended.'],
			['He said on Sept 13 that the talks would resume.'],
			['March 2, 2020 was a Monday'],
			['Tehran, Sept 13, IRNA – Iran is after peace.'],
			['On March 2, 2020'],
			['Updated: Mar 2, 2020, 8:55 PM'],
			['Sept 13'],
			['Journalist ID: 2379'],
			['News Code: 83699085'],
			['0 Persons'],
			['8072**1424'],
			['7 + 0 ='],
			['T T'],
			[''],
			['   ']
		])('does not take "%s" for a stamp', (line) => {
			expect(parseDateStamp(line)).toBeNull();
		});

		it.each([
			['Feb 30, 2020'],
			['Feb 29, 2019'],
			['Feb 29, 2100'],
			['31 April 2021'],
			['13/13/2020'],
			['2020-13-01'],
			['28.13.2020'],
			['Mar 2, 2020 25:00'],
			['Mar 2, 2020 24:00'],
			['Mar 2, 2020 10:61'],
			['Mar 2, 2020 0:05 AM'],
			['Mar 2, 2020 13:05 AM'],
			['Mar 2, 1989'],
			['Mar 2, 2101']
		])('refuses the impossible or out-of-range "%s"', (line) => {
			expect(parseDateStamp(line)).toBeNull();
		});

		it('accepts Feb 29 in a leap year, so the refusals above are about the calendar', () => {
			expect(parseDateStamp('Feb 29, 2020')?.iso).toBe('2020-02-29');
			expect(parseDateStamp('Feb 29, 2000')?.iso).toBe('2000-02-29');
		});

		it('reads two digits after a month name as a year, never a clock or a number in a sentence', () => {
			expect(parseDateStamp('10 March 23:15')).toBeNull();
			expect(parseDateStamp('5 May 12 people')).toBeNull();
			expect(parseDateStamp('12 Mehr 99')).toBeNull();
		});

		it('refuses a day/month/year slash date rather than guessing its order', () => {
			expect(parseDateStamp('26/3/2019')).toBeNull();
		});

		it('refuses a stamp-shaped line longer than 80 characters', () => {
			const padding = (width: number) => ' -'.repeat(width);
			expect(parseDateStamp(`Mar 2, 2020${padding(30)}`)?.iso).toBe('2020-03-02');
			expect(parseDateStamp(`Mar 2, 2020${padding(40)}`)).toBeNull();
		});
	});
});
