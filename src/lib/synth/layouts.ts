/** The capture layouts of FORMATS.md, each rendering a story the way a scraper saved it. */

export interface Story {
	title: string;
	/** Local publication time, held in the Date's UTC fields (no time zone is ever applied). */
	when: Date;
	paragraphs: string[];
	newsCode: string;
	journalistId: string;
	place: string;
}

export interface Layout {
	name: string;
	render(story: Story, rand: () => number): string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');

function clock12(d: Date): string {
	const h = d.getUTCHours();
	return `${h % 12 || 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}
const shortDate = (d: Date) => `${SHORT[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const longDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const clock24 = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

function body(s: Story, dateline: string): string {
	return [`${dateline}${s.paragraphs[0]}`, ...s.paragraphs.slice(1)].join('\n\n');
}

const IRNA_FOOTER = '\n\nFollow us on Twitter\u00a0@IrnaEnglish\u00a0\n\nYour Comment\n\nYou are replying to: .\n3 + 4 =\n';

export const LAYOUTS: Layout[] = [
	{
		name: 'irna2019',
		render: (s) =>
			`${longDate(s.when)} - ${clock24(s.when)}\nJournalist ID: ${s.journalistId}\nNews Code ${s.newsCode}\n0 Persons\n${s.title}\n${s.title}\n\n` +
			body(s, `${s.place}, ${SHORT[s.when.getUTCMonth()]} ${s.when.getUTCDate()}, IRNA -- `) +
			IRNA_FOOTER
	},
	{
		name: 'irna2020',
		render: (s) =>
			`${shortDate(s.when)}, ${clock12(s.when)}\nJournalist ID: ${s.journalistId}\nNews Code: ${s.newsCode}\n0 Persons\nTags\n${s.title}\n\n` +
			body(s, `${s.place}, ${MONTHS[s.when.getUTCMonth()]} ${s.when.getUTCDate()}, IRNA – `) +
			IRNA_FOOTER
	},
	{
		name: 'irna2021',
		render: (s) => {
			const block = `${shortDate(s.when)}, ${clock12(s.when)}\nJournalist ID: ${s.journalistId}\nNews ID: ${s.newsCode}`;
			return `${block}\nT T\n0 Persons\nTags\n${s.title}\n${block}\n${s.title}\n\n${body(s, `${s.place}, IRNA – `)}\n\n1424**2040${IRNA_FOOTER}`;
		}
	},
	{
		name: 'minimal',
		render: (s) => `${shortDate(s.when)}\n${s.title}\n\n${body(s, `${s.place}, IRNA - `)}\n`
	},
	{
		name: 'mehr',
		render: (s) =>
			`  1. Politics\n${s.title}\n${s.title}\n\n${body(s, `${s.place.toUpperCase()}, ${SHORT[s.when.getUTCMonth()]}. ${s.when.getUTCDate()} (MNA) – `)}\n\nZZ/IRN${s.newsCode}\nNews Code ${s.newsCode.slice(2)}\n`
	},
	{
		name: 'isna',
		render: (s) =>
			`• ${DAYS[s.when.getUTCDay()]} / ${longDate(s.when)} / ${clock24(s.when)}\n• Category: Politics\n• News Code: 99${s.newsCode}\n• Journalist : ${s.journalistId}\n${s.title}\n\n${body(s, `${s.place} (ISNA) – `)}\n`
	},
	{
		// A newspaper's whole page: menus, a language list, world clocks and the day's date above
		// the site's story number and the headline (printed as the page title with the site's
		// name, then as the H1), a byline
		// and the stamp below it, share bars, related stories and notices after the body.
		name: 'gazette',
		render: (s) =>
			`Accessibility links\nSkip to main content\nEnglish Français العربية فارسی\nLondon 09:00 Tehran 12:30\n12 May 2025 / 07:10 GMT\n` +
			`Home | World | Business | Sport\nRegister\nGazette Daily\nHome > World\nStory Code : ${s.newsCode}\n${s.title} - Gazette Daily\n${s.title}\n` +
			`By Gazette Staff\n${MONTHS[s.when.getUTCMonth()]} ${s.when.getUTCDate()}, ${s.when.getUTCFullYear()} - ${clock24(s.when)}\nShare on Facebook\n` +
			`${body(s, `${s.place.toUpperCase()}, ${SHORT[s.when.getUTCMonth()]} ${s.when.getUTCDate()} (Gazette) — `)}\n` +
			`Share this article\nFacebook Twitter WhatsApp\nRelated\nOther leaders meet in Geneva\nApril 2, 2021\n` +
			`We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.\n© ${s.when.getUTCFullYear()} Gazette Daily. All rights reserved.\n`
	},
	{
		// A wire story on a portal: breadcrumbs, the headline with a list number, the byline and
		// a stamp with its zone, an agency dateline, and the credits line after the body.
		name: 'wire',
		render: (s) =>
			`Full version\n< Back\nPortal.Az » World news » ${s.title}\n3. ${s.title}\nBy Agency Staff\n` +
			`Published ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][s.when.getUTCDay()]}, ${longDate(s.when)} ${clock24(s.when)} GMT\n` +
			`${body(s, `${s.place.toUpperCase()} (Reuters) - `)}\n(Reporting by Jane Doe; Editing by John Roe)\n#Politics\n3 hours ago\n`
	},
	{
		name: 'outlet',
		render: (s) =>
			`${MONTHS[s.when.getUTCMonth()]} ${s.when.getUTCDate()}, ${s.when.getUTCFullYear()} - ${s.when.getUTCHours()}:${s.when.getUTCMinutes()}\n${s.title}\n\n${body(s, `${s.place.toUpperCase()} – `)}\n`
	}
];
