/**
 * How much of an article the reader draws at once. A news story is a few thousand characters;
 * an accepted capture can hold megabytes (a page saved whole, a 2 MB line without a break), and
 * drawing it all with its highlights would hold the page for seconds. So the text is cut into
 * pieces of at most PIECE_CHARS (a paragraph of ordinary length is one piece; a longer one is cut
 * at spaces where one is near): the reader draws the pieces of the first READER_CHARS characters
 * and says how much more there is; asked for the rest, it draws one more piece a frame, each
 * frame adding a piece and redrawing none.
 */
export const READER_CHARS = 200_000;
/** The longest piece drawn as one run of text. */
export const PIECE_CHARS = 50_000;

/** A run of one paragraph's text: `paragraph` is its index, `from` and `to` its place in it. */
export interface Piece {
	paragraph: number;
	from: number;
	to: number;
}

/** Every piece of `paragraphs`, in reading order. */
export function readerPieces(paragraphs: readonly string[], pieceChars = PIECE_CHARS): Piece[] {
	const out: Piece[] = [];
	paragraphs.forEach((p, paragraph) => {
		let from = 0;
		do {
			let to = Math.min(p.length, from + pieceChars);
			if (to < p.length) {
				// At a space in the piece's second half, so that no word is cut; an unbroken line at the limit itself.
				const space = p.lastIndexOf(' ', to);
				if (space > from + pieceChars / 2) to = space;
			}
			out.push({ paragraph, from, to });
			from = to;
		} while (from < p.length);
	});
	return out;
}

/** How many of `pieces` hold the first `budget` characters (at least one). */
export function piecesWithin(pieces: readonly Piece[], budget = READER_CHARS): number {
	let chars = 0;
	let n = 0;
	while (n < pieces.length && (n === 0 || chars + pieces[n].to - pieces[n].from <= budget)) {
		chars += pieces[n].to - pieces[n].from;
		n++;
	}
	return n;
}

/** The first `n` pieces by paragraph, for drawing: each paragraph once, with its pieces in order. */
export function byParagraph(pieces: readonly Piece[], n: number): { paragraph: number; pieces: Piece[] }[] {
	const out: { paragraph: number; pieces: Piece[] }[] = [];
	for (const piece of pieces.slice(0, n)) {
		const last = out[out.length - 1];
		if (last?.paragraph === piece.paragraph) last.pieces.push(piece);
		else out.push({ paragraph: piece.paragraph, pieces: [piece] });
	}
	return out;
}

/** The characters of `pieces` from the `n`th on: what is not drawn yet. */
export function charsAfter(pieces: readonly Piece[], n: number): number {
	let chars = 0;
	for (let k = n; k < pieces.length; k++) chars += pieces[k].to - pieces[k].from;
	return chars;
}

/** A piece's own country mentions, from its paragraph's, moved to the piece's start (one across a cut is clipped to each side). */
export function mentionsIn<M extends { start: number; end: number }>(mentions: readonly M[], piece: Piece): M[] {
	return mentions
		.filter((m) => m.end > piece.from && m.start < piece.to)
		.map((m) => ({ ...m, start: Math.max(0, m.start - piece.from), end: Math.min(piece.to, m.end) - piece.from }));
}
