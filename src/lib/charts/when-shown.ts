/**
 * An attachment that calls `shown` once, the first time its element comes on screen: a
 * figure below the fold costs nothing until it is scrolled to. Figures that come on screen
 * together are told one per painted frame, so that their first drawings are never one long task.
 */
const waiting: (() => void)[] = [];
let scheduled = false;

function tellNext() {
	scheduled = false;
	waiting.shift()?.();
	if (waiting.length) schedule();
}

function schedule() {
	if (scheduled) return;
	scheduled = true;
	requestAnimationFrame(() => setTimeout(tellNext));
}

export function whenShown(shown: () => void) {
	return (element: Element) => {
		let told = false;
		const observer = new IntersectionObserver((entries) => {
			if (told || !entries.some((e) => e.isIntersecting)) return;
			told = true;
			observer.disconnect();
			waiting.push(shown);
			schedule();
		});
		observer.observe(element);
		return () => {
			observer.disconnect();
			const at = waiting.indexOf(shown);
			if (at >= 0) waiting.splice(at, 1);
		};
	};
}
