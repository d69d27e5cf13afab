/**
 * Where each file of a built bundle is, as the page fetches them (see docs/bundle-format.md):
 * every fetch of the bundle goes through src/lib/load/ with these addresses.
 */
export interface BundleUrls {
	/** Metadata piece n (0 describes the corpus). */
	meta: (n: number) => string;
	index: string;
	/** The term table, fetched by the search worker when top terms are first asked for. */
	terms: string;
	chunk: (n: number) => string;
	/** Which articles are versions of one story (corpus/versions.json). */
	versions: string;
	/** Every article's day, countries, filed-from place and byline, for a corpus whose metadata loads on demand. */
	columns: string;
	/** Every article's stamp and news code, for the views of provenance of such a corpus. */
	codes: string;
	/** Card file n (see CARD_SIZE): the metadata of the results shown, for such a corpus. */
	card: (n: number) => string;
	/** Id table n (see idTableOf): where a linked article is, for such a corpus. */
	ids: (n: number) => string;
}
