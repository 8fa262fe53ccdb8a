import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/open';
import { EventBus } from '../../main/events';
import { createServices } from '../../main/services';
import type { Output } from '../../shared/contract';
import { tempDatabase } from './temp-db';

const RU = [
  'Посол по особым поручениям Родион Мирошник рассказал о ситуации в Киеве.',
  'Эксперт Андрей Кортунов считает, что Киев не пойдет на диалог.',
  'По словам Кортунова, переговоры продолжатся.',
  'Андрей Клинцевич заявил, что Киев готовит удары.',
  'Клинцевич добавил, что это опасно.',
].join('\n');

const EN = [
  "Ambassador-at-Large Rodion Miroshnik spoke about the situation in Kiev.",
  "Expert Andrey Kortunov believes that Kiev's leaders will not go for dialogue.",
  'According to Kortunov, the negotiations will continue.',
  'Andrey Klintsevich said that Kiev is preparing strikes.',
  'Klintsevich added that this is dangerous.',
].join('\n');

type Findings = Output<'review.findings'>['findings'];

async function setUp() {
  const { path, db } = tempDatabase();
  const bus = new EventBus();
  const events: string[] = [];
  bus.listen((name) => events.push(name));
  const services = createServices(db, bus);
  const { id } = await services.documents.import({ source: { name: 'ru.txt', text: RU }, target: { name: 'en.txt', text: EN } });
  const news = services.glossary.createGlossary('Newsroom');
  const kyiv = services.glossary.createConcept({
    glossaryId: news.id,
    type: 'place',
    terms: [
      { lang: 'ru', text: 'Киев', status: 'preferred' },
      { lang: 'en', text: 'Kyiv', status: 'preferred' },
      { lang: 'en', text: 'Kiev', status: 'forbidden' },
    ],
  });
  services.glossary.setDocumentGlossaries(id, [news.id]);
  return { path, db, bus, events, services, documentId: id, news, kyiv };
}

const targets = (services: ReturnType<typeof createServices>, documentId: number) =>
  services.documents.get(documentId).rows.flatMap((row) => row.target.map((s) => s.current));

const of = (findings: Findings, check: string) => findings.filter((f) => f.check === check);

describe('review of a document against its glossary', () => {
  it('finds the forbidden rendering in every row, fixes one, then all, and undoes them as single steps', async () => {
    const { services, documentId, kyiv } = await setUp();
    const { findings } = await services.review.findings(documentId);
    const forbidden = of(findings, 'forbidden-term');
    expect(forbidden.map((f) => f.target?.text)).toEqual(['Kiev', "Kiev's", 'Kiev']);
    expect(forbidden.every((f) => f.subject?.conceptId === kyiv.id)).toBe(true);

    // One finding: a 'fix' edit.
    const first = await services.review.fix(documentId, [forbidden[0].key]);
    expect(first.applied).toEqual([forbidden[0].key]);
    expect(first.segments.map((s) => s.current)).toEqual(['Ambassador-at-Large Rodion Miroshnik spoke about the situation in Kyiv.']);
    expect(services.editing.history(first.segments[0].id)[0].reason).toBe('fix');

    // The rest of the concept: one 'fix-all' edit, previewed first; the possessive is kept.
    const { findings: after } = await services.review.findings(documentId);
    const rest = of(after, 'forbidden-term').map((f) => f.key);
    expect(rest).toHaveLength(2);
    const preview = await services.review.preview(documentId, rest);
    expect(preview.changes.map((c) => c.after)).toEqual([
      "Expert Andrey Kortunov believes that Kyiv's leaders will not go for dialogue.",
      'Andrey Klintsevich said that Kyiv is preparing strikes.',
    ]);
    expect(targets(services, documentId)[1]).toContain("Kiev's"); // a preview changes nothing
    await services.review.fix(documentId, rest);
    expect(targets(services, documentId).join(' ')).not.toMatch(/Kiev/);

    const measured = await services.review.findings(documentId);
    expect(of(measured.findings, 'forbidden-term')).toHaveLength(0);
    expect(measured.measures.document.fixedByCheck['forbidden-term']).toBe(3);
    expect(measured.measures.document.editedRows).toBe(3);
    expect(measured.measures.rows.map((r) => r.row)).toEqual([0, 1, 3]);
    // Kiev → Kyiv: one word substituted; "e" deleted and "y" inserted (K·i·v kept).
    expect(measured.measures.rows[0]).toMatchObject({ edits: 1, words: 9, charsChanged: 2 });

    // Undo takes the fix-all back in one step, then the single fix.
    services.editing.undo(documentId);
    expect(targets(services, documentId).filter((t) => /Kiev/.test(t))).toHaveLength(2);
    const undone = await services.review.findings(documentId);
    expect(of(undone.findings, 'forbidden-term')).toHaveLength(2);
    expect(undone.measures.document.fixedByCheck['forbidden-term']).toBe(1);
    services.editing.undo(documentId);
    expect(of((await services.review.findings(documentId)).findings, 'forbidden-term')).toHaveLength(3);
  });

  it('fixes an inconsistent name everywhere at once', async () => {
    const { services, documentId } = await setUp();
    const { findings } = await services.review.findings(documentId);
    const inconsistent = of(findings, 'inconsistent-rendering');
    // Andrey Kortunov and Andrey Klintsevich against nothing else: consistent. Add a third
    // rendering by hand and the minority is flagged.
    expect(inconsistent).toHaveLength(0);
    const row = services.documents.get(documentId).rows[4];
    services.editing.save(row.target[0].id, 'Klintsevitch added that this is dangerous.');
    const again = of((await services.review.findings(documentId)).findings, 'inconsistent-rendering');
    expect(again.length).toBeGreaterThan(0);
    const subject = again[0].subject!;
    expect(subject.variants).toEqual(['Klintsevich', 'Klintsevitch']);

    // The editor picks the minority spelling: the findings become the other places, fixed as one edit.
    const choices = { [subject.label]: 'Klintsevitch' };
    const picked = of((await services.review.findings(documentId, undefined, choices)).findings, 'inconsistent-rendering');
    const preview = await services.review.preview(documentId, picked.map((f) => f.key), choices);
    expect(preview.changes.map((c) => c.after)).toEqual([
      'Andrey Klintsevitch said that Kiev is preparing strikes.',
    ]);
    await services.review.fix(documentId, picked.map((f) => f.key), choices);
    expect(targets(services, documentId).slice(3)).toEqual([
      'Andrey Klintsevitch said that Kiev is preparing strikes.',
      'Klintsevitch added that this is dangerous.',
    ]);
    services.editing.undo(documentId);

    const keys = again.filter((f) => f.fix).map((f) => f.key);
    await services.review.fix(documentId, keys);
    expect(targets(services, documentId)[4]).toBe('Klintsevich added that this is dangerous.');
    expect(of((await services.review.findings(documentId)).findings, 'inconsistent-rendering')).toHaveLength(0);
  });

  it('keeps dismissals in the file and brings them back on restore', async () => {
    const { path, db, services, documentId } = await setUp();
    const { findings } = await services.review.findings(documentId);
    const target = of(findings, 'forbidden-term')[1];
    services.review.dismiss(documentId, [target.key]);
    db.close();

    const reopened = createServices(openDatabase(path));
    const seen = (await reopened.review.findings(documentId)).findings.find((f) => f.key === target.key);
    expect(seen?.dismissed).toBe(true);
    // A dismissed finding is not re-raised by an edit elsewhere in the same segment.
    const segment = reopened.documents.get(documentId).rows[1].target[0];
    reopened.editing.save(segment.id, segment.current.replace('Expert', 'The expert'));
    const afterEdit = (await reopened.review.findings(documentId)).findings.find((f) => f.key === target.key);
    expect(afterEdit?.dismissed).toBe(true);
    reopened.review.restore(documentId, [target.key]);
    expect((await reopened.review.findings(documentId)).findings.find((f) => f.key === target.key)?.dismissed).toBe(false);
    reopened.db.close();
  });

  it('re-checks with the changed glossary, without reopening the document', async () => {
    const { services, documentId, news, kyiv, events } = await setUp();
    expect(of((await services.review.findings(documentId)).findings, 'forbidden-term')).toHaveLength(3);
    events.length = 0;
    services.glossary.createConcept({
      glossaryId: news.id,
      type: 'person',
      terms: [
        { lang: 'ru', text: 'Андрей Кортунов', status: 'preferred' },
        { lang: 'en', text: 'Andrei Kortunov', status: 'preferred' },
        { lang: 'en', text: 'Andrey Kortunov', status: 'forbidden' },
      ],
    });
    expect(events).toContain('glossary.changed');
    const withKortunov = of((await services.review.findings(documentId)).findings, 'forbidden-term');
    expect(withKortunov.map((f) => f.target?.text)).toContain('Andrey Kortunov');

    services.glossary.deleteConcept(kyiv.id);
    const withoutKyiv = of((await services.review.findings(documentId)).findings, 'forbidden-term');
    expect(withoutKyiv.map((f) => f.target?.text)).toEqual(['Andrey Kortunov']);
    services.glossary.restoreConcept(kyiv.id);
    expect(of((await services.review.findings(documentId)).findings, 'forbidden-term')).toHaveLength(4);

    services.glossary.setDocumentGlossaries(documentId, []);
    expect(of((await services.review.findings(documentId)).findings, 'forbidden-term')).toHaveLength(0);
  });

  it('highlights glossary terms on both sides, in every case form', async () => {
    const { services, documentId, kyiv } = await setUp();
    const matches = await services.review.matches(documentId);
    const rows = services.documents.get(documentId).rows;
    const sourceIds = new Set(rows.flatMap((r) => r.source.map((s) => s.id)));
    const text = (m: (typeof matches)[number]) =>
      rows.flatMap((r) => [...r.source, ...r.target]).find((s) => s.id === m.segmentId)!.current.slice(m.start, m.end);
    const source = matches.filter((m) => sourceIds.has(m.segmentId));
    expect(source.map(text)).toEqual(['Киеве', 'Киев', 'Киев']);
    expect(source.every((m) => m.conceptId === kyiv.id && m.approved === 'Kyiv')).toBe(true);
    const target = matches.filter((m) => !sourceIds.has(m.segmentId));
    expect(target.map((m) => [text(m), m.how])).toEqual([
      ['Kiev', 'forbidden'],
      ["Kiev's", 'forbidden'],
      ['Kiev', 'forbidden'],
    ]);
  });

  it('learns a name the editor corrected by hand and finds its other occurrences', async () => {
    const { services, documentId } = await setUp();
    const row = services.documents.get(documentId).rows[3];
    const before = row.target[0].current;
    const after = before.replace('Andrey', 'Andrei');
    services.editing.save(row.target[0].id, after);
    const { suggestion } = await services.review.learn(documentId, row.target[0].id, before, after);
    expect(suggestion).toMatchObject({ approved: 'Andrei Klintsevich', forbidden: 'Andrey Klintsevich', type: 'person' });
    expect(suggestion!.source).toMatch(/^Андре[йя] Клинцевич/);

    // The editor's choice goes to the other places of the article as one undoable edit.
    const rows = services.documents.get(documentId).rows;
    services.editing.save(rows[1].target[0].id, 'Expert Andrey Klintsevich agrees.');
    const again = await services.review.learn(documentId, row.target[0].id, before, after);
    expect(again.suggestion!.occurrences.map((o) => o.row)).toEqual([1]);
    const result = await services.review.replaceOccurrences(documentId, 'Andrey Klintsevich', 'Andrei Klintsevich', again.suggestion!.occurrences);
    expect(result.replaced).toBe(1);
    expect(result.segments.map((s) => s.current)).toEqual(['Expert Andrei Klintsevich agrees.']);
    expect(services.editing.history(rows[1].target[0].id).map((h) => h.reason)).toEqual(expect.arrayContaining(['manual', 'fix-all']));
    services.editing.undo(documentId);
    expect(targets(services, documentId)[1]).toBe('Expert Andrey Klintsevich agrees.');
    // A place that no longer says the old rendering is left alone.
    expect((await services.review.replaceOccurrences(documentId, 'Andrey Kortunov', 'Andrei Kortunov', again.suggestion!.occurrences)).replaced).toBe(0);

    const typo = await services.review.learn(documentId, row.target[0].id, 'this is dangerous', 'this is dangrous');
    expect(typo.suggestion).toBeNull();
  });

  it('proposes candidates the glossary does not have yet, and transliterations by scheme', async () => {
    const { services, documentId } = await setUp();
    const candidates = await services.review.candidates(documentId);
    const lemmas = candidates.map((c) => c.lemma);
    expect(lemmas).toEqual(expect.arrayContaining(['Родион Мирошник', 'Андрей Кортунов', 'Андрей Клинцевич']));
    expect(lemmas).not.toContain('Киев');
    expect(candidates.find((c) => c.lemma === 'Андрей Кортунов')?.target).toBe('Andrey Kortunov');

    const schemes = services.review.transliterate('Андрей Кортунов');
    expect(schemes.find((s) => s.scheme === 'bgn-pcgn')?.text).toBe('Andrey Kortunov');
    expect(schemes.find((s) => s.scheme === 'house')?.text).toBe('Andrei Kortunov');
  });
});
