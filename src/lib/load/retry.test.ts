import { afterEach, describe, expect, it, vi } from 'vitest';
import { BundleChanged } from '../corpus/bundle';
import { fetchChecked } from './retry';

afterEach(() => vi.unstubAllGlobals());

describe('fetching a file that must be read whole', () => {
	it('fetches a damaged file once more past every cache, and reads the fresh copy', async () => {
		const asked: (RequestCache | undefined)[] = [];
		vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) => {
			asked.push(init?.cache);
			return new Response(asked.length === 1 ? '<html>portal</html>' : 'GOOD');
		});
		const read = (bytes: Uint8Array) => {
			const text = new TextDecoder().decode(bytes);
			if (text !== 'GOOD') throw new Error('damaged');
			return text;
		};
		expect(await fetchChecked('https://example.org/f.bin', read)).toBe('GOOD');
		expect(asked).toEqual([undefined, 'reload']);
	});

	it('does not fetch again what is not damage, such as a file of a newer build', async () => {
		let calls = 0;
		vi.stubGlobal('fetch', async () => (calls++, new Response('x')));
		const newer = new BundleChanged();
		await expect(
			fetchChecked('https://example.org/f.bin', () => {
				throw newer;
			})
		).rejects.toBe(newer);
		expect(calls).toBe(1);
	});
});
