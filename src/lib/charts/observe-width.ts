/**
 * An attachment that reports its element's width whenever it changes. A ResizeObserver reports
 * the width after the browser's own layout; bind:clientWidth would read it at once and force a
 * layout of the whole page halfway through building it. Each width is reported in a task of its
 * own, so that what it redraws comes after the rest of the page is painted.
 */
export function observeWidth(onwidth: (width: number) => void) {
	return (element: Element) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const observer = new ResizeObserver(([entry]) => {
			clearTimeout(timer);
			timer = setTimeout(() => onwidth(entry.contentRect.width));
		});
		observer.observe(element);
		return () => {
			clearTimeout(timer);
			observer.disconnect();
		};
	};
}
