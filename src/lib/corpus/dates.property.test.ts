import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateStamp } from './dates';

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?(?:Z|[+-]\d{2}:\d{2})?$/;

/** Date.UTC never consults the machine's zone, so these checks hold under any TZ. */
function isCalendarDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('parseDateStamp', () => {
	describe('properties', () => {
		const tokens = fc.constantFrom(
			'Mar',
			'Sept',
			'März',
			'Mordad',
			'Friday',
			'Published',
			'Publish date',
			'2',
			'13',
			'29',
			'30',
			'1398',
			'2020',
			'1989',
			'12:31',
			'0:0',
			'25:61',
			'AM',
			'p.m.',
			'EST',
			'GMT+3:30',
			'+0330',
			',',
			'-',
			'/',
			'.',
			'،',
			'[',
			']',
			'T',
			'\u00a0',
			'۱۲',
			' ',
			'Z'
		);
		const stampLike = fc.array(tokens, { maxLength: 12 }).map((parts) => parts.join(''));
		const spacedStampLike = fc.array(tokens, { maxLength: 12 }).map((parts) => parts.join(' '));
		const anyString = fc.string({ unit: 'binary', maxLength: 120 });
		const anyText = fc.oneof(anyString, stampLike, spacedStampLike);

		it('never throws, and every result is a well-formed ISO string of a real calendar date', () => {
			fc.assert(
				fc.property(anyText, (line) => {
					const stamp = parseDateStamp(line);
					if (stamp === null) return;
					const m = ISO_SHAPE.exec(stamp.iso);
					expect(m, stamp.iso).not.toBeNull();
					const [year, month, day] = [+m![1], +m![2], +m![3]];
					expect(isCalendarDate(year, month, day), stamp.iso).toBe(true);
					expect(stamp.hasTime).toBe(m![4] !== undefined);
					if (stamp.hasTime) {
						expect(+m![4]).toBeLessThan(24);
						expect(+m![5]).toBeLessThan(60);
					}
				}),
				{ numRuns: 5_000 }
			);
		});

		it('reads back any printed date-time in the 12-hour and 24-hour header shapes', () => {
			const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'];
			months.push('Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec');
			const moments = fc.date({
				min: new Date(Date.UTC(1990, 0, 1)),
				max: new Date(Date.UTC(2100, 11, 31, 23, 59)),
				noInvalidDate: true
			});
			fc.assert(
				fc.property(moments, (moment) => {
					const [y, mo, d, h, mi] = [
						moment.getUTCFullYear(),
						moment.getUTCMonth(),
						moment.getUTCDate(),
						moment.getUTCHours(),
						moment.getUTCMinutes()
					];
					const two = (n: number) => String(n).padStart(2, '0');
					const iso = `${y}-${two(mo + 1)}-${two(d)}T${two(h)}:${two(mi)}`;
					const h12 = h % 12 === 0 ? 12 : h % 12;
					const meridiem = h < 12 ? 'AM' : 'PM';
					const clock12 = `${h12}:${two(mi)}`;
					expect(parseDateStamp(`${months[mo]} ${d}, ${y}, ${clock12} ${meridiem}`)?.iso).toBe(iso);
					// A 24-hour midnight is a placeholder: the date alone.
					expect(parseDateStamp(`${d} ${months[mo]} ${y} - ${h}:${mi}`)?.iso).toBe(h === 0 && mi === 0 ? iso.slice(0, 10) : iso);
					expect(parseDateStamp(`${mo + 1}/${d}/${y} ${clock12}:00 ${meridiem}`)?.iso).toBe(iso);
				}),
				{ numRuns: 2_000 }
			);
		});
	});
});
