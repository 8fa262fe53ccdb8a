// Each review action is one method, one transaction, and answers with what it changed: the
// segments it touched and the findings it added and removed, which patch the list the editor sees.
import { describe, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import type { Output } from '../../shared/contract';
import { tempDatabase } from './temp-db';

type Findings = Output<'review.findings'>['findings'];
type Delta = { added: Findings; removed: string[] };

const RU = ['Андрей Клинцевич выступил в Киеве.', 'По словам Андрея Клинцевича, Киев готовит удары.', 'Клинцевич добавил, что это опасно.'].join('\n');
const EN = ['Andrei Klintsevich spoke in Kiev.', 'According to Andrey Klintsevich, Kiev is preparing strikes.', 'Klintsevich added that this is dangerous.'].join('\n');

async function setUp() {
  const { db } = tempDatabase();
  const services = createServices(db);
  const { id } = await services.documents.import({ source: { name: 'ru.txt', text: RU }, target: { name: 'en.txt', text: EN } });
  const glossary = services.glossary.createGlossary('House style');
  services.glossary.createConcept({
    glossaryId: glossary.id,
    type: 'place',
    terms: [{ lang: 'ru', text: 'Киев', status: 'preferred' }, { lang: 'en', text: 'Kyiv', status: 'preferred' }, { lang: 'en', text: 'Kiev', status: 'forbidden' }],
  });
  services.glossary.setDocumentGlossaries(id, [glossary.id]);
  return { db, services, documentId: id, glossaryId: glossary.id };
}

const patch = (before: Findings, delta: Delta) => {
  const removed = new Set(delta.removed);
  const byKey = new Map(before.filter((f) => !removed.has(f.key)).map((f) => [f.key, f]));
  for (const f of delta.added) byKey.set(f.key, f);
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
};
const sorted = (findings: Findings) => [...findings].sort((a, b) => a.key.localeCompare(b.key));

describe('review actions answer with what they changed', () => {
  it('a fix: its findings delta turns the list before into the list after', async () => {
    const { services, documentId } = await setUp();
    const before = (await services.review.findings(documentId)).findings;
    const kiev = before.find((f) => f.check === 'forbidden-term')!;
    const result = await services.review.fix(documentId, [kiev.key]);
    expect(result.findings.removed).toContain(kiev.key);
    expect(result.segments.map((s) => s.current)).toEqual(['Andrei Klintsevich spoke in Kyiv.']);
    const after = (await services.review.findings(documentId)).findings;
    expect(patch(before, result.findings)).toEqual(sorted(after));
  });

  it('learning: the concept recorded and the other place fixed in one action, undone in one step', async () => {
    const { db, services, documentId, glossaryId } = await setUp();
    const before = (await services.review.findings(documentId)).findings;
    const rows = services.documents.get(documentId).rows;
    const other = rows[1].target[0];
    const start = other.current.indexOf('Andrey Klintsevich');
    const result = await services.review.applyLearned({
      documentId,
      approved: 'Andrei Klintsevich',
      forbidden: 'Andrey Klintsevich',
      record: { conceptId: null, glossaryId, source: 'Андрей Клинцевич', type: 'person' },
      occurrences: [{ segmentId: other.id, start, end: start + 'Andrey Klintsevich'.length }],
    });
    expect(result.replaced).toBe(1);
    expect(result.segments.map((s) => s.current)).toEqual(['According to Andrei Klintsevich, Kiev is preparing strikes.']);
    const concept = services.glossary.concept(result.conceptId!);
    expect(concept.terms.map((t) => `${t.lang}:${t.text}:${t.status}`)).toEqual(['ru:Андрей Клинцевич:preferred', 'en:Andrei Klintsevich:preferred', 'en:Andrey Klintsevich:forbidden']);
    const after = (await services.review.findings(documentId)).findings;
    expect(patch(before, result.findings)).toEqual(sorted(after));
    expect(after.some((f) => f.check === 'inconsistent-rendering')).toBe(false);

    services.editing.undo(documentId);
    expect(services.documents.get(documentId).rows[1].target[0].current).toBe(other.current);
    expect(db.prepare("SELECT count(*) FROM edits WHERE reason = 'fix-all'").pluck().get()).toBe(1);
  });

  it('learning with a bad record changes nothing at all', async () => {
    const { db, services, documentId } = await setUp();
    const other = services.documents.get(documentId).rows[1].target[0];
    const start = other.current.indexOf('Andrey Klintsevich');
    await expect(
      services.review.applyLearned({
        documentId,
        approved: 'Andrei Klintsevich',
        forbidden: 'Andrey Klintsevich',
        record: { conceptId: null, source: 'Андрей Клинцевич', type: 'person' },
        occurrences: [{ segmentId: other.id, start, end: start + 18 }],
      }),
    ).rejects.toThrow(/needs a glossary/);
    expect(services.documents.get(documentId).rows[1].target[0].current).toBe(other.current);
    expect(db.prepare('SELECT count(*) FROM edits').pluck().get()).toBe(0);
  });

  it('typing keeps the cached review current: the next findings see the new text', async () => {
    const { services, documentId } = await setUp();
    await services.review.findings(documentId);
    const first = services.documents.get(documentId).rows[0].target[0];
    services.editing.save(first.id, 'Andrei Klintsevich spoke in Kyiv.');
    const findings = (await services.review.findings(documentId)).findings;
    expect(findings.filter((f) => f.check === 'forbidden-term').map((f) => f.row)).toEqual([1]);
    services.editing.undo(documentId);
    const back = (await services.review.findings(documentId)).findings;
    expect(back.filter((f) => f.check === 'forbidden-term').map((f) => f.row)).toEqual([0, 1]);
  });

  it('a realignment rebuilds the cached review', async () => {
    const { services, documentId } = await setUp();
    await services.review.findings(documentId);
    const rows = services.documents.get(documentId).rows;
    services.alignment.merge(documentId, rows[0].beadId);
    const findings = (await services.review.findings(documentId)).findings;
    expect(findings.filter((f) => f.check === 'forbidden-term').map((f) => f.row)).toEqual([0, 0]);
  });
});
