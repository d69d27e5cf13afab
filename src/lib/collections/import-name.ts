/** A new collection's name, from what was picked: "captures" for captures.zip or a folder, else the first file and a count. */
export function nameForImport(paths: string[]): string {
	// "..", "." and empty steps name nothing: "../../etc/passwd.txt" comes from a folder "etc".
	const first = (path: string) => path.split('/').find((step) => step !== '' && step !== '.' && step !== '..') ?? '';
	const tops = [...new Set(paths.map((p) => first(p).replace(/\.zip$/i, '')).filter(Boolean))];
	if (tops.length === 0) return 'Imported files';
	return tops.length === 1 ? tops[0] : `${tops[0]} and ${tops.length - 1} more`;
}
