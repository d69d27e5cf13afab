/**
 * The HTML a site owner pastes to embed a view: the frame, and a few lines that let it take
 * the height it asks for. The script trusts only messages from the embed's own origin.
 */
import { RESIZE } from './messages';

/** Tall enough for the search, the timeline and a few results before the first resize. */
const INITIAL_HEIGHT = 720;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(src: string): string {
	const origin = new URL(src).origin;
	return [
		`<iframe src="${attr(src)}" title="wirescope: news corpus explorer" loading="lazy" style="width: 100%; height: ${INITIAL_HEIGHT}px; border: 0"></iframe>`,
		'<script>',
		'  addEventListener("message", (e) => {',
		`    if (e.origin !== ${JSON.stringify(origin)} || e.data?.type !== "${RESIZE}" || typeof e.data.height !== "number") return;`,
		'    for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = `${e.data.height}px`;',
		'  });',
		'</script>'
	].join('\n');
}
