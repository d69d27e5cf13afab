/**
 * A corpus for judging search: news-like articles over a broad vocabulary (common words far
 * more often than rare ones, as in real text), rendered in every capture layout of
 * FORMATS.md and parsed as the build parses them, plus planted articles that each hold one
 * rare, real-looking name (a person or a place no other article names). The planted
 * articles are the known items the benchmark's queries look for.
 */
import { LAYOUTS, type Story } from '../../src/lib/synth/layouts';
import { seededRandom } from '../../src/lib/synth/generate';
import { PLACES } from '../../src/lib/synth/vocabulary';

const COMMON = `government officials ministry president minister foreign economic security talks meeting
agreement cooperation country countries region regional international national development project
projects trade exports imports oil gas energy prices market markets bank banks budget sanctions
nuclear program programme deal negotiations delegation visit visited capital border borders province
city cities water health hospital doctors patients students universities schools education culture
festival film museum heritage sports football team league championship olympic athletes medal
farmers harvest wheat rice drought rain weather earthquake flood rescue relief aid refugees camp
police court judge trial prison lawyers parliament lawmakers election elections vote voters campaign
party parties opposition protest protesters workers union strike factory industry steel cement
cars airline airport flights railway road highway bridge port shipping tanker vessel navy army
forces military defense drones missile missiles satellite launch space science scientists research
technology internet digital startup companies company investment investors loan currency inflation
unemployment jobs growth report reports statement spokesman spokeswoman envoy ambassador embassy
consulate summit conference forum committee council commission agency organization united nations
council resolution peace war conflict ceasefire attack attacks killed wounded victims families
children women youth elderly pensions housing tax taxes customs tariffs fuel electricity grid
pipeline refinery petrochemical mining copper gold fishing tourism tourists hotels pilgrims
shrine mosque ceremony anniversary memorial martyrs veterans friendship relations ties partnership`;

const RARE_ADJ = `unprecedented landmark provisional tentative bilateral trilateral multilateral controversial
ambitious strategic comprehensive urgent humanitarian seasonal annual quarterly historic modest
sweeping gradual renewed stalled disputed joint emergency interim preliminary lengthy`;

const VERBS = `signed discussed approved rejected announced welcomed criticized launched opened inaugurated
suspended resumed expanded reviewed postponed extended denied confirmed praised condemned hosted
attended unveiled completed delayed financed proposed endorsed ratified implemented`;

const FIRST = [
	'Nurlan',
	'Aigerim',
	'Bakhtiyar',
	'Gulnara',
	'Oskar',
	'Ilham',
	'Marzieh',
	'Tahmineh',
	'Ravshan',
	'Dilnoza',
	'Yerlan',
	'Saule',
	'Farrukh',
	'Zarina',
	'Behrouz',
	'Shirin',
	'Anvar',
	'Kamila'
];
const SYLLABLES = [
	'al',
	'bek',
	'tur',
	'sun',
	'kar',
	'zhan',
	'mur',
	'dos',
	'tal',
	'gar',
	'sha',
	'rin',
	'kol',
	'mir',
	'zad',
	'ush',
	'ber',
	'dyk',
	'nor',
	'vel',
	'tash',
	'khan',
	'yor',
	'pel'
];
const ENDINGS = ['ov', 'ova', 'ev', 'eva', 'ian', 'zadeh', 'pour', 'baev', 'uly', 'kyzy', 'ani', 'abad', 'stan', 'kent'];

const words = (s: string) => s.split(/\s+/).filter(Boolean);
export const COMMON_WORDS = words(COMMON);
const ADJECTIVES = words(RARE_ADJ);
const VERB_WORDS = words(VERBS);

/** A Zipf-like pick: index k with weight 1/(k+1), so a few words are everywhere and most are rare. */
function zipf(rand: () => number, list: readonly string[]): string {
	const n = list.length;
	const h = Math.log(n + 1);
	return list[Math.min(n - 1, Math.floor(Math.exp(rand() * h)) - 1)];
}

function pick<T>(rand: () => number, list: readonly T[]): T {
	return list[Math.floor(rand() * list.length)];
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A name that reads like a Central Asian or Iranian surname or town and is made up. */
export function rareName(rand: () => number): string {
	const n = 2 + Math.floor(rand() * 2);
	let s = '';
	for (let i = 0; i < n; i++) s += pick(rand, SYLLABLES);
	return capital(s + pick(rand, ENDINGS));
}

function sentence(rand: () => number, place: string, other: string): string {
	const w = () => zipf(rand, COMMON_WORDS);
	const forms = [
		() => `${capital(w())} ${w()} in ${place} ${pick(rand, VERB_WORDS)} a ${pick(rand, ADJECTIVES)} ${w()} ${w()} on ${w()} ${w()}.`,
		() => `The ${w()} ${pick(rand, VERB_WORDS)} ${w()} with ${other} after ${w()} ${w()} and ${w()}.`,
		() => `Officials said the ${w()} ${w()} would ${pick(rand, ['help', 'support', 'affect', 'shape'])} ${w()} ${w()} in ${place}.`,
		() => `${capital(w())} and ${w()} ${w()} were ${pick(rand, VERB_WORDS)} during the ${w()} ${w()}, according to ${w()} ${w()}.`,
		() => `A ${pick(rand, ADJECTIVES)} ${w()} between ${place} and ${other} on ${w()} ${w()} was ${pick(rand, VERB_WORDS)}.`
	];
	return pick(rand, forms)();
}

export interface PlantedItem {
	/** The file the planted article is saved as. */
	file: string;
	title: string;
	/** The rare name that only this article holds. */
	rare: string;
}

export interface RelevanceCorpus {
	files: { name: string; text: string }[];
	planted: PlantedItem[];
}

const FIRST_DAY = Date.UTC(2017, 0, 1);
const SPAN_DAYS = 365 * 7;

function story(rand: () => number, index: number, title: string, paragraphs: string[], place: string): Story {
	const day = FIRST_DAY + Math.floor(rand() * SPAN_DAYS) * 86_400_000;
	return {
		title,
		when: new Date(day + Math.floor(rand() * 1440) * 60_000),
		paragraphs,
		newsCode: String(84_000_000 + index),
		journalistId: String(100 + (index % 900)),
		place
	};
}

/** A headline of 6–10 words from the common vocabulary, as agencies write them. */
function headline(rand: () => number, place: string, other: string): string {
	const w = () => zipf(rand, COMMON_WORDS);
	const forms = [
		() => `${place} ${pick(rand, VERB_WORDS)} ${pick(rand, ADJECTIVES)} ${w()} ${w()} with ${other}`,
		() => `${capital(w())} ${w()} ${pick(rand, VERB_WORDS)} as ${place} ${w()} ${w()}`,
		() => `${other} and ${place} ${pick(rand, VERB_WORDS)} ${w()} ${w()} ${w()}`,
		() => `${capital(pick(rand, ADJECTIVES))} ${w()} ${w()} ${pick(rand, VERB_WORDS)} in ${place}`
	];
	return pick(rand, forms)();
}

/** A name one or two letters away from `name`: another family's, to stand near it in the vocabulary. */
function sibling(name: string, rand: () => number): string {
	const vowels = 'aeiouy';
	const chars = [...name];
	for (let tries = 0; tries < 20; tries++) {
		const at = 1 + Math.floor(rand() * (chars.length - 1));
		if (vowels.includes(chars[at])) {
			chars[at] = vowels[(vowels.indexOf(chars[at]) + 1 + Math.floor(rand() * 5)) % vowels.length];
			break;
		}
	}
	const out = chars.join('');
	return out === name ? `${name}a` : rand() < 0.3 ? `${out}a` : out;
}

interface Draft {
	title: string;
	paragraphs: string[];
	place: string;
	rare: string;
}

/**
 * `background` ordinary articles and `planted` known items, each planted article's rare
 * name placed deep in its body (never in the headline). Most rare names also have a
 * sibling a letter or two away (another family's name) in other articles' headlines or
 * bodies, as real names do: the right article must win on the exact name.
 */
export function relevanceCorpus(background: number, planted: number, seed = 11): RelevanceCorpus {
	const rand = seededRandom(seed);
	const places = PLACES.map((p) => p.capital ?? p.name);
	const total = background + planted;
	const drafts: Draft[] = [];
	for (let i = 0; i < total; i++) {
		const place = pick(rand, places);
		const other = pick(
			rand,
			places.filter((p) => p !== place)
		);
		const n = 4 + Math.floor(rand() * 10);
		const paragraphs = Array.from({ length: n }, () =>
			Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand, place, other)).join(' ')
		);
		drafts.push({ title: headline(rand, place, other), paragraphs, place, rare: '' });
	}
	// Planted articles are spread through the corpus, not bunched at one end of it.
	const plantedAt = new Set<number>();
	while (plantedAt.size < planted) plantedAt.add(Math.floor(rand() * total));
	const used = new Set<string>();
	const fresh = (make: () => string) => {
		let name = make();
		while (used.has(name.toLowerCase())) name = make();
		used.add(name.toLowerCase());
		return name;
	};
	const mention = (name: string, d: Draft) =>
		` ${capital(zipf(rand, COMMON_WORDS))} officials met ${name} in ${d.place} to discuss the ${zipf(rand, COMMON_WORDS)} ${zipf(rand, COMMON_WORDS)}.`;
	for (const i of plantedAt) {
		const d = drafts[i];
		const surname = fresh(() => rareName(rand));
		d.rare = surname;
		const full = rand() < 0.5 ? surname : `${pick(rand, FIRST)} ${surname}`;
		const at = 1 + Math.floor(rand() * (d.paragraphs.length - 1));
		d.paragraphs[at] += mention(full, d);
		if (rand() < 0.7) {
			const near = fresh(() => sibling(surname, rand));
			for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
				const other = drafts[Math.floor(rand() * total)];
				if (other === d) continue;
				if (rand() < 0.5) other.title = `${other.title}, says ${near}`;
				else other.paragraphs[other.paragraphs.length - 1] += mention(near, other);
			}
		}
	}
	const files: RelevanceCorpus['files'] = [];
	const items: PlantedItem[] = [];
	drafts.forEach((d, i) => {
		const layout = LAYOUTS[i % LAYOUTS.length];
		const name = `${String(i).padStart(6, '0')}_${layout.name}.txt`;
		files.push({ name, text: layout.render(story(rand, i, d.title, d.paragraphs, d.place), rand) });
		if (d.rare) items.push({ file: name, title: d.title, rare: d.rare });
	});
	return { files, planted: items };
}
