// Term matcher speed: a glossary of 100,000 concepts (people, places, organisations, titles) built
// into a matcher, and a 10,000-word article checked against it.
// Run: npx tsx scripts/bench-terms.ts            (add --az to time the az morphology as well)
// Goals: build < 2 s, check < 100 ms.

import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { buildTermMatcher, createSnowballMorphology, type Morphology } from '../shared/terms';
import { generateArticle, generateGlossary } from '../tests/fixtures/generated-glossary';

export interface BenchResult {
  concepts: number;
  variants: number;
  buildMs: number;
  words: number;
  /** The first article the new matcher sees. */
  checkMs: number;
  /** Another article of the same size, once the matcher's word caches hold the common words. */
  warmCheckMs: number;
  matches: number;
}

export function benchTerms(morphology: Morphology = createSnowballMorphology(), size = 100_000, words = 10_000): BenchResult {
  const glossary = generateGlossary(size);
  const article = generateArticle(glossary, words);
  // Collect the generator's garbage now rather than inside the timing (node --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const matcher = buildTermMatcher(glossary, { morphology });
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  const matches = matcher.findInSource(article).length;
  const checkMs = performance.now() - t1;
  const second = generateArticle(glossary, words, 3);
  const t2 = performance.now();
  matcher.findInSource(second);
  const warmCheckMs = performance.now() - t2;
  return { concepts: size, variants: matcher.size, buildMs, words: article.split(/\s+/).length, checkMs, warmCheckMs, matches };
}

function report(label: string, r: BenchResult): void {
  console.log(`${label}: build matcher for ${r.concepts} concepts (${r.variants} variants): ${r.buildMs.toFixed(0)} ms (goal < 2000)`);
  console.log(`${label}: check ${r.words}-word article: ${r.checkMs.toFixed(1)} ms, ${r.matches} matches (goal < 100)`);
  console.log(`${label}: check another ${r.words}-word article: ${r.warmCheckMs.toFixed(1)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Timings are wall-clock: on a shared machine they grow with the load shown here.
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
  report('snowball', benchTerms());
  if (process.argv.includes('--az')) {
    const { loadAzMorphology } = await import('../main/terms/az-morphology');
    const t = performance.now();
    const az = await loadAzMorphology();
    console.log(`az: load dictionaries: ${(performance.now() - t).toFixed(0)} ms`);
    report('az', benchTerms(az));
  }
}
