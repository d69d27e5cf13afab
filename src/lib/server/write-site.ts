/** The site's bundle written from a corpus folder: parsed into a corpus kept on disk, then written file by file (see docs/bundle-format.md). */
import { join } from 'node:path';
import { shardCount } from '../search/index-shards';
import { readCorpus } from './build-corpus';
import { writeBundle, type BundleReport } from './bundle-writer';
import { Spill } from './spill';
import { StreamedCorpus } from './streamed-corpus';

export interface SiteSettings {
	/** The corpus folder. */
	dir: string;
	/** The scratch folder; the bundle goes into its `site/`. */
	scratch: string;
	/** Files the corpus folder holds (the routes' entries are counted from it). */
	files: number;
	pieceSize: number;
	onDemandAt: number;
	offlineAutoBytes: number;
}

/** Writes the bundle into `<scratch>/site`, telling `log` each step; the spills are removed once it is written. */
export async function writeSite(settings: SiteSettings, log: (line: string) => void): Promise<BundleReport> {
	const { dir, scratch, files } = settings;
	const articles = new Spill(join(scratch, 'articles'));
	const corpus = await readCorpus(new StreamedCorpus(articles), [dir], dir, scratch, (line) => log(`wirescope corpus (${dir}): ${line}`));
	const started = Date.now();
	const report = writeBundle(corpus.ordered(), corpus.rejections(), join(scratch, 'site'), {
		...settings,
		shards: shardCount(files),
		log: (step) => log(`wirescope bundle: ${step} (${Math.round((Date.now() - started) / 1000)} s)`)
	});
	articles.remove();
	const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
	log(
		`wirescope bundle: ${report.pieces} metadata pieces, ${report.chunks} body chunks, search index ${mb(report.indexBytes)} in ${shardCount(files)} + ${shardCount(files)} shards, as many number tables, ${2 * shardCount(files)} pair shards and as many of their positions, term table ${mb(report.termBytes)}, article columns ${mb(report.columnBytes)} and news code columns ${mb(report.codeBytes)}, ${report.stories} stories in several versions, in ${Date.now() - started} ms`
	);
	return report;
}
