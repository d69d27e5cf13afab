import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from './test-parse';

const parseFixture = (name: string) => parseText(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));

describe("other outlets' pages", () => {
	it('finds the headline below menus, clocks and the site name, and drops the site name after it', () => {
		const a = parseFixture('outlet-menus.txt');
		expect(a.title).toBe('Venezuela reopens border crossings with Colombia');
		expect(a.byline).toBe('Gazette Staff');
		// The stamp beside the byline, not the page's clock at the top; an unpadded minute read.
		expect(a.publishedAt).toBe('2021-03-14T19:02');
		expect(a.dateline).toEqual({ place: 'CARACAS', date: 'March 14', agency: 'Gazette', country: 'VE' });
		expect(a.paragraphs).toHaveLength(3);
		expect(a.paragraphs[0]).toMatch(/^Venezuela reopened its border crossings/);
		expect(a.paragraphs.join(' ')).not.toMatch(/Share|Facebook|Related|cookie|©|Colombia sends envoy/);
		expect(a.warnings).toEqual([]);
	});

	it('takes the whole headline when its second copy is cut short at an apostrophe, and a stamp behind a heading mark', () => {
		const a = parseText(
			[
				"Minister: Even if the talks fail, Oman's patient stance will be acknowledged",
				'',
				'Minister: Even if the talks fail, Oman',
				'# 12 July 2015 04:23 (UTC +04:00)',
				'',
				'Addressing a meeting of writers and artists on Saturday evening, the minister said that the talks had come a long way and would go on.',
				'',
				'He said the government would keep working with every side, whatever came of the next round of negotiations in the capital.'
			].join('\n')
		);
		expect(a.title).toBe("Minister: Even if the talks fail, Oman's patient stance will be acknowledged");
		expect(a.publishedAt).toBe('2015-07-12T04:23+04:00');
		expect(a.warnings).toEqual([]);
	});

	it('reads a counter block, a story number and a numbered headline, and drops identifier and share lines', () => {
		const a = parseFixture('outlet-counter.txt');
		expect(a.title).toBe('Quake hits eastern Turkey, killing at least 20');
		expect(a.publishedAt).toBe('2012-03-14');
		expect(a.newsCode).toBe('512390');
		expect(a.paragraphs).toHaveLength(2);
		expect(a.paragraphs.join(' ')).not.toMatch(/ISSN|ago|Print|Send to/);
	});

	it('splits an article saved on one line into headline, date, dateline and body', () => {
		const a = parseFixture('outlet-one-line.txt');
		expect(a.title).toBe("Yemen's Houthis free 200 detainees in goodwill gesture");
		expect(a.publishedAt).toBe('2018-03-04');
		expect(a.dateline).toEqual({ place: 'SANAA', date: 'March 4', agency: 'Saba', country: 'YE' });
		expect(a.paragraphs[0]).toMatch(/^The Houthi movement released 200 detainees/);
	});

	it('keeps a kicker apart, strips a breadcrumb and a glued section, and reads a place with its country', () => {
		const a = parseFixture('outlet-kicker.txt');
		expect(a.title).toBe('Baku and Ankara sign energy deal');
		expect(a.kicker).toBe('Minister in a phone call with his counterpart:');
		expect(a.byline).toBe('Trend');
		expect(a.publishedAt).toBe('2021-01-05');
		expect(a.dateline).toEqual({ place: 'Baku', date: 'Jan. 5', agency: 'Trend', country: 'AZ' });
		expect(a.paragraphs.join(' ')).not.toMatch(/#Energy|https?:/);
		expect(a.url).toBe('https://en.site.az/news/politics/baku-and-ankara-sign-energy-deal');
	});

	it('takes no date from a header clock or a date without a year, and says why', () => {
		const a = parseFixture('outlet-yearless.txt');
		expect(a.title).toBe('US senators question arms sale to Gulf states');
		expect(a.publishedAt).toBeNull();
		expect(a.warnings.join(' ')).toMatch(/"March 3" is printed without a year/);
		expect(a.warnings.join(' ')).toMatch(/site's clock/);
		expect(a.dateline).toEqual({ place: 'WASHINGTON', date: null, agency: 'Reuters', country: 'US' });
		// Credits at the end are the byline (the reporter, not the editor), not a paragraph.
		expect(a.byline).toBe('Jane Doe');
		expect(a.paragraphs).toHaveLength(2);
	});

	it('takes the date from a dateline that prints its year when no stamp stands by the headline', () => {
		const a = parseText(
			'Flood waters recede in the south\n\nSANAA, March 4, 2018 (Saba) - Flood waters receded on Sunday across the southern provinces, officials said.'
		);
		expect(a.publishedAt).toBe('2018-03-04');
		expect(a.warnings).toContain('publication date taken from the dateline');
	});

	it('drops a site name after " | " and keeps a headline that merely has a dash in it', () => {
		const body = 'Officials from both countries met in the capital on Monday to discuss trade, transport and energy, the ministry said.';
		expect(parseText(`Iran and Iraq sign rail deal | Gazette Daily\n\n${body}`).title).toBe('Iran and Iraq sign rail deal');
		expect(parseText(`Iran - Iraq rail link opens to freight traffic\n\n${body}`).title).toBe(
			'Iran - Iraq rail link opens to freight traffic'
		);
	});

	it('passes over captions: one the first paragraph begins with, one credited after a slash, and one that repeats the headline', () => {
		const body = 'Foreign Minister Hakan Fidan will travel to Tehran on Sunday, the ministry said, for talks on trade and the border.';
		const head = 'Turkish foreign minister to visit Tehran on Sunday';
		expect(parseText(`${head}\n\nBy Staff\nForeign Minister Hakan Fidan\n\n${body}`).title).toBe(head);
		expect(parseText(`${head}\n\nA border post in southeastern Iran. /File photo\n\n${body}`).title).toBe(head);
		const deck = 'Fidan and his Iranian counterpart to talk trade in the capital';
		const caption = `${head} Foreign Minister Hakan Fidan, left, at an earlier meeting (Photo: AA)`;
		expect(parseText(`${head}\n\n${deck}\n\nJane Doe | 06.04.2021 - 10:12\n${caption}\n\n${body}`).title).toBe(head);
	});

	it('reads a dateline on the first line of a page that prints no headline', () => {
		const body = 'The consul stressed the need for both capitals to pave the ground for the gas pipeline, calling it highly important.';
		const a = parseText(`Tehran - FNA\n${body}`);
		expect(a.dateline).toMatchObject({ place: 'Tehran', agency: 'FNA' });
		expect(a.agency).toBe('FNA');
	});

	it('passes over an image text in lower case and a caption credited to a wire', () => {
		const body = 'Navy SEALs seized a cache of missile parts bound for Yemen, the command said on Tuesday in a statement.';
		const head = 'U.S. military seized Iranian weapons meant for Houthis';
		expect(parseText(`${head}\n\nship with weapons bound for houthis\n\n${body}`).title).toBe(head);
		expect(parseText(`${head}\n\nThe navy has seized such weapons before. -AP\n\n${body}`).title).toBe(head);
	});

	it('keeps a headline that ends in an initial or an abbreviation, not one that ends a sentence', () => {
		const body = 'Officials from both countries met in the capital on Monday to discuss trade, transport and energy, the ministry said.';
		const menu = 'Accessibility links\n\nBreaking News\n\n';
		expect(parseText(`${menu}Word From Tehran U.\n\n${body}`).title).toBe('Word From Tehran U.');
		expect(parseText(`${menu}Iran ready for talks with the U.S.\n\n${body}`).title).toBe('Iran ready for talks with the U.S.');
		expect(parseText(`${menu}Iran says it is ready for talks.\n\n${body}`).title).not.toBe('Iran says it is ready for talks.');
	});

	it('takes a headline printed twice with a full stop, the copy without it when there is one, and a sentence alone as a guess', () => {
		const body = 'BAKU, June 3 (Gazette) - The spokesman told reporters on Monday that a date for the visit was being set by both sides.';
		const head = 'Turkish president to visit Baku: ministry spox.';
		const twice = parseText(`Jun 3, 2025, 1:33 PM\n\n${head}\n\n${head}\n\n${body}`);
		expect(twice.title).toBe(head);
		expect(twice.warnings).toEqual([]);
		expect(twice.dateline).toMatchObject({ place: 'BAKU' });
		expect(parseText(`${head.slice(0, -1)}\n${head}\n\n${body}`).title).toBe(head.slice(0, -1));
		const alone = parseText(`Rebels claim that a fuel convoy is on its way to the port.\n\n${body}`);
		expect(alone.title).toBe('Rebels claim that a fuel convoy is on its way to the port.');
		expect(alone.warnings.join(' ')).toMatch(/headline taken from a line that reads as a sentence/);
	});

	it("takes the page's title printed again below, not a photo's text printed twice nearer the article", () => {
		const body =
			'DUBAI (Gazette) - The agency chief will visit the country soon, the foreign ministry spokesman said on Monday at a weekly briefing.';
		const head = 'Agency chief to visit the capital probably soon';
		const caption = 'Minister meets with the International Energy Agency Director General';
		const a = parseText(`${head} – Gazette Daily\n\n${head}\n\n${caption}\n${caption}\n\nBy Jane Doe\n\n${body}`);
		expect(a.title).toBe(head);
		expect(a.byline).toBe('Jane Doe');
		expect(a.dateline).toMatchObject({ place: 'DUBAI', agency: 'Gazette' });
		// The heading edited after the page's title was written: the heading.
		const edited = parseText(`Country claims successful satellite launch\n\nCountry claims successful Noor satellite launch\n\n${body}`);
		expect(edited.title).toBe('Country claims successful Noor satellite launch');
		// A first line printed once is the title too: a shorter deck nearer the text is not.
		const railway =
			'AKYAYLA - A railway through three countries was opened on Wednesday, in what leaders hailed as a historic event for the region.';
		expect(
			parseText(`New railway links the region to the trade routes of the Gulf\n\nRoute reportedly cost two billion dollars\n\n${railway}`)
				.title
		).toBe('New railway links the region to the trade routes of the Gulf');
		// A label in brackets neither is the headline nor parts it from its deck.
		const archived = parseText(
			`Press Releases\n\nTreasury Announces Sanctions Against the Network\n\n(Archived Content)\n\nNew Measures Further Constrain Oil Revenues and Target Those Responsible for the Abuses\n\nWASHINGTON – ${railway.slice(10)}`
		);
		expect(archived.title).toBe('Treasury Announces Sanctions Against the Network');
		// Nor is a line of menu items run together, a word in lower case glued to the next; a brand's capitals are no glue.
		const glued = parseText(
			`Get News Fast\n\nGazette news agencyWorld in the worldnewsworld news\n\nWeekly meeting of the spokesperson of the Ministry of Foreign Affairs\n\n${railway}`
		);
		expect(glued.title).toBe('Weekly meeting of the spokesperson of the Ministry of Foreign Affairs');
		expect(parseText(`Country blocks WhatsApp and the iPhone store for a week\n\n${railway}`).title).toBe(
			'Country blocks WhatsApp and the iPhone store for a week'
		);
		// Unless it spells the site's name.
		const site = parseText(
			`Gazette.Daily.Com - Latest News\n\nRailway opened across three countries\n\nhttps://www.gazette.daily.com/news/railway\n\n${railway}`
		);
		expect(site.title).toBe('Railway opened across three countries');
	});

	it('takes no line between the byline and the text for the headline when one stands above the byline', () => {
		const body = 'The Treasury on Wednesday placed two business groups on its sanctions list, saying both were suppliers of the program.';
		const head = 'US sanctions suppliers of missile programs';
		const a = parseText(
			`${head}\nThe Treasury sanctions two business groups over ties to the program.\nJane Doe ,\nMissiles in a parade\nMissiles in a parade\n${body}`
		);
		expect(a.title).toBe(head);
	});

	it("takes the stamp nearest the headline above it, and one printed under a standfirst and a photo's caption", () => {
		const body =
			'The president called for closer relations between the two countries, saying that both would gain from trade and security ties.';
		const head = 'Closer ties to serve regional security: president';
		expect(parseText(`25 Apr 2024\nSunday 9 September 2018 - 13:36\nStory Code : 318899\n${head}\n${body}`).publishedAt).toBe(
			'2018-09-09T13:36'
		);
		const standfirst = 'The leader says a tanker carrying fuel oil to help the country through its financial crisis docks in the port.';
		const caption = 'Drivers wait to get fuel at a station in the capital [File: Jane Doe/AP Photo]';
		const a = parseText(`${head}\n${standfirst}\n${caption}\n13 Sep 2021\n${body}`);
		expect(a.publishedAt).toBe('2021-09-13');
		expect(a.paragraphs[0]).toBe(standfirst);
		expect(a.paragraphs.join(' ')).not.toContain('13 Sep 2021');
		// Without a caption between, a date line under a short first paragraph is the text's (a chronology), not the stamp.
		expect(parseText(`${head}\n${standfirst}\n13 Sep 2021\n${body}`).publishedAt).toBeNull();
	});

	it('reads the names under an "Author:" label and a desk opening the text as the byline', () => {
		const body =
			'During their hearings last week, the nominees said that sanctions on the banks would stay until a new agreement was reached.';
		const head = 'Sanctions on the banking sector create an embargo';
		const a = parseText(`${head}\n\nAuthor:\n\nJane Doe and John P. Roe III\n\n${body}`);
		expect(a.byline).toBe('Jane Doe and John P. Roe III');
		expect(a.paragraphs.join(' ')).not.toMatch(/Author|Jane Doe/);
		// A label before a sentence, names of places, or a menu's "Authors" (no colon) is no byline.
		expect(parseText(`${head}\n\nAuthor:\n\nTehran and Kabul\n\n${body}`).byline).toBeNull();
		expect(parseText(`Authors\nMiddle East\n\n${head}\n\n${body}`).byline).toBeNull();
		const desk = parseText(
			`${head}\n\nGazette Sports Desk : After an almost flawless qualifying campaign, the team will find it far tougher at the finals.`
		);
		expect(desk.byline).toBe('Gazette Sports Desk');
		expect(desk.paragraphs[0]).toMatch(/^After an almost flawless/);
		// A team in the first sentence is the text's: no byline, nothing cut.
		for (const opening of [
			'Our Team: We are hiring reporters for the new bureau in the capital.',
			'The National Team - The squad will travel to the finals.'
		]) {
			const a = parseText(`${head}\n\n${opening}`);
			expect(a.byline).toBeNull();
			expect(a.paragraphs[0]).toBe(opening);
		}
	});

	it('says when the headline was one choice among several lines of its shape', () => {
		const a = parseText(
			'Gazette Daily regional news\n\nOil ministers meet in Vienna on output\n\nMinisters from the oil exporting countries met in Vienna on Monday to discuss output for the coming months, delegates said.'
		);
		expect(a.title).toBe('Oil ministers meet in Vienna on output');
		expect(a.warnings.join(' ')).toMatch(/headline chosen among 2 lines/);
	});
});

describe('pages in the shapes of other outlets', () => {
	it.each([
		['page-menu-list.txt', 'Iran and Russia to boost trade in national currencies', '2020-12-01T21:50', 'TEHRAN', null],
		// A deck below the headline, the stamps between it and the first paragraph.
		['page-deck-stamps.txt', 'Iran nuclear deal talks resume in Vienna amid tensions', '2021-11-29', null, null],
		// A deck with no full stop; the stamp shares its line with the author, who is the byline; the place alone on a line.
		['page-byline-stamp.txt', 'Turkey, Azerbaijan sign new energy accord', '2021-03-02T14:35Z', 'ANKARA', 'Ali Yilmaz'],
		['page-source-line.txt', "Iran's FM calls for lifting of sanctions", '2021-03-05T10:12', 'TEHRAN', null],
		// "[ Last Update: ... ]" after the stamp.
		['page-update-time.txt', 'Iran says ready for talks with Saudi Arabia', '2021-03-14T10:21', null, null],
		// A section before the stamp; the dateline on a line of its own above the byline (the wire after the dash is not the author).
		['page-dateline-line.txt', 'Azerbaijan, Iran discuss new railway link', '2021-01-05T12:10+04:00', 'BAKU', 'Leyla Aliyeva']
	])('reads %s', (file, title, date, place, byline) => {
		const a = parseFixture(file);
		expect(a.title).toBe(title);
		expect(a.publishedAt).toBe(date);
		expect(a.dateline?.place ?? null).toBe(place);
		expect(a.byline).toBe(byline);
		expect(a.paragraphs.join(' ')).not.toMatch(/^(?:ANKARA|BAKU)|Most Viewed|Follow Trend|Tags/);
	});
});
