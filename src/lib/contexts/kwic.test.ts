import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, linesOf, sortLines } from './kwic';

const words = (...w: string[]) => new Set(w);
/** Article `index` (id "a" + index), `rank` in the results. */
const at = (index: number, rank: number) => ({ index, id: `a${index}`, rank });

describe('linesOf', () => {
	it('gives each occurrence with the text before and after it, in the order they stand', () => {
		const lines = linesOf(['Tehran and Muscat signed a deal. Oman welcomed it.', 'Later, Oman said more.'], words('oman'), at(7, 2));
		expect(lines.map((l) => [l.paragraph, l.left, l.key, l.right])).toEqual([
			[0, 'Tehran and Muscat signed a deal. ', 'Oman', ' welcomed it.'],
			[1, 'Later, ', 'Oman', ' said more.']
		]);
		expect(lines[0]).toMatchObject({ index: 7, id: 'a7', rank: 2, start: 33 });
	});

	it('reads matched words side by side as one keyword, as a phrase is read', () => {
		const [line, ...rest] = linesOf(['The border market at Mirjaveh reopened.'], words('border', 'market'), at(0, 0));
		expect(rest).toEqual([]);
		expect(line.key).toBe('border market');
		expect(line.leftWords).toBe('the');
		expect(line.rightWords).toBe('at mirjaveh reopened');
	});

	it('keeps two matched words apart when punctuation stands between them', () => {
		const lines = linesOf(['They met in Iran. Oman hosted the next round.'], words('iran', 'oman'), at(0, 0));
		expect(lines.map((l) => l.key)).toEqual(['Iran', 'Oman']);
	});

	it('cuts long context at a word and says the paragraph goes on', () => {
		const long = 'word '.repeat(60);
		const [line] = linesOf([`${long}Zarif ${long}`], words('zarif'), at(0, 0));
		expect(line.left.startsWith('…word')).toBe(true);
		expect(line.right.endsWith('word…')).toBe(true);
		expect(line.left.length).toBeLessThanOrEqual(CONTEXT_CHARS + 1);
		expect(line.right.length).toBeLessThanOrEqual(CONTEXT_CHARS + 1);
	});

	it('finds nothing when the query matched no word of the text', () => {
		expect(linesOf(['Nothing here.'], words('iran'), at(0, 0))).toEqual([]);
		expect(linesOf(['Nothing here.'], words(), at(0, 0))).toEqual([]);
	});
});

describe('sortLines', () => {
	const lines = [
		...linesOf(['Zarif met Lavrov in Moscow.'], words('lavrov'), at(0, 0)),
		...linesOf(['Lavrov spoke first.', 'Araghchi called Lavrov today.'], words('lavrov'), at(1, 1))
	];

	it('lists the lines as the results are, then by place in the article', () => {
		expect(sortLines(lines, 'results').map((l) => [l.rank, l.paragraph])).toEqual([
			[0, 0],
			[1, 0],
			[1, 1]
		]);
	});

	it('sorts by the word just before the keyword, a line with none last', () => {
		expect(sortLines(lines, 'left').map((l) => l.leftWords)).toEqual(['called araghchi', 'met zarif', '']);
	});

	it('sorts by the words after the keyword', () => {
		expect(sortLines(lines, 'right').map((l) => l.rightWords)).toEqual(['in moscow', 'spoke first', 'today']);
	});
});
