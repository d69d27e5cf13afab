/**
 * An attachment that calls `shown` once, the first time its element comes on screen: a
 * figure below the fold costs nothing until it is scrolled to.
 */
export function whenShown(shown: () => void) {
	return (element: Element) => {
		const observer = new IntersectionObserver((entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			shown();
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
