/**
 * A host's theme for the embed view, from its `theme` URL parameter:
 * `theme=--ws-bg:#fdfcf8;--ws-accent:rgb(176 0 32)`. Only the custom properties the
 * stylesheet reads are accepted, and only colour values: a theme can recolour the embed but
 * never inject other CSS. Anything else in the parameter is ignored.
 */
export const THEME_PARAM = 'theme';

export const THEME_PROPERTIES = [
	'--ws-bg',
	'--ws-fg',
	'--ws-muted',
	'--ws-accent',
	'--ws-link',
	'--ws-mark',
	'--ws-panel',
	'--ws-border',
	'--ws-border-faint',
	'--ws-faint',
	'--ws-focus'
] as const;

const ALLOWED = new Set<string>(THEME_PROPERTIES);
const MAX_VALUE_LENGTH = 64;
const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\((?:[\d.\s,/%+-]|deg|turn|none)+\)$/i;
const KEYWORD = /^[a-z]{3,20}$/i;

export function isColour(value: string): boolean {
	return value.length <= MAX_VALUE_LENGTH && (HEX.test(value) || FUNCTION.test(value) || KEYWORD.test(value));
}

/** The accepted `[property, colour]` pairs; a later pair for the same property wins. */
export function parseTheme(param: string | null): [string, string][] {
	const theme = new Map<string, string>();
	for (const pair of (param ?? '').split(';')) {
		const at = pair.indexOf(':');
		if (at === -1) continue;
		const name = pair.slice(0, at).trim();
		const value = pair.slice(at + 1).trim();
		if (ALLOWED.has(name) && isColour(value)) theme.set(name, value);
	}
	return [...theme];
}
