/**
 * An SVG document rendered to PNG by the browser. The image is loaded from a data: URL,
 * not a blob: one, because the site's CSP allows only 'self' and data: images.
 */
const PNG_SCALE = 2;

export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(width * PNG_SCALE);
	canvas.height = Math.ceil(height * PNG_SCALE);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('this browser cannot draw to a canvas');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png')
	);
}
