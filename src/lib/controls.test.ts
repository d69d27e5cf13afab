import { describe, expect, it } from 'vitest';
import { countControls, withoutControls } from './controls';

describe('control characters', () => {
	it('are replaced by spaces, page breaks by line breaks, and tab and line breaks kept', () => {
		expect(withoutControls('a\u0000b\u001Bc\u007Fd\u0085e\tf\ng\r\u000Ch')).toBe('a b c d e\tf\ng\r\nh');
		expect(countControls('a\u0000b\tc\u009F')).toBe(2);
	});
});
