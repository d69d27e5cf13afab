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

/**
 * Turns a file's bytes into text, or says in plain words why it cannot be read.
 * UTF-8 (with or without BOM) and UTF-16 are read as they are; bytes that are not
 * valid UTF-8 are read as Windows-1256, the usual legacy code page of Persian pages.
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
				text = new TextDecoder('windows-1256').decode(bytes);
				warnings.push('not valid UTF-8: read as Windows-1256, check for garbled characters');
			}
		}
	}
	if (text.includes('\u0000') || controlShare(text) > MAX_CONTROL_SHARE) {
		return { reason: 'binary file: too many control characters to be text' };
	}
	if (text.includes('\uFFFD')) warnings.push('contains U+FFFD replacement characters (text was damaged before capture)');
	return { text: text.replace(/\r\n?/g, '\n'), warnings };
}
