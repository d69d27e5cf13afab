import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from './test-parse';

/** Page furniture as FORMATS.md describes it, none of it dated. */
const FURNITURE = [
	'Accessibility links',
	'Breaking News',
	'Register',
	'Contact Us',
	'RSS',
	'< Back',
	'- Home',
	'Full version',
	'QR code',
	'No Script',
	'Print',
	'Send to',
	'Foto',
	'Announcement',
	'Collapse',
	'No announcement yet.',
	'English हिन्दी বাংলা اردو',
	'Lisbon 00:00 Tehran 00:00',
	'• Counter :',
	'• 812',
	'ISSN 1234-567X · 3 hours ago · #Middle East',
	'3 hours ago',
	'#Middle East',
	'Home > news-page',
	'Share on Facebook',
	'Facebook Twitter WhatsApp',
	'We use cookies to give you the best experience. By using this site you accept our cookie policy.'
];
const BELOW = ['Related', 'Leave a Comment', '© 2021 Gazette Daily', 'All rights reserved.', 'Your Comment'];

describe('page furniture around an article', () => {
	const article = [
		'Iran and Kyrgyzstan sign visa waiver agreement',
		'By Gazette Staff',
		'April 13, 2021 - 14:48',
		'BISHKEK, April 13 (Gazette) — Iran and Kyrgyzstan signed an agreement on Tuesday to waive visas for tourists, the foreign ministry said.',
		'The agreement takes effect next month.'
	];
	const expected = parseText(article.join('\n'));

	it('never changes the headline, date or body, wherever it stands above and below', () => {
		expect(expected.title).toBe('Iran and Kyrgyzstan sign visa waiver agreement');
		expect(expected.publishedAt).toBe('2021-04-13T14:48');
		fc.assert(
			fc.property(fc.shuffledSubarray(FURNITURE), fc.shuffledSubarray([...FURNITURE, ...BELOW]), fc.boolean(), (above, below, blank) => {
				const a = parseText([...above, ...article, ...below].join(blank ? '\n\n' : '\n'));
				expect(a.title).toBe(expected.title);
				expect(a.publishedAt).toBe(expected.publishedAt);
				expect(a.byline).toBe('Gazette Staff');
				expect(a.paragraphs).toEqual(expected.paragraphs);
			}),
			{ numRuns: 300 }
		);
	});

	it("leaves out a list of other stories' headlines and teasers after the text, and the countries they name", () => {
		const list = [
			'Check Also',
			'Turkey opposes letting Finland and Sweden join the alliance',
			'The president said on Friday that his country is not favorable toward Finland …',
			'Tokyo trade surplus drops sharply on higher oil importsGMT 17:31 2017 Thursday',
			'Chinese demand to weigh on the oil summit in'
		];
		const a = parseText([...article, ...list].join('\n\n'));
		expect(a.paragraphs).toEqual(expected.paragraphs);
		expect(a.countries.map((c) => c.code).sort()).toEqual(['IR', 'KG']);
		// Said, however short the list: it may hold a line of the article's.
		expect(a.warnings).toContain("5 lines after the text read as a list of other stories' headlines, left out");
		// A bulleted list is the article's own.
		const bullets = [
			'Key points of the agreement',
			'• Visas waived for tourists from next month',
			'• Flights between the capitals twice a week'
		];
		expect(parseText([...article, ...bullets].join('\n\n')).paragraphs).toEqual([...expected.paragraphs, ...bullets]);
		// A subheading and a paragraph the capture cut short are the article's: one headline is no list.
		const cut = [...article, 'But there were talks to free the prisoners', 'In fact, there were attempts to negotiate the'];
		expect(parseText(cut.join('\n\n')).paragraphs).toEqual([...expected.paragraphs, ...cut.slice(-2)]);
	});
});

describe('photo captions between the headline and the body', () => {
	it('are never the headline or the first paragraph', () => {
		const a = parseText(
			[
				'Iran and Oman hold talks on shipping in the Strait of Hormuz',
				'Iranian and Omani officials meet in Muscat on Monday (Photo: Reuters)',
				'Photo: IRNA',
				'Officials of Iran and Oman met in Muscat on Monday to discuss the safety of shipping in the Strait of Hormuz, the ministry said.'
			].join('\n')
		);
		expect(a.title).toBe('Iran and Oman hold talks on shipping in the Strait of Hormuz');
		expect(a.paragraphs).toHaveLength(1);
	});
});
