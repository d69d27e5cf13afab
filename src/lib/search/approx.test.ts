import { describe, expect, it } from 'vitest';
import { approxTerm, letterMask, substringDistance } from './approx';

const dist = (term: string, word: string, threshold = 0.35) => substringDistance(approxTerm(term, threshold), word, letterMask(word));

/** Reference: the fewest edits between `a` and any substring of `b` (plain dynamic programming). */
function reference(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, () => 0);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = row;
	}
	return Math.min(...prev);
}

describe('substringDistance', () => {
	it('finds typos and partial words the way Fuse would', () => {
		expect(dist('kyrgystan', 'kyrgyzstan')).toBe(1);
		expect(dist('narcotcs', 'narcotics')).toBe(1);
		expect(dist('narcot', 'narcotics')).toBe(0);
		expect(dist('cotic', 'narcotics')).toBe(0);
		expect(dist('iran', 'tehran')).toBe(1); // "ran" with one deletion: Fuse matches it too
		expect(dist('zzzz', 'kyrgyzstan')).toBe(Infinity);
	});

	it('agrees with plain dynamic programming on many word pairs', () => {
		const words = ['iran', 'iraq', 'iranian', 'kyrgyz', 'kyrgyzstan', 'narcotics', 'tehran', 'sanctions', 'bishkek', 'minister', 'ministry', 'syria', 'syrian', 'a', 'ab'];
		for (const a of words) {
			for (const b of words) {
				const want = reference(a, b);
				const p = approxTerm(a, 1);
				p.k = 99;
				expect(substringDistance(p, b, letterMask(b)), `${a} in ${b}`).toBe(want);
			}
		}
	});
});
