import { describe, expect, it } from 'vitest';
import { parseDateStamp } from './dates';

const DAY_MS = 86_400_000;

function expectStamps(rows: readonly (readonly [string, string])[]) {
	for (const [line, iso] of rows) {
		expect(parseDateStamp(line), line).toEqual({ iso, hasTime: iso.includes('T') });
	}
}

describe('parseDateStamp', () => {
	describe('reads every stamp shape seen in captures', () => {
		it.each([
			['19 August 2019 - 13:09', '2019-08-19T13:09'],
			['Mar 2, 2020, 8:55 PM', '2020-03-02T20:55'],
			['Sep 13, 2019, 9:57 AM', '2019-09-13T09:57'],
			['Dec 13, 2020, 4:01 PM', '2020-12-13T16:01'],
			['Apr 12, 2021', '2021-04-12'],
			['April 13, 2021 - 14:48', '2021-04-13T14:48'],
			['March 14, 2021 - 19:2', '2021-03-14T19:02'],
			['June 29, 2015 - 0:0', '2015-06-29'],
			['3/26/2019 11:05:00 AM', '2019-03-26T11:05'],
			['14:15, 28.05.2020', '2020-05-28T14:15'],
			['11:05 PM, Fri - 10 March 23', '2023-03-10T23:05'],
			['10 March 98', '1998-03-10'],
			['Tuesday, April 12, 2022', '2022-04-12'],
			['Monday, 6 Apr 2020', '2020-04-06'],
			['Published Friday, November 8, 2019 11:56AM EST', '2019-11-08T11:56-05:00'],
			['Publish date21 Sep 2023 - 18:46', '2023-09-21T18:46'],
			['15 April 2019 [15:59]', '2019-04-15T15:59'],
			['Friday\u060c 27 November 2020', '2020-11-27'],
			['• Mon / 29 July 2019 / 11:48', '2019-07-29T11:48'],
			['Sept 13, 2019', '2019-09-13'],
			['2020-05-28T14:15', '2020-05-28T14:15'],
			['2020-05-28 14:15', '2020-05-28T14:15'],
			['2020-05-28T14:15:07.123Z', '2020-05-28T14:15Z']
		])('reads "%s" as %s', (line, iso) => {
			expect(parseDateStamp(line)).toEqual({ iso, hasTime: iso.includes('T') });
		});
	});

	it('accepts the publication labels and the forms pages print them in', () => {
		expectStamps([
			['Published: Mar 2, 2020', '2020-03-02'],
			['Published on 2 March 2020', '2020-03-02'],
			['Publication date: 2 March 2020, 10:00', '2020-03-02T10:00'],
			['Date Published: Mar 2, 2020', '2020-03-02'],
			['Date: 2020-05-28', '2020-05-28'],
			['Posted on March 2, 2020 at 8:55 pm', '2020-03-02T20:55'],
			['Last Update: 2020-03-30 00:00:00', '2020-03-30'],
			['Last updated: 4 May 2021 09:12', '2021-05-04T09:12']
		]);
	});

	it('reads German month names, including the umlaut-folded Maerz', () => {
		const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August'];
		months.push('September', 'Oktober', 'November', 'Dezember');
		months.forEach((name, index) => {
			const iso = `2021-${String(index + 1).padStart(2, '0')}-12`;
			expect(parseDateStamp(`12. ${name} 2021`), name).toEqual({ iso, hasTime: false });
		});
		expectStamps([
			['3 Mai 2020 - 10:00', '2020-05-03T10:00'],
			['12. Maerz 2021', '2021-03-12'],
			['Dienstag, 12. Jänner 2021, 10:00 Uhr', '2021-01-12T10:00'],
			['1. Okt. 2020 14:30 MESZ', '2020-10-01T14:30+02:00']
		]);
	});

	describe('the 12-hour clock', () => {
		it('keeps the printed local date of a 12:31 AM stamp', () => {
			expect(parseDateStamp('Apr 21, 2020, 12:31 AM')).toEqual({
				iso: '2020-04-21T00:31',
				hasTime: true
			});
		});

		it('reads 12 PM as noon', () => {
			expect(parseDateStamp('Apr 21, 2020, 12:05 PM')?.iso).toBe('2020-04-21T12:05');
		});

		it('reads a.m./p.m. spellings, a glued meridiem and an hour without minutes', () => {
			expectStamps([
				['Mar 2, 2020, 8:55 p.m.', '2020-03-02T20:55'],
				['Mar 2, 2020, 8:55 a.m.', '2020-03-02T08:55'],
				['Mar 2, 2020, 8:55pm', '2020-03-02T20:55'],
				['Mar 2, 2020, 8 PM', '2020-03-02T20:00'],
				['Mar 2, 2020, 12 AM', '2020-03-02T00:00']
			]);
		});

		it("keeps the date alone of a 24-hour clock's placeholder midnight, and an a.m. midnight as a time", () => {
			expectStamps([
				['June 29, 2015 - 00:00', '2015-06-29'],
				['17 April 2008 00:00:00', '2008-04-17'],
				['Mar 2, 2020, 12:00 AM', '2020-03-02T00:00'],
				['Mar 2, 2020, 00:01', '2020-03-02T00:01']
			]);
		});

		it('reads a 24-hour clock with a needless PM as printed (Times of Oman: "18:01 PM")', () => {
			expect(parseDateStamp('Saturday 17/February/2018 18:01 PM')?.iso).toBe('2018-02-17T18:01');
			expect(parseDateStamp('Mar 2, 2020 13:05 PM')?.iso).toBe('2020-03-02T13:05');
		});

		it('reads a named month between slashes or hyphens', () => {
			expect(parseDateStamp('17-Feb-2018')?.iso).toBe('2018-02-17');
			expect(parseDateStamp('17/February/2018')?.iso).toBe('2018-02-17');
		});

		it('reads hyphens with the year last only when a day past 12 shows the order', () => {
			expect(parseDateStamp('30-01-2026')?.iso).toBe('2026-01-30');
			expect(parseDateStamp('02-26-2008 08:29')?.iso).toBe('2008-02-26T08:29');
			expect(parseDateStamp('05-06-2020')).toBeNull();
		});

		it('keeps the time of a zone it does not know, without the zone', () => {
			expect(parseDateStamp('November 1, 2021 - 18:37 AMT')?.iso).toBe('2021-11-01T18:37');
		});

		it('reads a stamp behind a Markdown heading mark or a clock icon', () => {
			expect(parseDateStamp('# 12 July 2015 04:23 (UTC +04:00)')?.iso).toBe('2015-07-12T04:23+04:00');
			expect(parseDateStamp('🕒 12 July 2015')?.iso).toBe('2015-07-12');
		});

		it('drops the seconds rather than rounding them into the minute', () => {
			expect(parseDateStamp('3/26/2019 11:05:59 PM')?.iso).toBe('2019-03-26T23:05');
		});
	});

	describe('zones', () => {
		it.each([
			['Mar 2, 2020, 8:55 PM EST', '2020-03-02T20:55-05:00'],
			['Jul 2, 2020, 8:55 PM EDT', '2020-07-02T20:55-04:00'],
			['Mar 2, 2020 14:15 GMT', '2020-03-02T14:15Z'],
			['Mar 2, 2020 14:15 UTC', '2020-03-02T14:15Z'],
			['Mar 2, 2020 14:15 IRST', '2020-03-02T14:15+03:30'],
			['Jul 2, 2020 14:15 IRDT', '2020-07-02T14:15+04:30'],
			['Mar 2, 2020 14:15 +0330', '2020-03-02T14:15+03:30'],
			['Mar 2, 2020 14:15 +03:30', '2020-03-02T14:15+03:30'],
			['Mar 2, 2020 14:15 GMT+3:30', '2020-03-02T14:15+03:30'],
			['Mar 2, 2020 14:15 (GMT)', '2020-03-02T14:15Z'],
			['2020-05-28T14:15-05:00', '2020-05-28T14:15-05:00']
		])('appends the offset stated in "%s"', (line, iso) => {
			expect(parseDateStamp(line)?.iso).toBe(iso);
		});

		it('appends no offset when the line states none', () => {
			expect(parseDateStamp('Mar 2, 2020, 8:55 PM')?.iso).toBe('2020-03-02T20:55');
		});

		it('reads a stamp with an ambiguous zone but guesses no offset for it', () => {
			expect(parseDateStamp('Mar 2, 2020, 10:00 CST')?.iso).toBe('2020-03-02T10:00');
		});

		it('refuses an offset no real zone has', () => {
			expect(parseDateStamp('Mar 2, 2020 14:15 +1530')).toBeNull();
		});
	});

	describe('scraped-text quirks', () => {
		it('ignores leading and trailing spaces, no-break spaces, a BOM and a CR', () => {
			expectStamps([
				['   Mar 2, 2020, 8:55 PM   ', '2020-03-02T20:55'],
				['\u00a0Mar\u00a02,\u00a02020\u00a0', '2020-03-02'],
				['\ufeffSep 13, 2019, 9:57 AM\r', '2019-09-13T09:57']
			]);
		});

		it('reads Persian and Arabic-Indic digits and ignores direction marks', () => {
			expectStamps([
				['۱۹ August ۲۰۱۹ - ۱۳:۰۹', '2019-08-19T13:09'],
				['٢١ Sep ٢٠٢٣ - ١٨:٤٦', '2023-09-21T18:46'],
				['\u200fMar 2, 2020\u200e', '2020-03-02']
			]);
		});

		it('reads a decomposed umlaut as the same month', () => {
			expect(parseDateStamp('12. Ma\u0308rz 2021')?.iso).toBe('2021-03-12');
		});
	});

	describe('Solar Hijri dates', () => {
		it('converts the forms Iranian pages print', () => {
			expectStamps([
				['1398/05/07', '2019-07-29'],
				['1398-05-07 11:48', '2019-07-29T11:48'],
				['7 Mordad 1398', '2019-07-29'],
				['۷ مرداد ۱۳۹۸ - ۱۱:۴۸', '2019-07-29T11:48'],
				['1 Farvardin 1400', '2021-03-21'],
				// Spelled with the Arabic yeh, as text re-encoded through Windows-1256 has it.
				['۱ فروردين ۱۴۰۰', '2021-03-21']
			]);
		});

		it('gives Esfand 30 only to leap years', () => {
			expect(parseDateStamp('1399/12/30')?.iso).toBe('2021-03-20');
			expect(parseDateStamp('1403/12/30')?.iso).toBe('2025-03-20');
			expect(parseDateStamp('1402/12/30')).toBeNull();
			expect(parseDateStamp('1404/12/30')).toBeNull();
		});

		it('maps every day of 1370–1420 onto consecutive Gregorian days that ICU agrees with', () => {
			const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
				timeZone: 'UTC',
				year: 'numeric',
				month: 'numeric',
				day: 'numeric'
			});
			const mismatches: string[] = [];
			let previous = Date.UTC(1991, 2, 20);
			let days = 0;
			for (let year = 1370; year <= 1420; year++) {
				for (let month = 1; month <= 12; month++) {
					for (let day = 1; day <= 31; day++) {
						const solar = `${year}/${month}/${day}`;
						const stamp = parseDateStamp(solar);
						if (!stamp) continue;
						const [gy, gm, gd] = stamp.iso.split('-').map(Number);
						const time = Date.UTC(gy, gm - 1, gd);
						const parts = Object.fromEntries(persian.formatToParts(time).map((part) => [part.type, part.value]));
						const icu = `${parts.year}/${parts.month}/${parts.day}`;
						if (time - previous !== DAY_MS || icu !== solar) {
							mismatches.push(`${solar} → ${stamp.iso} (ICU: ${icu})`);
						}
						previous = time;
						days++;
					}
				}
			}
			expect(mismatches).toEqual([]);
			// Ends on the eve of Nowruz 1421, so no valid day was refused either.
			expect(days).toBe((Date.UTC(2042, 2, 21) - Date.UTC(1991, 2, 21)) / DAY_MS);
		});

		it('refuses Solar Hijri years outside 1370–1420', () => {
			expect(parseDateStamp('1369/05/07')).toBeNull();
			expect(parseDateStamp('1421/05/07')).toBeNull();
		});
	});
});
