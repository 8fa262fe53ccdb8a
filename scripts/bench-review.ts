// Glossary search and document review on a real database file: a glossary of 100,000 concepts,
// searched as the editor types, and a 10,000-word article reviewed against it.
// Run: npx tsx scripts/bench-review.ts
// Goals: a search answers in < 20 ms; a review after the first (matcher cached) in well under 1 s.

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { glossaryRepo } from '../main/db/glossary-repo';
import { openDatabase } from '../main/db/open';
import { createServices } from '../main/services';
import { loadAzMorphology } from '../main/terms/az-morphology';
import { measureEdit } from '../shared/review/measures';
import { buildTermMatcher, transliterate } from '../shared/terms';
import { generateArticle, generateGlossary, seededRandom } from '../tests/fixtures/generated-glossary';

const CONCEPTS = 100_000;
const WORDS = 10_000;

const ms = (t: number) => `${t.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time<T>(run: () => T): [T, number] {
  const t = performance.now();
  const value = run();
  return [value, performance.now() - t];
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await run();
  return [value, performance.now() - t];
}

console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
try {
  const db = openDatabase(join(dir, 'sverka.db'));
  const services = createServices(db);
  const glossary = services.glossary.createGlossary('Generated');
  const generated = generateGlossary(CONCEPTS);

  const [, insertMs] = time(() =>
    db.transaction(() => {
      for (const c of generated) {
        const ru = c.terms[0].text;
        services.glossary.createConcept({
          glossaryId: glossary.id,
          type: c.type,
          terms: [
            { lang: 'ru', text: ru, status: 'preferred' },
            { lang: 'en', text: transliterate(ru, 'house'), status: 'preferred' },
          ],
        });
      }
    })(),
  );
  console.log(`glossary: store ${CONCEPTS} concepts in one transaction: ${(insertMs / 1000).toFixed(1)} s`);

  // What an editor types into the search box: parts of names in both scripts, ё and е alike.
  const rnd = seededRandom(5);
  const queries: string[] = [];
  for (let i = 0; i < 40; i++) {
    const c = generated[Math.floor(rnd() * generated.length)];
    const word = c.terms[0].text.split(' ').find((w) => w.length > 3) ?? c.terms[0].text;
    const prefix = word.slice(0, 3 + Math.floor(rnd() * 3));
    queries.push(i % 2 === 0 ? prefix : transliterate(prefix, 'house'));
  }
  queries.push('Пётр', 'Петр', 'область', 'посол по особым', 'клуб');
  services.glossary.concepts({ query: 'прогрев', limit: 50 });
  const searchTimes = queries.map((query) => time(() => services.glossary.concepts({ query, limit: 50 }))[1]);
  console.log(
    `glossary: search (${queries.length} queries, 50 results): median ${ms(median(searchTimes))}, ` +
      `slowest ${ms(Math.max(...searchTimes))} (goal < 20)`,
  );

  // A 10,000-word article using the glossary's terms in their case forms, with an "MT" that
  // transliterates it, so every row has a translation to check.
  const article = generateArticle(generated, WORDS);
  const sentences = article.split(/(?<=\.) /);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
  const english = paragraphs.map((p) => transliterate(p, 'house'));
  const [{ id }, importMs] = await timeAsync(() =>
    services.documents.import({ source: { name: 'ru.txt', text: paragraphs.join('\n') }, target: { name: 'en.txt', text: english.join('\n') } }),
  );
  services.glossary.setDocumentGlossaries(id, [glossary.id]);
  console.log(`review: import ${WORDS}-word article (${paragraphs.length} paragraphs): ${ms(importMs)}`);

  const [az, azMs] = await timeAsync(() => loadAzMorphology());
  console.log(`review: load az dictionaries: ${ms(azMs)}`);
  const [concepts, loadMs] = time(() => glossaryRepo(db).matchableConcepts([glossary.id]));
  const [, buildMs] = time(() => buildTermMatcher(concepts, { morphology: az }));
  console.log(
    `glossary: read ${concepts.length} concepts from the file: ${ms(loadMs)}, build the matcher: ${ms(buildMs)}, ` +
      `together ${ms(loadMs + buildMs)} (goal < 2000)`,
  );
  const [first, firstMs] = await timeAsync(() => services.review.findings(id));
  console.log(`review: first review (loads the glossary, builds the matcher): ${ms(firstMs)}, ${first.findings.length} findings`);
  const [, againMs] = await timeAsync(() => services.review.findings(id));
  console.log(`review: review again (matcher cached): ${ms(againMs)}`);
  const [matches, matchesMs] = await timeAsync(() => services.review.matches(id));
  console.log(`review: glossary terms to highlight: ${ms(matchesMs)}, ${matches.length} spans`);
  db.close();

  // Post-editing measures over a long document: 5,000 rows of 25 words, a third of them edited.
  const vocabulary = 'the of and to a in that is was he for it with as his on be at by had are but from or have'.split(' ');
  const pairs: [string, string][] = [];
  for (let r = 0; r < 5000; r++) {
    const mt = Array.from({ length: 25 }, (_, k) => vocabulary[(r * 7 + k * 3) % vocabulary.length]);
    const current = mt.map((w, k) => (k % 6 === r % 6 ? w.toUpperCase() : w));
    if (r % 3 === 0) current.splice(10, 3);
    pairs.push([mt.join(' '), current.join(' ')]);
  }
  const [, measureMs] = time(() => pairs.forEach(([mt, current]) => measureEdit(mt, current)));
  console.log(`measures: HTER and characters changed for 5,000 rows: ${ms(measureMs)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
