// An article as an editor leaves it, in a real database: the end-to-end fixture imported with a
// glossary, one finding fixed, one left open, one dismissed, a sentence edited by hand, and a
// row split into a 1:0 and a 0:1 row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createServices } from '../../main/services';
import { tempDatabase } from './temp-db';

const FIXTURES = join(__dirname, '..', 'fixtures', 'e2e');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export const EDITED_FROM = 'Citizens have been waiting for the opening since spring.';
export const EDITED_TO = 'Residents have been waiting for the opening since spring.';
/** The row split into a 1:0 row (this Russian) and a 0:1 row (its English). */
export const SPLIT_RU = 'Скорость движения ограничат до 50 километров в час.';
export const SPLIT_EN = 'The speed limit will be 50 kilometers per hour.';

export async function editedArticle() {
  const { path, db } = tempDatabase();
  const services = createServices(db);
  const { id: documentId } = await services.documents.import({
    source: { name: 'article.ru.txt', text: read('article.ru.txt') },
    target: { name: 'article.en.txt', text: read('article.en.txt') },
  });
  const news = services.glossary.createGlossary('Newsroom');
  const person = (ru: string, en: string, forbidden: string) =>
    services.glossary.createConcept({
      glossaryId: news.id,
      type: 'person',
      terms: [
        { lang: 'ru', text: ru, status: 'preferred' },
        { lang: 'en', text: en, status: 'preferred' },
        { lang: 'en', text: forbidden, status: 'forbidden' },
      ],
    });
  person('Алексей Огоньков', 'Alexey Ogonkov', 'Alexei Ogonkov');
  person('Сергей Ильин', 'Sergey Ilyin', 'Sergei Ilyin');
  services.glossary.setDocumentGlossaries(documentId, [news.id]);

  const { findings } = await services.review.findings(documentId);
  const ogonkov = findings.find((f) => f.target?.text === 'Alexei Ogonkov')!;
  const ilyin = findings.find((f) => f.target?.text === 'Sergei Ilyin')!;
  const share = findings.find((f) => f.check === 'page-furniture' && f.target?.text === 'Share')!;
  expect([ogonkov, ilyin, share].every(Boolean)).toBe(true);

  const fixed = await services.review.fix(documentId, [ogonkov.key]);
  expect(fixed.applied).toEqual([ogonkov.key]);
  services.review.dismiss(documentId, [share.key]);

  const rowOf = (text: string, side: 'source' | 'target' = 'target') =>
    services.documents.get(documentId).rows.find((r) => r[side].some((s) => s.current === text))!;
  const edited = rowOf(EDITED_FROM);
  services.editing.save(edited.target[0].id, EDITED_TO);
  const split = rowOf(SPLIT_RU, 'source');
  services.alignment.split(documentId, split.beadId, 1, 0);

  const rows = services.documents.get(documentId).rows;
  const position = (text: string, side: 'source' | 'target' = 'target') => rows.find((r) => r[side].some((s) => s.current === text))!.position;
  return {
    path,
    db,
    services,
    documentId,
    findings: { ogonkov, ilyin, share },
    rows: {
      advertisement: position('Advertisement'),
      share: position('Share'),
      heading: position('The renovated Starovolzhsky Bridge will be opened in Tver'),
      ogonkov: position('According to the head of the city, Alexey Ogonkov, workers replaced the supports and completely renovated the spans.'),
      edited: position(EDITED_TO),
      ilyin: ilyin.row,
      untranslated: position(SPLIT_RU, 'source'),
      extra: position(SPLIT_EN),
      count: rows.length,
    },
  };
}
