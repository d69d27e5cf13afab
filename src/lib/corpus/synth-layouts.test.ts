import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';
import { LAYOUTS, type Story } from '../synth/layouts';

const story: Story = {
	title: 'Kyrgyzstan and Iran discuss railway link',
	when: new Date(Date.UTC(2021, 2, 14, 19, 2)),
	paragraphs: [
		'Officials of both countries met on Sunday to review plans for a railway link between them, the ministry said in a statement.',
		'They agreed to meet again next month.'
	],
	newsCode: '83443299',
	journalistId: '2379',
	place: 'Bishkek'
};

describe('every capture layout', () => {
	it.each(LAYOUTS.map((l) => [l.name, l] as const))('parses the %s layout back to its story', (_, layout) => {
		const text = layout.render(story, () => 0.5);
		const result = parseArticle({ file: 'x.txt', bytes: new TextEncoder().encode(text) });
		if ('rejected' in result) throw new Error(result.rejected.reason);
		const a = result.article;
		expect(a.title).toBe(story.title);
		expect(a.dateline?.place.toLowerCase()).toBe('bishkek');
		expect(a.paragraphs).toEqual(story.paragraphs);
		if (!text.includes('2021')) {
			// Mehr's dateline has the day and no year, and nothing else dates the page.
			expect(a.publishedAt).toBeNull();
			expect(a.warnings).toEqual(['no publication date found: "Mar. 14" is printed without a year']);
			return;
		}
		// The day always; the time where the layout prints one.
		expect(a.publishedAt?.slice(0, 10)).toBe('2021-03-14');
		if (a.publishedAt && a.publishedAt.length > 10) expect(a.publishedAt.slice(11, 16)).toBe('19:02');
		expect(a.warnings).toEqual([]);
	});
});
