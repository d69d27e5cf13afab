import { describe, expect, it } from 'vitest';
import { BundleChanged } from './bundle';
import { frame, unframe, unframeAsync } from './frame';

const content = new TextEncoder().encode('the columns of 100,000 articles '.repeat(5000));
const file = frame('WCO2', 'build-a', content);

describe('unframeAsync', () => {
	it('gives what unframe gives: the build and the content', async () => {
		const read = await unframeAsync('WCO2', file, 'build-a');
		expect(read.build).toBe('build-a');
		expect(read.content).toEqual(unframe('WCO2', file).content);
		expect(read.content).toEqual(content);
	});

	it('refuses another build, another kind and a file cut short, saying which file', async () => {
		await expect(unframeAsync('WCO2', file, 'build-b')).rejects.toBeInstanceOf(BundleChanged);
		await expect(unframeAsync('WCC3', file)).rejects.toThrow(/news code columns file is damaged or not a wirescope file/);
		await expect(unframeAsync('WCO2', file.subarray(0, file.length - 40))).rejects.toThrow(/article columns file is cut short/);
	});

	it('refuses a file damaged on the way, or with bytes after its content, before inflating it', () => {
		const flipped = file.slice();
		flipped[flipped.length - 100] ^= 0x10;
		expect(() => unframe('WCO2', flipped)).toThrow(/article columns file is damaged on the way/);
		const longer = new Uint8Array(file.length + 3);
		longer.set(file);
		expect(() => unframe('WCO2', longer)).toThrow(/damaged on the way/);
		expect(() => unframe('WCO2', new TextEncoder().encode('<!doctype html><title>Sign in</title>'))).toThrow(/not a wirescope file/);
	});
});
