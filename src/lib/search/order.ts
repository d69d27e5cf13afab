/**
 * A stable sort of articles by an unsigned 32-bit key: two counting passes over 16-bit
 * digits (least significant first). At 80,000 candidates it takes about a millisecond,
 * where sorting packed Float64 keys natively took ten.
 */
const DIGIT = 1 << 16;
const counts = new Uint32Array(DIGIT);

/** Counting pass on the 16-bit digit at `shift`: from (docs, keys) into (toDocs, toKeys). */
function pass(shift: number, docs: Int32Array, keys: Uint32Array, count: number, toDocs: Int32Array, toKeys: Uint32Array): void {
	counts.fill(0);
	for (let j = 0; j < count; j++) counts[(keys[j] >>> shift) & (DIGIT - 1)]++;
	let sum = 0;
	for (let b = 0; b < DIGIT; b++) {
		const c = counts[b];
		counts[b] = sum;
		sum += c;
	}
	for (let j = 0; j < count; j++) {
		const at = counts[(keys[j] >>> shift) & (DIGIT - 1)]++;
		toDocs[at] = docs[j];
		toKeys[at] = keys[j];
	}
}

/** The first pass's output, reused: only the result is new (it is handed to the page). */
let low = { docs: new Int32Array(1024), keys: new Uint32Array(1024) };

/** `docs[0..count)` reordered by `keys` (same index), ascending, in new arrays; equal keys keep their order. */
export function orderByKey(keys: Uint32Array, docs: Int32Array, count: number): { docs: Int32Array; keys: Uint32Array } {
	if (count > low.docs.length) low = { docs: new Int32Array(count * 2), keys: new Uint32Array(count * 2) };
	const out = { docs: new Int32Array(count), keys: new Uint32Array(count) };
	pass(0, docs, keys, count, low.docs, low.keys);
	pass(16, low.docs, low.keys, count, out.docs, out.keys);
	return out;
}
