import { afterEach, describe, expect, it, vi } from 'vitest';
import { VERSIONS_FORMAT } from '../corpus/bundle';
import { fetchVersions } from './versions';

afterEach(() => vi.unstubAllGlobals());

const file = (build: string) => JSON.stringify({ format: VERSIONS_FORMAT, build, groups: [[1, 4]] });

describe('the versions of stories', () => {
	it('are asked for again when the host fails for a moment', async () => {
		let calls = 0;
		vi.stubGlobal('fetch', async () => (++calls === 1 ? new Response('busy', { status: 503 }) : new Response(file('b1'))));
		expect(await fetchVersions('/corpus/versions.json', 'b1', [0])).toEqual([[1, 4]]);
		expect(calls).toBe(2);
	});

	it('are left out when the file is of another build, or not a versions file', async () => {
		vi.stubGlobal('fetch', async () => new Response(file('b2')));
		expect(await fetchVersions('/corpus/versions.json', 'b1', [0])).toBeNull();
		vi.stubGlobal('fetch', async () => new Response('<html>sign in</html>'));
		expect(await fetchVersions('/corpus/versions.json', 'b1', [0])).toBeNull();
	});
});
