/**
 * Versions of one story: articles whose bodies are nearly the same (a sentence changed, a
 * paragraph added, a new headline) but that are not exact duplicates, which the parser merges.
 * Each body is reduced to a MinHash signature of its five-word shingles (one hash per shingle,
 * spread over SLOTS slots: one-permutation hashing, so a long article costs one pass), and
 * signatures that agree in a band of slots are compared whole. See docs/provenance.md.
 */

/** Words per shingle: long enough that two reports of one topic share few. */
const SHINGLE = 5;
/** Slots of a signature, and how they are banded: BANDS × ROWS = SLOTS. */
const SLOTS = 64;
const BANDS = 16;
const ROWS = 4;
/** Share of slots two signatures must agree in to be versions of one story. */
const SIMILAR = 0.6;
/** Fewer shingles than this say too little to judge. */
const MIN_SHINGLES = 12;
/** A band bucket larger than this is boilerplate many articles share, not one story's versions. */
const MAX_BUCKET = 64;
const EMPTY = 0xffffffff;

function mix(h: number): number {
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 unit is part of a word: ASCII letters and digits at once, the rest through LETTER. */
function wordChar(c: number): boolean {
	if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
	return LETTER.test(String.fromCharCode(c));
}

/**
 * Each word's hash (FNV-1a of its lower-case units), scanned a unit at a time: a regular
 * expression's match objects made signing 100,000 bodies take several times as long.
 */
function wordHashes(paragraphs: readonly string[]): number[] {
	const out: number[] = [];
	for (const p of paragraphs) {
		let h = 0;
		let inWord = false;
		for (let i = 0; i <= p.length; i++) {
			const c = i < p.length ? p.charCodeAt(i) : 0x20;
			if (wordChar(c)) {
				if (!inWord) {
					h = 0x811c9dc5;
					inWord = true;
				}
				const lower = c >= 0x41 && c <= 0x5a ? c | 0x20 : c < 0x80 ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);
				h = Math.imul(h ^ lower, 0x01000193);
			} else if (inWord) {
				out.push(h >>> 0);
				inWord = false;
			}
		}
	}
	return out;
}

/**
 * A body's signature: per slot, the least hash of the shingles that fall in it; a slot no
 * shingle fell in borrows from the next one that has (so that two signatures still compare
 * slot by slot). Null for a body too short to judge.
 */
export function signature(paragraphs: readonly string[]): Uint32Array | null {
	const words = wordHashes(paragraphs);
	const shingles = words.length - SHINGLE + 1;
	if (shingles < MIN_SHINGLES) return null;
	const slots = new Uint32Array(SLOTS).fill(EMPTY);
	for (let i = 0; i < shingles; i++) {
		let h = 0x9e3779b9;
		for (let k = 0; k < SHINGLE; k++) h = mix(h ^ words[i + k]) + k;
		h = mix(h);
		const slot = h >>> 26;
		const value = h & 0x3ffffff;
		if (value < slots[slot]) slots[slot] = value;
	}
	for (let s = 0; s < SLOTS; s++) {
		if (slots[s] !== EMPTY) continue;
		for (let d = 1; d < SLOTS; d++) {
			const from = slots[(s + d) % SLOTS];
			// Marked with the distance borrowed from, so a borrowed value rarely matches a slot's own.
			if (from !== EMPTY && from < 0x4000000) {
				slots[s] = d * 0x4000000 + from;
				break;
			}
		}
	}
	return slots;
}

/** The share of slots two signatures agree in: an estimate of their shingles' Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
	let same = 0;
	for (let s = 0; s < SLOTS; s++) if (a[s] === b[s]) same++;
	return same / SLOTS;
}

/**
 * The groups of articles (indices into `signatures`) that are versions of one story, each in
 * index order, groups by their first article. Pairs are found through bands of ROWS slots, so
 * an article is compared only with those that share a band with it; a group is closed under
 * "versions of": if A and B are, and B and C, all three are one story.
 */
export function versionGroups(signatures: readonly (Uint32Array | null)[]): number[][] {
	const parent = Int32Array.from(signatures.keys());
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	for (let band = 0; band < BANDS; band++) {
		const buckets = new Map<number, number[]>();
		for (let i = 0; i < signatures.length; i++) {
			const sig = signatures[i];
			if (!sig) continue;
			let key = band;
			for (let r = 0; r < ROWS; r++) key = mix(key ^ sig[band * ROWS + r]);
			const bucket = buckets.get(key);
			if (bucket) bucket.push(i);
			else buckets.set(key, [i]);
		}
		for (const bucket of buckets.values()) {
			if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
			for (let x = 0; x < bucket.length; x++)
				for (let y = x + 1; y < bucket.length; y++) {
					const a = bucket[x];
					const b = bucket[y];
					if (root(a) === root(b)) continue;
					if (similarity(signatures[a]!, signatures[b]!) >= SIMILAR) parent[root(b)] = root(a);
				}
		}
	}
	const groups = new Map<number, number[]>();
	for (let i = 0; i < signatures.length; i++) {
		if (!signatures[i]) continue;
		const r = root(i);
		const group = groups.get(r);
		if (group) group.push(i);
		else groups.set(r, [i]);
	}
	return [...groups.values()].filter((g) => g.length > 1);
}
