/**
 * The term table of articles added in bundle order, in bounded memory: each article's terms
 * are read once (TermReader's first step) and kept in the scratch folder, then each article's
 * best terms are chosen from them once the corpus's counts are known (its second step).
 */
import { join } from 'node:path';
import { WindowReader, type ByteSource } from '../search/index-segments';
import { TermReader, writeTermTable, type ReadTerms, type TermSource } from '../terms/term-table';
import { ByteWriter } from '../varint';
import { Spill } from './spill';

/** An article's terms as bytes for the scratch folder: their count, then each term's index and count. */
function packTerms({ terms, tfs }: ReadTerms): Uint8Array {
	const out = new ByteWriter();
	out.varint(terms.length);
	for (let j = 0; j < terms.length; j++) {
		out.varint(terms[j]);
		out.varint(tfs[j]);
	}
	return out.done().slice();
}

/** The articles' terms back from the scratch folder, in order. */
function* unpackTerms(source: ByteSource): Generator<ReadTerms> {
	const reader = new WindowReader(source);
	while (!reader.done) {
		const n = reader.varint();
		const terms = new Int32Array(n);
		const tfs = new Uint16Array(n);
		for (let j = 0; j < n; j++) {
			terms[j] = reader.varint();
			tfs[j] = reader.varint();
		}
		yield { terms, tfs };
	}
}

export class SpilledTerms {
	private reader = new TermReader();
	private spill: Spill;

	constructor(scratch: string) {
		this.spill = new Spill(join(scratch, 'terms'));
	}

	add(article: TermSource): void {
		this.spill.append(packTerms(this.reader.read(article)));
	}

	/** The table as the bundle's `corpus/terms.bin`; the kept terms are removed. */
	finish(build: string): Uint8Array {
		const bytes = writeTermTable({ ...this.reader.table(unpackTerms(this.spill)), build }, build);
		this.spill.remove();
		return bytes;
	}
}
