/** The worker thread that writes the site's bundle (see site-bundle.ts): its settings come as workerData; it posts each log line, then the report. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSite, type SiteSettings } from './write-site';

writeSite(workerData as SiteSettings, (line) => parentPort?.postMessage({ line })).then(
	(report) => parentPort?.postMessage({ report }),
	(err: Error) => parentPort?.postMessage({ failed: err.stack ?? err.message })
);
