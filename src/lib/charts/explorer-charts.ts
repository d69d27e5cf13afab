/**
 * The explorer's charts, with d3: a chunk of their own, fetched while the first metadata piece
 * loads and drawn after the search box, so that starting the page evaluates less code.
 */
export { default as Timeline } from './Timeline.svelte';
export { default as CountryBars } from './CountryBars.svelte';
export { default as WorldMap } from './WorldMap.svelte';
export { default as TopTerms } from './TopTerms.svelte';
export { default as ChartDownloads } from './ChartDownloads.svelte';
export { default as FiledMatrix } from './FiledMatrix.svelte';
export { default as BylineFacet } from './BylineFacet.svelte';
export { default as AgencyFacet } from './AgencyFacet.svelte';
export { default as NewsCodes } from './NewsCodes.svelte';
export { default as BehindPeak } from './BehindPeak.svelte';
export { default as KeywordInContext } from './KeywordInContext.svelte';
export { default as Collocates } from './Collocates.svelte';
