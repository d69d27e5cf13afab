import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from './compile-hints';

describe('compile hints', () => {
	it('opens a file with the magic comment, before any code', () => {
		const code = 'const __vite__mapDeps=(i)=>i;import"./a.js";';
		expect(withCompileHint(code)).toBe(`//# allFunctionsCalledOnLoad\n${code}`);
		expect(withCompileHint(code).split('\n')[0]).toBe(COMPILE_HINT.trim());
	});

	it('marks a file once however often the build passes over it', () => {
		expect(withCompileHint(withCompileHint('export{}'))).toBe(withCompileHint('export{}'));
	});
});
