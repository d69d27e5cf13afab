/**
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1) have no place in an
 * article or a query: XML (so SVG) cannot hold most of them, and on screen they show as boxes or
 * nothing. A vertical tab or a form feed (a page break) becomes a line break; the others become
 * spaces, so the words on either side stay two words.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's purpose
const CONTROLS = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F]/g;

/** `text` with each control character replaced by a line break (vertical tab, form feed) or a space. */
export function withoutControls(text: string): string {
	return text.replace(CONTROLS, (c) => (c === '\u000B' || c === '\u000C' ? '\n' : ' '));
}

/** How many control characters `text` holds. */
export function countControls(text: string): number {
	return text.match(CONTROLS)?.length ?? 0;
}
