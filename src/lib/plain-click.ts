/**
 * A click the page may take over to open a link in place: the main button, no modifier. A
 * click with Ctrl, Cmd, Shift or Alt, or the middle button, is left to the browser (a new tab,
 * a new window, a download).
 */
export function plainClick(e: MouseEvent): boolean {
	return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
