/**
 * The rest of a set of results: what a period behind a peak is set against to find its
 * distinctive terms (the results of every other period).
 */

/** The articles of `all` (article indices; null: every one of `total`) that are not in `inside`, in `all`'s order. */
export function outsideOf(inside: ArrayLike<number>, all: ArrayLike<number> | null, total: number): Int32Array {
	const marked = new Uint8Array(total);
	for (let k = 0; k < inside.length; k++) if (inside[k] >= 0 && inside[k] < total) marked[inside[k]] = 1;
	if (all === null) {
		const out = new Int32Array(total - marked.reduce((n, m) => n + m, 0));
		let n = 0;
		for (let i = 0; i < total; i++) if (!marked[i]) out[n++] = i;
		return out;
	}
	const out = new Int32Array(all.length);
	let n = 0;
	for (let k = 0; k < all.length; k++) if (!marked[all[k]]) out[n++] = all[k];
	return out.slice(0, n);
}
