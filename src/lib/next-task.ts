/**
 * Resolves in a later task, so that long work split with it lets the page paint and answer
 * input in between. Uses `scheduler.yield` where there is one, else a message to itself: unlike
 * a timer, neither is held back in a hidden tab.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
