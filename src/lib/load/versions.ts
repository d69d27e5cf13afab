/** Which of the bundle's articles are versions of one story (`corpus/versions.json`, see provenance/versions.ts). */
import { VERSIONS_FORMAT, type VersionsFile } from '../corpus/bundle';
import { RETRY_MS, fetchJson } from './retry';

/**
 * The groups of versions, each the indices of one story's articles; null when the file cannot
 * be had, is not a versions file or is of another build than `build`: versions are an aid, and
 * the explorer works without them.
 */
export async function fetchVersions(
	url: string,
	build: string | undefined,
	pauses: readonly number[] = RETRY_MS
): Promise<number[][] | null> {
	try {
		const file = (await fetchJson(url, undefined, pauses)) as Partial<VersionsFile> | null;
		if (file?.format !== VERSIONS_FORMAT || !Array.isArray(file.groups)) return null;
		return build && file.build && file.build !== build ? null : file.groups;
	} catch {
		return null;
	}
}
