import { describe, expect, it } from 'vitest';
import { CorpusBuilder, formatSummary, parseCorpus } from './corpus';

const enc = (s: string) => new TextEncoder().encode(s);
const story = (code: string | null, title: string, date = 'Mar 2, 2020, 8:55 PM') =>
	enc(`${date}\n${code ? `News Code: ${code}\n` : ''}${title}\n\nTehran, IRNA – ${title} was reported in Tehran today.`);

describe('parseCorpus', () => {
	it('merges captures with the same news code and names every file', () => {
		const { corpus, summary } = parseCorpus([
			{ file: 'a.txt', bytes: story('83699085', 'Oil output rises') },
			{ file: 'b.txt', bytes: story('83699085', 'Oil output rises') },
			{ file: 'c.txt', bytes: story('83699086', 'Gas output rises') }
		]);
		expect(corpus.articles).toHaveLength(2);
		const merged = corpus.articles.find((a) => a.id === '83699085')!;
		expect(merged.warnings.join(' ')).toMatch(/a\.txt, b\.txt/);
		expect(summary).toEqual({ files: 3, articles: 1, withWarnings: 1, duplicatesMerged: 1, rejected: 0 });
	});

	it('merges captures without a code when title and day agree, not when the day differs', () => {
		const { corpus, summary } = parseCorpus([
			{ file: 'a.txt', bytes: story(null, 'Oil output rises') },
			{ file: 'b.txt', bytes: story(null, 'OIL OUTPUT RISES', 'Mar 2, 2020, 9:30 PM') },
			{ file: 'c.txt', bytes: story(null, 'Oil output rises', 'Mar 3, 2020, 9:30 PM') }
		]);
		expect(corpus.articles).toHaveLength(2);
		expect(summary.duplicatesMerged).toBe(1);
	});

	it('accounts for every file: the four numbers add up', () => {
		const builder = new CorpusBuilder();
		builder.add({ file: 'good.txt', bytes: story('1001', 'Good story') });
		builder.add({ file: 'undated.txt', bytes: enc('Undated story\n\nTehran, IRNA – Something happened.') });
		builder.add({ file: 'empty.txt', bytes: new Uint8Array() });
		builder.reject({ file: 'locked.txt', reason: 'could not be read: EACCES' });
		const s = builder.summary();
		expect(s.articles + s.withWarnings + s.duplicatesMerged + s.rejected).toBe(s.files);
		expect(formatSummary(s)).toBe('4 files: 1 parsed cleanly, 1 with warnings, 0 duplicates merged, 2 rejected');
	});

	it('lists articles newest first and undated last', () => {
		const { corpus } = parseCorpus([
			{ file: 'old.txt', bytes: story('1001', 'Old', 'Jan 1, 2019, 1:00 PM') },
			{ file: 'undated.txt', bytes: enc('Undated\n\nTehran, IRNA – Body.') },
			{ file: 'new.txt', bytes: story('1002', 'New', 'Jan 1, 2021, 1:00 PM') }
		]);
		expect(corpus.articles.map((a) => a.title)).toEqual(['New', 'Old', 'Undated']);
	});
});
