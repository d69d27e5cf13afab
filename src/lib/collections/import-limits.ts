/**
 * What one import may take, checked before anything is read: a file's size from the file
 * itself (File.size), a zip's entries from its directory (unpack.ts), and the whole import
 * against what the browser lets the site store. Each refusal says why.
 */
import { MAX_FILE_BYTES, oversizeReason } from '../corpus/decode';
import { overBudgetReason, type ImportBudget } from './unpack';

/** Archives larger than this are refused before they are read: the whole archive is held in memory while it is unpacked. */
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;
/** At most this much text per import, and no more than a share of the space the browser gives the site. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
const STORAGE_SHARE = 0.5;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** What this import may take: the smaller of MAX_IMPORT_BYTES and a share of the storage left to the site. */
export async function importBudget(): Promise<ImportBudget> {
	const estimate = await navigator.storage?.estimate?.().catch(() => null);
	const free = estimate?.quota ? (estimate.quota - (estimate.usage ?? 0)) * STORAGE_SHARE : Infinity;
	return free < MAX_IMPORT_BYTES
		? { left: free, limit: `the ${mb(free)} this browser lets the site store now` }
		: { left: MAX_IMPORT_BYTES, limit: `the ${mb(MAX_IMPORT_BYTES)} one import may hold` };
}

/** Why a picked file is refused from its size alone, before it is read; or null. */
export function refusedBySize(name: string, size: number, budget: ImportBudget): string | null {
	if (/\.zip$/i.test(name))
		return size > MAX_ARCHIVE_BYTES ? `archive is ${mb(size)}, over the ${mb(MAX_ARCHIVE_BYTES)} limit: split it` : null;
	if (size > MAX_FILE_BYTES) return oversizeReason(size);
	if (size > budget.left) return overBudgetReason(budget);
	budget.left -= size;
	return null;
}
