import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/parse';
import { synthArticle, versionEdit } from '../synth/generate';
import { signature, similarity, versionGroups } from './versions';

const enc = (text: string) => new TextEncoder().encode(text);
/** Generated articles' bodies: many on each topic, written from one small vocabulary. */
const bodies = Array.from({ length: 600 }, (_, i) => {
	const { name, text } = synthArticle(i, 7);
	const parsed = parseArticle({ file: name, bytes: enc(text) });
	if (!('article' in parsed) || !parsed.article) throw new Error(`synthetic article ${i} did not parse`);
	return parsed.article.paragraphs;
});

type Edit = 'sentence changed' | 'paragraph added' | 'new headline';
const EDITS: Edit[] = ['sentence changed', 'paragraph added', 'new headline'];

/** A version of `body` with one edit, taking new text from another article. */
function edited(body: string[], edit: Edit, other: string[]): string[] {
	const copy = [...body];
	const at = Math.floor(copy.length / 2);
	if (edit === 'sentence changed') {
		const sentences = copy[at].split(/(?<=\.)\s/);
		sentences[0] = other[1].split(/(?<=\.)\s/)[0];
		copy[at] = sentences.join(' ');
	} else if (edit === 'paragraph added') copy.splice(at, 0, other[2]);
	// A new headline leaves the body as it was.
	return copy;
}

describe('versions of one story', () => {
	it('finds planted versions among unrelated articles on the same topics, precision and recall at least 0.95', () => {
		const planted: [number, number][] = [];
		const all = [...bodies];
		for (let k = 0; k < 150; k++) {
			const base = k * 4;
			all.push(edited(bodies[base], EDITS[k % 3], bodies[base + 1]));
			planted.push([base, all.length - 1]);
		}
		const groups = versionGroups(all.map(signature));
		const found = new Set(groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => `${a}-${b}`))));
		// The generator makes some of its own articles versions of the one before (see versionEdit).
		const own = bodies.flatMap((_, i) => (versionEdit(i) ? [[i - 1, i] as [number, number]] : []));
		expect(own.length).toBeGreaterThan(0);
		const truth = new Set([...planted, ...own].map(([a, b]) => `${a}-${b}`));
		const hits = [...found].filter((p) => truth.has(p)).length;
		const precision = hits / Math.max(1, found.size);
		const recall = hits / truth.size;
		expect(precision).toBeGreaterThanOrEqual(0.95);
		expect(recall).toBeGreaterThanOrEqual(0.95);
		// Per edit, so that no kind hides behind the others.
		for (const edit of EDITS) {
			const kind = planted.filter((_, k) => EDITS[k % 3] === edit);
			expect(kind.filter(([a, b]) => found.has(`${a}-${b}`)).length / kind.length).toBeGreaterThanOrEqual(0.95);
		}
	});

	it('rates a body against itself 1, against a sentence changed high, and against another report low', () => {
		const a = signature(bodies[0])!;
		expect(similarity(a, signature(bodies[0])!)).toBe(1);
		expect(similarity(a, signature(edited(bodies[0], 'sentence changed', bodies[1]))!)).toBeGreaterThan(0.7);
		expect(similarity(a, signature(bodies[1])!)).toBeLessThan(0.3);
	});

	it('leaves out bodies too short to judge, and groups a story told three times as one', () => {
		expect(signature(['Too short to say.'])).toBeNull();
		const b = bodies[10];
		const groups = versionGroups([
			signature(b),
			signature(['Too short.']),
			signature(edited(b, 'paragraph added', bodies[11])),
			signature(bodies[12]),
			signature(edited(b, 'sentence changed', bodies[13]))
		]);
		expect(groups).toEqual([[0, 2, 4]]);
	});
});
