/**
 * Appends every item of `items` to `list`. `list.push(...items)` passes each item as an
 * argument, and past about 100,000 of them (a large imported collection) the engine throws
 * "Maximum call stack size exceeded".
 */
export function appendAll<T>(list: T[], items: readonly T[]): T[] {
	for (let i = 0; i < items.length; i++) list.push(items[i]);
	return list;
}
