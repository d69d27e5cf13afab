import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATE_OWNERS } from './owners.js';

describe('the owners of the explorer state', () => {
	it('name one writer for every field of state the explorer declares, and no field twice', () => {
		const source = readFileSync(new URL('./explorer.svelte.ts', import.meta.url), 'utf8');
		const declared = [...source.matchAll(/^\t(\w+) = \$state(?:\.raw)?\b/gm)].map((m) => m[1]).sort();
		const owned = Object.values(STATE_OWNERS).flat().sort();
		expect(declared.length).toBeGreaterThan(30);
		expect(new Set(owned).size).toBe(owned.length);
		expect(owned).toEqual(declared);
	});
});
