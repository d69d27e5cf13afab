import { siteCorpus } from '$lib/server/site-corpus';

export const prerender = true;

/**
 * The whole corpus in the CLI's shape, for tools. Assembled article by article: one string
 * holding 100,000 articles would pass V8's string length limit.
 */
export async function GET() {
	const { corpus } = await siteCorpus();
	const parts: string[] = ['{"articles":['];
	corpus.articles.forEach((a, i) => parts.push(`${i ? ',' : ''}\n${JSON.stringify(a)}`));
	parts.push(`\n],"rejected":${JSON.stringify(corpus.rejected)}}\n`);
	return new Response(new Blob(parts), { headers: { 'content-type': 'application/json' } });
}
