import { countControls, withoutControls } from '../controls';

/** Larger files are rejected: no real article page is this big, and it keeps one bad file from stalling a build. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Share of control characters above which a decoded file is treated as binary. */
const MAX_CONTROL_SHARE = 0.02;

export type Decoded = { text: string; warnings: string[] } | { reason: string };

/** Magic numbers of binary formats people are likely to leave in a capture folder. */
const SIGNATURES: [number[], string][] = [
	[[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image'],
	[[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
	[[0x50, 0x4b, 0x03, 0x04], 'a zip archive (unpack it first)'],
	[[0x1f, 0x8b], 'a gzip archive (unpack it first)'],
	[[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document']
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
	return sig.every((b, i) => bytes[i] === b);
}

function formatMB(n: number): string {
	return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function oversizeReason(bytes: number): string {
	return `file is ${formatMB(bytes)}, over the ${formatMB(MAX_FILE_BYTES)} limit`;
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 512) & ~1;
	if (n < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
	if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
	return null;
}

function controlShare(text: string): number {
	let control = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
	}
	return text.length ? control / text.length : 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1256 = new TextDecoder('windows-1256');

/** Line numbers for a message: the first few, then how many more. */
function someLines(lines: number[]): string {
	const shown = lines.slice(0, 5).join(', ');
	return lines.length > 5 ? `${shown} and ${lines.length - 5} more` : shown;
}

/** Bytes of the valid UTF-8 sequence that starts at `i` (at least 2), or 0 when none does. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
	const b = bytes[i];
	const cont = (k: number, lo = 0x80, hi = 0xbf) => bytes[i + k] >= lo && bytes[i + k] <= hi;
	if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
	if (b >= 0xe0 && b <= 0xef) {
		// No overlong forms (E0 A0..) and no surrogates (ED ..9F).
		const second = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
		return second && cont(2) ? 3 : 0;
	}
	if (b >= 0xf0 && b <= 0xf4) {
		const second = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
		return second && cont(2) && cont(3) ? 4 : 0;
	}
	return 0;
}

/**
 * A line that is not valid UTF-8: its valid UTF-8 runs read as UTF-8, each other byte as
 * Windows-1256 (the usual legacy code page of Persian pages), so a line holding both a UTF-8
 * dash and legacy Persian letters keeps both.
 */
function decodeMixedLine(line: Uint8Array): string {
	let out = '';
	let run = 0;
	for (let i = 0; i < line.length;) {
		if (line[i] < 0x80) {
			i++;
			continue;
		}
		const length = utf8Sequence(line, i);
		if (length) {
			i += length;
			continue;
		}
		out += utf8.decode(line.subarray(run, i)) + windows1256.decode(line.subarray(i, i + 1));
		run = ++i;
	}
	return out + utf8.decode(line.subarray(run));
}

/**
 * A file that is not valid UTF-8 as a whole, decoded line by line: captures get pasted
 * together, so one legacy line must not garble the rest. A valid UTF-8 line is read as UTF-8,
 * any other with decodeMixedLine, and the warning names those lines.
 */
function decodeLines(bytes: Uint8Array): { text: string; warning: string } {
	const parts: string[] = [];
	const legacy: number[] = [];
	let line = 1;
	for (let from = 0; from < bytes.length; line++) {
		let to = bytes.indexOf(0x0a, from);
		to = to === -1 ? bytes.length : to + 1;
		const piece = bytes.subarray(from, to);
		from = to;
		try {
			parts.push(utf8.decode(piece));
		} catch {
			parts.push(decodeMixedLine(piece));
			legacy.push(line);
		}
	}
	const lines = `line${legacy.length > 1 ? 's' : ''} ${someLines(legacy)}`;
	return {
		text: parts.join(''),
		warning: `not valid UTF-8 throughout: bytes read as Windows-1256 on ${lines}; check for garbled characters`
	};
}

/**
 * Turns a file's bytes into text, or says in plain words why it cannot be read.
 * UTF-8 (with or without BOM) and UTF-16 are read as they are; a file that is not valid
 * UTF-8 is read line by line (see decodeLines).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return { reason: 'empty file (0 bytes)' };
	if (bytes.length > MAX_FILE_BYTES) {
		return { reason: oversizeReason(bytes.length) };
	}
	for (const [sig, what] of SIGNATURES) {
		if (startsWith(bytes, sig)) return { reason: `binary file: looks like ${what}, not text` };
	}
	const warnings: string[] = [];
	let text: string;
	if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
	else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
	else {
		const utf16 = sniffUtf16(bytes);
		if (utf16) {
			text = new TextDecoder(utf16).decode(bytes);
			warnings.push(`read as ${utf16.toUpperCase()} without a byte-order mark`);
		} else {
			try {
				text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
			} catch {
				if (bytes.includes(0)) return { reason: 'binary file: contains NUL bytes, not text' };
				const mixed = decodeLines(bytes);
				text = mixed.text;
				warnings.push(mixed.warning);
			}
		}
	}
	if (text.includes('\u0000') || controlShare(text) > MAX_CONTROL_SHARE) {
		return { reason: 'binary file: too many control characters to be text' };
	}
	// (Replacements made by the line-by-line reading are already said.)
	if (text.includes('\uFFFD') && !warnings.some((w) => w.includes('replaced')))
		warnings.push('contains U+FFFD replacement characters (text was damaged before capture)');
	const controls = countControls(text);
	if (controls) warnings.push(`${controls} control character${controls === 1 ? '' : 's'} replaced by spaces`);
	return { text: withoutControls(text.replace(/\r\n?/g, '\n')), warnings };
}
