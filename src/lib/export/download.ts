/** Saves text or a blob as a file, in the browser: nothing is uploaded, the link is local. */
export function download(name: string, data: Blob | string, type = 'text/plain;charset=utf-8'): void {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	// The click starts the download synchronously; the URL only has to outlive this task.
	setTimeout(() => URL.revokeObjectURL(url));
}
