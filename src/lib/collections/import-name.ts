/** A new collection's name, from what was picked: "captures" for captures.zip or a folder, else the first file and a count. */
export function nameForImport(paths: string[]): string {
	const tops = [...new Set(paths.map((p) => p.split('/')[0].replace(/\.zip$/i, '')))];
	if (tops.length === 0) return 'Imported files';
	return tops.length === 1 ? tops[0] : `${tops[0]} and ${tops.length - 1} more`;
}
