import { describe, expect, it } from 'vitest';
import { readByline } from './credits';
import { classifyLine } from './furniture';
import { parseText } from './test-parse';

describe('readByline', () => {
	it('takes a name on a line of its own only in the shapes that cannot be anything else', () => {
		expect(classifyLine('Josh Lederman, Associated Press')).toEqual({ kind: 'byline', value: 'Josh Lederman', wire: 'Associated Press' });
		expect(classifyLine('Elad Benari ,')).toEqual({ kind: 'byline', value: 'Elad Benari' });
		// Places with their country, and a name with a newspaper's, are not bylines of this shape.
		expect(classifyLine('New York, NY')).toEqual({ kind: 'text' });
		// A wire's name alone is its credit, never a dateline's place.
		expect(classifyLine('AFP')).toEqual({ kind: 'byline', value: 'AFP', wire: 'AFP' });
		expect(classifyLine('Reuters')).toEqual({ kind: 'byline', value: 'Reuters', wire: 'Reuters' });
		// A desk, a team, an outlet with its sources: credits; a sentence about a team is not.
		for (const line of ['Content Team', 'PV Sports Desk', 'The BRICS Post with inputs from Agencies'])
			expect(classifyLine(line), line).toEqual({ kind: 'byline', value: line });
		expect(classifyLine('Iran names new national team')).toEqual({ kind: 'text' });
		expect(classifyLine('ANKARA').kind).toBe('dateline');
		// A known city with its date (and maybe its country) is a dateline in any case; a sentence with a date is not.
		expect(classifyLine('Tehran, Iran, Aug. 1')).toEqual({
			kind: 'dateline',
			value: { place: 'Tehran, Iran', date: 'Aug. 1', agency: null }
		});
		expect(classifyLine('Oil prices fell, Aug. 1')).toEqual({ kind: 'text' });
		// A category line and a market ticker are page furniture.
		expect(classifyLine('Theme: Politics, Economics, Analytics')).toEqual({ kind: 'noise' });
		expect(classifyLine('KSE 47.04 Decreased By ▼ -0.31 (-0.65%)')).toEqual({ kind: 'noise' });
		// A stamp with its source after a dash is a stamp line, never a headline.
		expect(classifyLine('Last Update: 2020-03-30 00:00:00 - Source: Baghdad Post')).toEqual({ kind: 'date', iso: '2020-03-30' });
		expect(classifyLine('Tehran Times - Source: Baghdad Post')).toEqual({ kind: 'text' });
		expect(classifyLine('Jan 16, 2024 - Politics & Policy')).toEqual({ kind: 'date', iso: '2024-01-16' });
		expect(classifyLine('Iran and Iraq sign deal - Tehran Times')).toEqual({ kind: 'text' });
		// Widgets and captions that no headline looks like.
		for (const line of ['Report This Content', 'Follow us on: |', 'Afghans in a border town. Credit: Jane Doe, DW'])
			expect(classifyLine(line), line).toEqual({ kind: 'noise' });
		expect(classifyLine('17 Jan. 10:00 (UTC+3 MSK)').kind).toBe('yearless');
		expect(classifyLine('The credit: markets rallied after the deal')).toEqual({ kind: 'text' });
		// A caption of any length that ends in its credit.
		const caption =
			"U.S. Central Command's handout of the seizure of weapons bound for Yemen's Houthis off the coast. Photo: CENTCOM/Handout via Getty Images";
		expect(caption.length).toBeGreaterThan(120);
		expect(classifyLine(caption)).toEqual({ kind: 'noise' });
		expect(classifyLine('Drivers wait to get fuel at a gas station in Beirut [File: Jane Doe/AP Photo]')).toEqual({ kind: 'noise' });
		expect(classifyLine('Officials met in Beirut (pictured) on Monday to discuss fuel')).toEqual({ kind: 'text' });
		expect(classifyLine('Abu Dhabi, UAE')).toEqual({ kind: 'text' });
		expect(classifyLine('Ali Reza, Tehran Times')).toEqual({ kind: 'text' });
	});

	it.each([
		['By Trend', 'Trend'],
		['By IFP Editorial Staff', 'IFP Editorial Staff'],
		['Gazette Staff', 'Gazette Staff'],
		['(Reporting by Jane Doe; Editing by John Roe)', 'Jane Doe'],
		['*Writing by Jane Doe in Ankara', 'Jane Doe'],
		['Written by Sara Ahmadi', 'Sara Ahmadi'],
		['Reviewed by Sara Ahmadi', 'Sara Ahmadi'],
		['By Sara Ahmadi – Trend:', 'Sara Ahmadi'],
		['By The Associated Press', 'The Associated Press'],
		['By AP Published Date - 11:05 PM, Fri - 10 March 23', 'AP']
	])('reads "%s"', (line, byline) => expect(readByline(line)).toBe(byline));

	it('leaves sentences and clauses alone, and names no editor or translator', () => {
		expect(readByline('By the end of the year the plant will be finished.')).toBeNull();
		expect(readByline('By the numbers')).toBeNull();
		expect(readByline('By The Numbers')).toBeNull();
		expect(readByline('The staff')).toBeNull();
		expect(readByline('Editing by John Roe')).toBeNull();
		expect(readByline('Additional reporting by John Roe')).toBeNull();
	});

	it('reads a name beside the stamp on its line, and the publication stamp before the update', () => {
		expect(classifyLine('Sara Ahmadi | 06.04.2021 - Update : 07.04.2021')).toEqual({
			kind: 'date',
			iso: '2021-04-06',
			byline: 'Sara Ahmadi'
		});
		expect(classifyLine('Middle East | 06.04.2021 09:30')).toMatchObject({ kind: 'date' });
		expect(classifyLine('By AP Published Date - 11:05 PM, Fri - 10 March 23')).toEqual({
			kind: 'date',
			iso: '2023-03-10T23:05',
			byline: 'AP'
		});
	});
});

describe('the agency credited', () => {
	const HEAD = 'Caspian states agree on a new shipping corridor\n\n';
	const BODY = 'Officials from five countries met in the port on Monday to agree on shipping, customs and fees, the ministry said.';

	it('is the dateline agency, a wire the byline names, or a source line, and none when nothing is printed', () => {
		expect(parseText(`${HEAD}BAKU, March 3 (Trend) - ${BODY}`).agency).toBe('Trend');
		expect(parseText(`${HEAD}By Sara Ahmadi – Trend\n\n${BODY}`).agency).toBe('Trend');
		expect(parseText(`${HEAD}By AP\n\n${BODY}`).agency).toBe('AP');
		expect(parseText(`${HEAD}${BODY}\n\nSource: Reuters`).agency).toBe('Reuters');
		const xinhua = parseText(`${HEAD}${BODY}\n\n(Xinhua News Agency August 23, 2004)`);
		expect(xinhua.agency).toBe('Xinhua');
		// With no stamp by the headline, the credit's date is the story's.
		expect(xinhua.publishedAt).toBe('2004-08-23');
		expect(xinhua.warnings).toContain("publication date taken from the wire's credit at the end");
		expect(parseText(`${HEAD}${BODY}\n\nab/cd (Reuters, dpa)`).agency).toBe('Reuters');
		expect(parseText(`${HEAD}${BODY}`).agency).toBeNull();
		// A source line in any case, a wire by its full name given by its short one.
		expect(parseText(`${HEAD}${BODY}\n\nsource: The Associated Press`).agency).toBe('AP');
		expect(parseText(`${HEAD}${BODY}\n\nSource: Islamic Republic News Agency – IRNA`).agency).toBe('IRNA');
		// A damaged dash (a replacement character) after a known agency still credits it.
		expect(parseText(`${HEAD}IRNA \uFFFD ${BODY}`).agency).toBe('IRNA');
		expect(parseText(`${HEAD}${BODY}\n\n(Agence France-Presse, Reuters)`).agency).toBe('AFP');
		// A bracketed aside is no credit.
		expect(parseText(`${HEAD}${BODY}\n\n(Photo)`).agency).toBeNull();
		// A wire's name, or the site's own, where a dateline's place stands: the agency, no place.
		for (const [text, agency] of [
			[`${HEAD}AFP - ${BODY}`, 'AFP'],
			[`${HEAD}GFP - ${BODY}`, 'GFP'],
			[`${HEAD}https://www.tabnak.ir/en/news/1\n\nTABNAK, Dec. 22- ${BODY}`, 'TABNAK']
		]) {
			const a = parseText(text);
			expect(a.dateline).toBeNull();
			expect(a.agency).toBe(agency);
			expect(a.paragraphs[0]).toBe(BODY);
		}
		// The date printed after an outlet's name is still read, as a dateline's would be.
		const dated = parseText(`${HEAD}https://www.tabnak.ir/en/news/1\n\nTABNAK, Dec. 22, 2024- ${BODY}`);
		expect(dated.dateline).toBeNull();
		expect(dated.publishedAt).toBe('2024-12-22');
		// A city or a country in capitals stays the place, on a site named after it too; two capitals are no outlet's initials.
		expect(parseText(`${HEAD}DOHA - ${BODY}`).dateline).toMatchObject({ place: 'DOHA' });
		expect(parseText(`${HEAD}UAE - ${BODY}`).agency).toBeNull();
		expect(parseText(`${HEAD}https://baku.ws/en/news/1\n\nBAKU - ${BODY}`).dateline).toMatchObject({ place: 'BAKU' });
		for (const place of ['UN', 'EU', 'NY', 'NYC', 'GCC']) expect(parseText(`${HEAD}${place} - ${BODY}`).agency, place).toBeNull();
	});

	it('reads a dateline with no dash after the agency when it prints a date, and one after a short standfirst', () => {
		const a = parseText(`${HEAD}Aktau, Jan 11 (AP) ${BODY}`);
		expect(a.dateline).toMatchObject({ place: 'Aktau', date: 'Jan 11', agency: 'AP' });
		expect(a.paragraphs[0]).toBe(BODY);
		const standfirst = 'The corridor, which is to open next year, will link the five ports of the Caspian Sea by rail.';
		const b = parseText(`${HEAD}${standfirst}\n\nBAKU, March 3. /TASS/. ${BODY}`);
		expect(b.dateline).toMatchObject({ place: 'BAKU', agency: 'TASS' });
		expect(b.paragraphs).toEqual([standfirst, BODY]);
		// A deck of two or three sentences (up to 60 words) still stands before the dateline; a longer first paragraph is the text.
		const deck = `${standfirst} Officials in both capitals said the work on the line, its stations and its depots would be finished by the end of the coming summer at the latest.`;
		expect(parseText(`${HEAD}${deck}\n\nDushanbe (AsiaNews) – ${BODY}`).dateline).toMatchObject({ place: 'Dushanbe', agency: 'AsiaNews' });
		const text = `${deck} ${deck}`;
		expect(parseText(`${HEAD}${text}\n\nDushanbe (AsiaNews) – ${BODY}`).dateline).toBeNull();
		// A standfirst and a photo's alt text and caption before it; never past the fourth paragraph.
		const caption = 'Ministers at the signing of the shipping agreement in the port';
		const c = parseText(`${HEAD}${standfirst}\n\n${caption}\n\n${caption}.\n\nBAKU, March 3 (Trend) - ${BODY}`);
		expect(c.dateline).toMatchObject({ place: 'BAKU', agency: 'Trend' });
		const late = [standfirst, `${caption}.`, standfirst, `${caption}!`, `BAKU, March 3 (Trend) - ${BODY}`].join('\n\n');
		expect(parseText(`${HEAD}${late}`).dateline).toBeNull();
	});
});
