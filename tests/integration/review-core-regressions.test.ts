// Regression tests for three bugs that lost or hid an editor's work: each failed before its fix.
import { describe, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { tempDatabase } from './temp-db';

const RU = ['Первое предложение о Киеве.', 'Второе предложение о Москве.', 'Третье предложение.'].join('\n');
const EN = ['The first sentence is about Kiev.', 'The second sentence is about Moscow.', 'The third long—range sentence.'].join('\n');

async function imported() {
  const { db } = tempDatabase();
  const services = createServices(db);
  const { id } = await services.documents.import({ source: { name: 'ru.txt', text: RU }, target: { name: 'en.txt', text: EN } });
  const targetOf = (row: number) => services.documents.get(id).rows[row].target[0];
  return { db, services, documentId: id, targetOf };
}

describe('a new edit ends the redo chain', () => {
  it('edit A, edit B, undo B, edit C, undo C, redo: C comes back, not B', async () => {
    const { services, documentId, targetOf } = await imported();
    const segment = targetOf(0).id;
    services.editing.save(segment, 'A');
    services.editing.save(segment, 'B');
    services.editing.undo(documentId);
    expect(targetOf(0).current).toBe('A');
    services.editing.save(segment, 'C');
    services.editing.undo(documentId);
    expect(targetOf(0).current).toBe('A');
    const redone = services.editing.redo(documentId);
    expect(targetOf(0).current).toBe('C');
    expect(redone.canRedo).toBe(false);
    // B is gone from the chain for good: nothing more to redo, and undo walks C then A.
    expect(services.editing.redo(documentId).segments).toEqual([]);
    services.editing.undo(documentId);
    expect(targetOf(0).current).toBe('A');
    services.editing.undo(documentId);
    expect(targetOf(0).current).toBe(targetOf(0).original);
  });

  it('keeps a plain undo/redo chain and its order across reopening the database', async () => {
    const { db: first } = tempDatabase();
    const path = first.name;
    const services = createServices(first);
    const { id } = await services.documents.import({ source: { name: 'ru.txt', text: RU }, target: { name: 'en.txt', text: EN } });
    const rows = () => services.documents.get(id).rows;
    services.editing.save(rows()[0].target[0].id, 'one');
    services.editing.save(rows()[1].target[0].id, 'two');
    services.editing.undo(id);
    services.editing.undo(id);
    first.close();

    const { openDatabase } = await import('../../main/db/open');
    const again = createServices(openDatabase(path));
    expect(again.editing.redo(id).segments.map((s) => s.current)).toEqual(['one']);
    expect(again.editing.redo(id).segments.map((s) => s.current)).toEqual(['two']);
    expect(again.editing.undoState(id)).toEqual({ canUndo: true, canRedo: false });
  });
});

describe('a dismissed finding stays dismissed when rows are merged, split or moved', () => {
  it('survives a merge of its row with the one above and a split back', async () => {
    const { services, documentId } = await imported();
    const dash = (await services.review.findings(documentId)).findings.find((f) => f.check === 'typography');
    expect(dash).toBeDefined();
    services.review.dismiss(documentId, [dash!.key]);

    const rows = services.documents.get(documentId).rows;
    services.alignment.merge(documentId, rows[1].beadId);
    const merged = (await services.review.findings(documentId)).findings.filter((f) => f.check === 'typography' && f.target?.text === dash!.target!.text);
    expect(merged).toHaveLength(1);
    expect(merged[0].dismissed).toBe(true);

    const bead = services.documents.get(documentId).rows[1];
    services.alignment.split(documentId, bead.beadId, 1, 1);
    const split = (await services.review.findings(documentId)).findings.filter((f) => f.check === 'typography' && f.target?.text === dash!.target!.text);
    expect(split.map((f) => f.dismissed)).toEqual([true]);
  });

  it('survives the rows above it being merged (its row position changes)', async () => {
    const { services, documentId } = await imported();
    const before = (await services.review.findings(documentId)).findings.find((f) => f.check === 'typography');
    services.review.dismiss(documentId, [before!.key]);
    const rows = services.documents.get(documentId).rows;
    services.alignment.merge(documentId, rows[0].beadId);
    const after = (await services.review.findings(documentId)).findings.find((f) => f.check === 'typography' && f.target?.text === before!.target!.text);
    expect(after!.row).not.toBe(before!.row);
    expect(after!.dismissed).toBe(true);
  });

  it('comes back when the text it was about changes', async () => {
    const { services, documentId, targetOf } = await imported();
    const dash = (await services.review.findings(documentId)).findings.find((f) => f.check === 'typography');
    services.review.dismiss(documentId, [dash!.key]);
    services.editing.save(targetOf(2).id, 'The third long-range sentence.');
    const now = (await services.review.findings(documentId)).findings.filter((f) => f.check === 'typography');
    expect(now.every((f) => !f.dismissed)).toBe(true);
  });
});

describe('glossary search scoped to one glossary or one type', () => {
  it('finds the scoped match even when matches elsewhere fill the limit', () => {
    const { db } = tempDatabase();
    const services = createServices(db);
    const big = services.glossary.createGlossary('Big');
    const small = services.glossary.createGlossary('Small');
    for (let i = 0; i < 60; i++) {
      services.glossary.createConcept({
        glossaryId: big.id,
        type: 'place',
        terms: [{ lang: 'ru', text: `Область номер ${i}`, status: 'preferred' }, { lang: 'en', text: `Region ${i}`, status: 'preferred' }],
      });
    }
    const wanted = services.glossary.createConcept({
      glossaryId: small.id,
      type: 'organization',
      // A long note ranks it below the short place names, so they fill the first page of matches.
      note: 'законодательный орган региона, избирается на пять лет, заседает в областном центре',
      terms: [{ lang: 'ru', text: 'Областная дума', status: 'preferred' }, { lang: 'en', text: 'Regional Duma', status: 'preferred' }],
    });
    const byGlossary = services.glossary.concepts({ query: 'облас', glossaryIds: [small.id], limit: 10 });
    expect(byGlossary.map((c) => c.id)).toEqual([wanted.id]);
    const byType = services.glossary.concepts({ query: 'облас', type: 'organization', limit: 10 });
    expect(byType.map((c) => c.id)).toEqual([wanted.id]);
  });

  it('pages through matches in a stable order with no repeats and no gaps', () => {
    const { db } = tempDatabase();
    const services = createServices(db);
    const g = services.glossary.createGlossary('G');
    const ids: number[] = [];
    for (let i = 0; i < 25; i++) {
      ids.push(
        services.glossary.createConcept({
          glossaryId: g.id,
          type: 'place',
          terms: [{ lang: 'ru', text: `Город ${i}`, status: 'preferred' }, { lang: 'en', text: `Town ${i}`, status: 'preferred' }],
        }).id,
      );
    }
    const pages = [0, 10, 20].map((offset) => services.glossary.concepts({ query: 'город', limit: 10, offset }).map((c) => c.id));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(new Set(pages.flat()).size).toBe(25);
    expect(services.glossary.concepts({ query: 'город', limit: 10, offset: 10 }).map((c) => c.id)).toEqual(pages[1]);
  });
});

describe('dismissals stored under the old row-position keys', () => {
  it('are recognised and moved to the new key, so they stay dismissed after an upgrade', async () => {
    const { db, services, documentId } = await imported();
    const finding = (await services.review.findings(documentId)).findings.find((f) => f.check === 'typography')!;
    const { legacyFindingKey } = await import('../../shared/checks/types');
    const old = legacyFindingKey(finding);
    expect(old).toMatch(/^typography[^|]*\|2\|/);
    db.prepare('INSERT INTO dismissals (document_id, key, created_at) VALUES (?, ?, ?)').run(documentId, old, '2026-01-01T00:00:00Z');
    const again = (await services.review.findings(documentId)).findings.find((f) => f.key === finding.key)!;
    expect(again.dismissed).toBe(true);
    expect(db.prepare('SELECT key FROM dismissals WHERE document_id = ?').pluck().all(documentId)).toEqual([finding.key]);
  });
});
