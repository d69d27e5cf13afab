/**
 * What the timeline says in words: a period as its tooltip and brush handles read it, and the
 * plot's accessible name.
 */
import { plural } from '../format';
import { binLabel, formatShare, shareOf, type Bin, type Interval } from './bins';

/**
 * Period `i`: its matches of all its articles and their share ("2019-09-13: 3 of 12 articles
 * (25%)"), or each compared query's matches and share (`lines` hold the same periods as `bins`).
 */
export function describeBin(
	i: number,
	bins: readonly Bin[],
	lines: readonly { label: string; bins: readonly Bin[] }[],
	interval: Interval
): string {
	const bin = bins[i];
	if (!lines.length)
		return `${binLabel(bin, interval)}: ${bin.matches} of ${plural(bin.all, 'article')}${bin.all ? ` (${formatShare(shareOf(bin))})` : ''}`;
	const each = lines.map((l) => `${l.label} ${l.bins[i].matches}${l.bins[i].all ? ` (${formatShare(shareOf(l.bins[i]))})` : ''}`);
	return `${binLabel(bin, interval)}, of ${plural(bin.all, 'article')}: ${each.join(', ')}`;
}

/** The plot's accessible name: what its bars or lines stand for, and per what period. */
export function plotLabel(comparing: boolean, share: boolean, interval: Interval): string {
	if (comparing) return `Lines of ${share ? "each query's share of articles" : 'articles matching each query'} per ${interval}`;
	return share ? `Histogram of the matches' share of articles per ${interval}` : `Histogram of articles per ${interval}`;
}
