// The incremental review gives exactly the findings a full run gives, after every edit of a long
// random sequence on real documents (imported, segmented and aligned as the app does it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { loadAzMorphology } from '../../main/terms/az-morphology';
import { runChecks } from '../../shared/checks';
import type { Row } from '../../shared/model';
import { ReviewSession } from '../../shared/review/review-session';
import { seededRandom } from '../fixtures/generated-glossary';
import { tempDatabase } from './temp-db';

const fixture = (dir: string, name: string) => readFileSync(join(__dirname, '..', 'fixtures', ...dir.split('/'), name), 'utf8');

// What editors and fixes do to a sentence: names respelt, quotes, dashes, numbers, Russian left in.
const EDITS: ((text: string, pick: () => number) => string)[] = [
  (t) => t.replace('Kiev', 'Kyiv'),
  (t) => t.replace('Kyiv', 'Kiev'),
  (t) => t.replace('Andrei', 'Andrey'),
  (t) => t.replace('Andrey', 'Andrei'),
  (t) => t.replace('Ryabkov', 'Riabkov'),
  (t) => `"${t}`,
  (t) => `${t}"`,
  (t) => t.replace(/ /, '  '),
  (t) => t.replace(' - ', ' — ').replace('-', '—'),
  (t) => `${t} 3,500 people came.`,
  (t) => t.replace(/\d+/, (n) => String(Number(n) + 1)),
  (t) => `${t} Москва`,
  (t) => t.replace(/[А-Яа-яЁё]+/, ''),
  (t, pick) => t.slice(0, Math.floor(pick() * t.length)),
  () => '',
  (t) => `${t} Sergei Ryabkov agreed.`,
  (t) => t.replace(/\bthe\b/, 'a'),
  (t) => `${t} the zzyzx plan`,
];

async function documentRows(ru: string, en: string) {
  const { db } = tempDatabase();
  const services = createServices(db);
  const { id } = await services.documents.import({ source: { name: 'ru.txt', text: ru }, target: { name: 'en.txt', text: en } });
  const glossary = services.glossary.createGlossary('House style');
  services.glossary.createConcept({
    glossaryId: glossary.id,
    type: 'place',
    terms: [{ lang: 'ru', text: 'Киев', status: 'preferred' }, { lang: 'en', text: 'Kyiv', status: 'preferred' }, { lang: 'en', text: 'Kiev', status: 'forbidden' }],
  });
  services.glossary.createConcept({
    glossaryId: glossary.id,
    type: 'person',
    terms: [{ lang: 'ru', text: 'Сергей Рябков', status: 'preferred' }, { lang: 'en', text: 'Sergei Ryabkov', status: 'preferred' }],
  });
  services.glossary.setDocumentGlossaries(id, [glossary.id]);
  const ctx = await services.review.checkContext(id);
  return { rows: ctx.rows, glossary: ctx.glossary, morphology: ctx.morphology };
}

const clone = (rows: Row[]): Row[] => JSON.parse(JSON.stringify(rows));

describe('the incremental review', () => {
  for (const [name, ru, en] of [
    ['the review fixture, repeated', fixture('e2e/review', 'ru.txt').repeat(6), fixture('e2e/review', 'en.txt').repeat(6)],
    ['the import fixture', fixture('e2e', 'article.ru.txt'), fixture('e2e', 'article.en.txt')],
  ] as const) {
    it(`matches a full run after each of 120 random edits (${name})`, async () => {
      const { rows, glossary, morphology } = await documentRows(ru, en);
      const session = new ReviewSession({ glossary, morphology }, rows);
      const full = () => runChecks({ rows: clone(rows), glossary, morphology });
      expect(session.findings()).toEqual(full());
      const targets = rows.flatMap((row) => row.target);
      const pick = seededRandom(name.length);
      let changedFindings = 0;
      for (let step = 0; step < 120; step++) {
        const count = 1 + Math.floor(pick() * 3);
        const changes = Array.from({ length: count }, () => {
          const segment = targets[Math.floor(pick() * targets.length)];
          const edit = EDITS[Math.floor(pick() * EDITS.length)];
          return { id: segment.id, current: edit(segment.current, pick) };
        });
        const before = session.findings();
        const delta = session.update(changes);
        const expected = full();
        if (process.env.DEBUG_SESSION) {
          const got = session.findings();
          const a = new Set(got.map((f) => f.key));
          const b = new Set(expected.map((f) => f.key));
          const extra = got.filter((f) => !b.has(f.key)).map((f) => f.key);
          const missing = expected.filter((f) => !a.has(f.key)).map((f) => f.key);
          if (extra.length || missing.length) console.log(step, JSON.stringify(changes), { extra, missing });
        }
        expect(session.findings()).toEqual(expected);
        // The delta turns the findings before into the findings after.
        const removed = new Set(delta.removed);
        const patched = new Map(before.filter((f) => !removed.has(f.key)).map((f) => [f.key, f]));
        for (const f of delta.added) patched.set(f.key, f);
        expect(new Set(patched.keys())).toEqual(new Set(expected.map((f) => f.key)));
        changedFindings += delta.added.length + delta.removed.length;
      }
      expect(changedFindings).toBeGreaterThan(50);
    }, 120_000);
  }
});
