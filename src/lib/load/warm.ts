/**
 * Starts fetching files a later step will ask for, at low priority, so that they arrive while
 * the page draws its first screen instead of after it: the search worker, whose own requests
 * go out only once its script has come and started, then finds them in the browser's HTTP
 * cache (or on their way: the browser lets a second request for a file wait for the first).
 */
export function warm(urls: readonly string[]): void {
	for (const url of urls) {
		// Read to the end, so the whole file is cached; a failure is the later fetch's to report.
		void fetch(url, { priority: 'low' })
			.then((res) => res.arrayBuffer())
			.catch(() => {});
	}
}
