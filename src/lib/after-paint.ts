/** How long a hidden tab (where frames do not come) or a stalled frame may hold a step back. */
const FRAME_WAIT_MS = 1000;

/**
 * Runs `fn` in a task of its own once the browser has painted what is on screen (the next
 * frame, then a task); in a hidden tab, in the next task. Returns a function that cancels it.
 */
export function afterPaint(fn: () => void): () => void {
	let done = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = () => {
		if (done) return;
		done = true;
		fn();
	};
	const frame = document.hidden ? undefined : requestAnimationFrame(() => (timer = setTimeout(run)));
	const fallback = setTimeout(run, frame === undefined ? 0 : FRAME_WAIT_MS);
	return () => {
		done = true;
		if (frame !== undefined) cancelAnimationFrame(frame);
		clearTimeout(timer);
		clearTimeout(fallback);
	};
}
