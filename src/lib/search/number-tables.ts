/**
 * The numbers of a sharded index (runs of digits: years, amounts, news codes) as the search
 * worker holds them: not in the index's head but in number tables (see index-shards.ts), each
 * fetched the first time a query names a number it would hold. The head gives each table's
 * first number; a number's id follows the other words' (`base`), in table order.
 */
import { readVarint } from '../varint';
import { numbersAt } from './index-shards';
import type { NumberLookup } from './words';

/** A number's sizes and offsets in its shards, each array indexed by word id (see ShardedIndex). */
export type NumberSizes = readonly [
	text: Uint32Array,
	place: Uint32Array,
	code: Uint32Array,
	pos: Uint32Array,
	countAt: Uint32Array,
	posAt: Uint32Array
];

export class NumberTables implements NumberLookup {
	/** The tables that hold any number, in order. */
	private filled: number[];
	private tables = new Map<number, string[]>();

	/**
	 * `firsts`: each table's first number ('' for an empty table); `count`: the numbers in all;
	 * `base`: the first number's word id; `need`: told of a table a query needs and is not here.
	 */
	constructor(
		private firsts: string[],
		private count: number,
		private base: number,
		private need: (table: number) => void
	) {
		this.filled = [...firsts.keys()].filter((t) => firsts[t] !== '');
	}

	/** Table `t`'s numbers, with each one's sizes and offsets written into `sizes` (kept: a table is small). */
	add(t: number, content: Uint8Array, sizes: NumberSizes): void {
		if (this.tables.has(t)) return;
		const at = { at: 0 };
		const next = () => readVarint(content, at);
		const length = next();
		const numbers = length ? new TextDecoder().decode(content.subarray(at.at, at.at + length)).split('\n') : [];
		at.at += length;
		const first = this.idOf(t, 0);
		if (first + numbers.length > sizes[0].length) throw new Error('the search index file is damaged (reload, or rebuild the site)');
		for (let k = 0; k < numbers.length; k++) for (const column of sizes) column[first + k] = next();
		if (at.at > content.length) throw new Error('the search index file is cut short (reload)');
		this.tables.set(t, numbers);
	}

	findNumber(number: string): number {
		const f = this.filledOf(number);
		if (f < 0) return -1;
		const t = this.filled[f];
		const numbers = this.table(t);
		if (!numbers) return -1;
		const k = numbers.indexOf(number);
		return k < 0 ? -1 : this.idOf(t, k);
	}

	numbersMatching(mode: 'prefix' | 'suffix', part: string): number[] {
		const out: number[] = [];
		// A prefix's numbers lie from the table that would hold the prefix itself to the last whose first begins with it.
		const from = mode === 'prefix' ? Math.max(0, this.filledOf(part)) : 0;
		for (let f = from; f < this.filled.length; f++) {
			const t = this.filled[f];
			if (mode === 'prefix' && f > from && !this.firsts[t].startsWith(part)) break;
			const numbers = this.table(t);
			if (!numbers) continue;
			numbers.forEach((n, k) => {
				if (mode === 'prefix' ? n.startsWith(part) : n.endsWith(part)) out.push(this.idOf(t, k));
			});
		}
		return out;
	}

	/** The number whose word id is `id`, or '' while its table is not here. */
	numberAt(id: number): string {
		const k = id - this.base;
		const tables = this.firsts.length;
		// The last table that starts at or before number k: numbersAt(t) = ⌊t·count/tables⌋ ≤ k.
		const t = Math.min(tables - 1, Math.ceil(((k + 1) * tables) / this.count) - 1);
		return this.tables.get(t)?.[k - numbersAt(t, tables, this.count)] ?? '';
	}

	/** The word id of table `t`'s `k`th number. */
	private idOf(t: number, k: number): number {
		return this.base + numbersAt(t, this.firsts.length, this.count) + k;
	}

	/** Where in `filled` the table that would hold `number` is: the last whose first number is not after it; -1 before the first. */
	private filledOf(number: string): number {
		let lo = 0;
		let hi = this.filled.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (this.firsts[this.filled[mid]] <= number) lo = mid + 1;
			else hi = mid - 1;
		}
		return hi;
	}

	/** Table `t`'s numbers, or undefined (told as needed) when it is not here. */
	private table(t: number): string[] | undefined {
		const numbers = this.tables.get(t);
		if (!numbers) this.need(t);
		return numbers;
	}
}
