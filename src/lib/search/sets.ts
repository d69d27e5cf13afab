/** Boolean evaluation of a query's tree over the articles its leaves matched. */
import { NONE, type LeafHits } from './leaf-hits';
import type { Leaf, QueryNode } from './query';

/** A set of articles as a list and a membership array: article d is in it when member[d] !== out. */
export interface DocSet {
	docs: Int32Array;
	count: number;
	member: Uint8Array;
	out: number;
}

/** The articles a node matches, of `n`. */
export function evaluate(node: QueryNode, hits: Map<Leaf, LeafHits>, n: number): DocSet {
	if (node.kind === 'leaf') {
		const h = hits.get(node)!;
		return { docs: h.docs, count: h.count, member: h.typos, out: NONE };
	}
	if (node.kind === 'not') return complement(evaluate(node.child, hits, n), n);
	if (node.kind === 'or') {
		const member = new Uint8Array(n);
		for (const c of node.children) {
			const s = evaluate(c, hits, n);
			for (let j = 0; j < s.count; j++) member[s.docs[j]] = 1;
		}
		return fromMember(member);
	}
	// AND: intersect the positive children, then drop what the negated ones match.
	const positive = node.children.filter((c) => c.kind !== 'not').map((c) => evaluate(c, hits, n));
	const negative = node.children.filter((c) => c.kind === 'not').map((c) => evaluate((c as { child: QueryNode }).child, hits, n));
	if (positive.length === 0) {
		const member = new Uint8Array(n).fill(1);
		for (const s of negative) for (let j = 0; j < s.count; j++) member[s.docs[j]] = 0;
		return fromMember(member);
	}
	positive.sort((a, b) => a.count - b.count);
	const member = new Uint8Array(n);
	const docs = new Int32Array(positive[0].count);
	let count = 0;
	const [smallest, ...others] = positive;
	next: for (let j = 0; j < smallest.count; j++) {
		const d = smallest.docs[j];
		for (let k = 0; k < others.length; k++) if (others[k].member[d] === others[k].out) continue next;
		for (let k = 0; k < negative.length; k++) if (negative[k].member[d] !== negative[k].out) continue next;
		member[d] = 1;
		docs[count++] = d;
	}
	return { docs, count, member, out: 0 };
}

function complement(s: DocSet, n: number): DocSet {
	const member = new Uint8Array(n);
	for (let d = 0; d < member.length; d++) member[d] = s.member[d] !== s.out ? 0 : 1;
	return fromMember(member);
}

function fromMember(member: Uint8Array): DocSet {
	let count = 0;
	for (let d = 0; d < member.length; d++) count += member[d];
	const docs = new Int32Array(count);
	let k = 0;
	for (let d = 0; d < member.length; d++) if (member[d]) docs[k++] = d;
	return { docs, count, member, out: 0 };
}
