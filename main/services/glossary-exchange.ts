// Sharing glossaries: export to a file, and import from one as a previewed merge that loses
// nothing. The preview and the apply compute the same plan from the same input (no state is kept
// between them); the apply writes it in one transaction. See shared/formats/glossary-merge.ts.
import { randomUUID } from 'node:crypto';
import type { Input, Output } from '../../shared/contract';
import { GlossaryFormatError, type ExchangeConcept, type ExchangeGlossary, type GlossaryFormat, type ParsedGlossary, type Refusal } from '../../shared/formats/glossary-exchange';
import { detectGlossaryFormat, formatGlossaryFile, GLOSSARY_FILE_TYPES, parseGlossaryFile } from '../../shared/formats/glossary-files';
import {
  carriedBy,
  cleanConcept,
  conceptLabel,
  planMerge,
  primaryRussian,
  projectOnto,
  resolveConcept,
  sameContent,
  sourceKey,
  termKey,
  type ConflictChoice,
  type MergePlan,
  type StoredConcept,
} from '../../shared/formats/glossary-merge';
import { now } from '../clock';
import { currentUser } from './current-user';
import { baseSnapshot, exchangeRepo, readBaseSnapshot } from '../db/exchange-repo';
import { glossaryRepo } from '../db/glossary-repo';
import type { Db } from '../db/open';
import type { EventBus } from '../events';
import { notFound, ServiceError } from './errors';

type ImportInput = Input<'glossaries.importPreview'>;
type ApplyInput = Input<'glossaries.importApply'>;
type Notice = { where: string; message: string };

/** How many new concepts a preview lists (it counts them all). */
export const PREVIEW_ADDED_LIMIT = 200;
/** From how many new concepts an import indexes their terms for search in one statement. */
const BULK_FROM = 1000;
/** How many refusals an error message lists before "and N more". */
const LISTED_REFUSALS = 30;

/** The file has parts that cannot be imported and the editor has not accepted leaving them out. */
export class RefusedError extends ServiceError {
  constructor(
    readonly fileName: string,
    readonly refused: Refusal[],
  ) {
    const lines = refused.slice(0, LISTED_REFUSALS).map((r) => `${fileName}: ${r.where}: ${r.reason}`);
    if (refused.length > LISTED_REFUSALS) lines.push(`… and ${refused.length - LISTED_REFUSALS} more`);
    const parts = refused.length === 1 ? '1 part of the file cannot' : `${refused.length} parts of the file cannot`;
    super('bad-input', `${lines.join('\n')}\n${parts} be imported; nothing was imported (accept the refusals to import the rest)`);
  }
}

const withoutId = ({ id: _id, ...concept }: StoredConcept): ExchangeConcept => concept;

/** A glossary name made safe as a file name on every platform. */
function fileNameFor(name: string, format: GlossaryFormat): string {
  const stem = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '') || 'glossary';
  return `${stem}.${GLOSSARY_FILE_TYPES[format].extension.replace(/^\./, '')}`;
}

const clashNotice = (concept: ExchangeConcept, uuid: string): Notice => ({
  where: conceptLabel(concept),
  message: `its id "${uuid}" belongs to another concept (in another glossary, or deleted): it gets a new id`,
});

const stemOf = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || fileName;

export function glossaryExchangeService(db: Db, bus?: EventBus) {
  const repo = exchangeRepo(db);
  const glossaries = glossaryRepo(db);

  const glossary = (id: number) => {
    const found = glossaries.glossaries().find((g) => g.id === id);
    if (!found) throw notFound('glossary', id);
    return found;
  };

  /** The file as the merge reads it; a file that cannot be read at all changes nothing. */
  function read(input: ImportInput): { format: GlossaryFormat; parsed: ParsedGlossary } {
    try {
      const format = input.format ?? detectGlossaryFormat(input.fileName, input.content);
      return { format, parsed: parseGlossaryFile(format, input.content) };
    } catch (error) {
      if (!(error instanceof GlossaryFormatError)) throw error;
      // Detection says where as the file's name itself.
      const where = error.where === input.fileName ? '' : `${error.where}: `;
      throw new ServiceError('bad-input', `${input.fileName}: ${where}${error.reason}`);
    }
  }

  /** The merge, and the bases it was computed against (by concept id, as stored). */
  function plan(input: ImportInput, format: GlossaryFormat, parsed: ParsedGlossary): { plan: MergePlan; bases: Map<number, string> } {
    if (input.glossaryId !== undefined && !glossaries.glossaryExists(input.glossaryId)) throw notFound('glossary', input.glossaryId);
    const stored = input.glossaryId === undefined ? [] : repo.concepts(input.glossaryId);
    const bases = input.glossaryId === undefined ? new Map<number, string>() : repo.bases(input.glossaryId);
    const merge = planMerge({
      format,
      stored,
      incoming: parsed.glossary.concepts,
      baseOf: (ours) => {
        const snapshot = bases.get(ours.id);
        return snapshot === undefined ? undefined : readBaseSnapshot(snapshot);
      },
    });
    return { plan: merge, bases };
  }

  /** A new concept keeps the file's id unless a concept elsewhere (or deleted) already has it. */
  function clashNotices(added: ExchangeConcept[]): Notice[] {
    const notices: Notice[] = [];
    const seen = new Set<string>();
    for (const c of added) {
      if (c.uuid === null) continue;
      if (seen.has(c.uuid) || repo.conceptUuidTaken(c.uuid)) {
        notices.push(clashNotice(c, c.uuid));
      }
      seen.add(c.uuid);
    }
    return notices;
  }

  /** The file, and what it says of each concept recorded as the base of the next merge: one transaction. */
  const exportGlossary = db.transaction((id: number, format: GlossaryFormat): Output<'glossaries.export'> => {
    const g = glossary(id);
    const stored = repo.concepts(id);
    const exchange: ExchangeGlossary = { name: g.name, uuid: g.uuid, sourceLang: g.sourceLang, targetLang: g.targetLang, concepts: stored.map(withoutId) };
    const data = formatGlossaryFile(format, exchange);
    const carried = carriedAsWritten(format, data, stored);
    const stamp = now();
    stored.forEach((c, i) => repo.recordBase(c.id, baseSnapshot(carried[i]), 'export', format, stamp));
    return { fileName: fileNameFor(g.name, format), mime: GLOSSARY_FILE_TYPES[format].mime, encoding: 'utf-8', data };
  });

  /**
   * Each stored concept as the written file carries it (read back, and filled in from ours where
   * the format has no place for a field, as an import of the file would see it), so that what a
   * format cannot hold is not later taken for something the other side deleted. A concept that
   * cannot be found again in the file keeps its full stored state.
   */
  function carriedAsWritten(format: GlossaryFormat, data: string, stored: StoredConcept[]): ExchangeConcept[] {
    // TBX carries every field: what was written is what is stored.
    if (format === 'tbx' || format === 'tbx2') return stored;
    let back: ExchangeConcept[];
    try {
      back = parseGlossaryFile(format, data).glossary.concepts;
    } catch {
      return stored;
    }
    const carried = carriedBy(format, back);
    const byUuid = new Map(back.filter((c) => c.uuid).map((c) => [c.uuid!, c]));
    const bySource = new Map<string, ExchangeConcept | null>();
    for (const c of back) {
      const key = sourceKey(primaryRussian(c));
      bySource.set(key, bySource.has(key) ? null : c);
    }
    return stored.map((c, i) => {
      const key = sourceKey(primaryRussian(c));
      const inOrder = back[i] && sourceKey(primaryRussian(back[i])) === key ? back[i] : undefined;
      const found = byUuid.get(c.uuid) ?? inOrder ?? bySource.get(key);
      if (!found) return c;
      try {
        return projectOnto(cleanConcept(found), c, carried);
      } catch {
        return c;
      }
    });
  }

  function preview(input: ImportInput): Output<'glossaries.importPreview'> {
    const { format, parsed } = read(input);
    const { plan: p } = plan(input, format, parsed);
    return {
      format,
      name: parsed.glossary.name,
      glossaryId: input.glossaryId ?? null,
      total: parsed.glossary.concepts.length,
      refused: [...parsed.refused, ...p.refused],
      added: p.added.slice(0, PREVIEW_ADDED_LIMIT),
      addedCount: p.added.length,
      identical: p.identical.length,
      merged: p.merged.map((m) => ({ key: m.key, label: m.label, fields: m.fields })),
      conflicts: p.conflicts.map((m) => ({
        key: m.key,
        label: m.label,
        conceptId: m.ours.id,
        matchedBy: m.matchedBy,
        ours: withoutId(m.ours),
        theirs: m.theirs,
        base: m.base,
        fields: m.fields,
      })),
      notices: clashNotices(p.added),
    };
  }

  function apply(input: ApplyInput): Output<'glossaries.importApply'> {
    const { format, parsed } = read(input);
    return db.transaction(() => {
      const { plan: p, bases } = plan(input, format, parsed);
      const refused = [...parsed.refused, ...p.refused];
      if (refused.length > 0 && input.acceptRefused !== true) throw new RefusedError(input.fileName, refused);
      const stamp = now();
      const user = currentUser();
      const notices: Notice[] = [];
      const glossaryId = input.glossaryId ?? createGlossary(input, parsed, stamp);
      const record = (conceptId: number, concept: ExchangeConcept) => {
        const snapshot = baseSnapshot(concept);
        if (bases.get(conceptId) !== snapshot) repo.recordBase(conceptId, snapshot, 'import', format, stamp);
      };
      // A term's id from the file is kept unless a term anywhere (or earlier in the file) has it.
      const usedTermUuids = new Set<string>();
      const termUuid = (wanted: string | null) => {
        if (wanted === null || usedTermUuids.has(wanted) || repo.termUuidTaken(wanted)) return randomUUID();
        usedTermUuids.add(wanted);
        return wanted;
      };

      // New concepts: the bulk of a large import; one prepared insert per row.
      const usedUuids = new Set<string>();
      const insert = (c: ExchangeConcept) => {
        let uuid = c.uuid;
        if (uuid === null || usedUuids.has(uuid) || repo.conceptUuidTaken(uuid)) {
          if (uuid !== null) notices.push(clashNotice(c, uuid));
          uuid = randomUUID();
        }
        usedUuids.add(uuid);
        const createdAt = c.createdAt ?? stamp;
        const createdBy = c.createdBy ?? user;
        const id = repo.insertConcept({
          uuid,
          glossaryId,
          type: c.type,
          domain: c.domain,
          note: c.note,
          createdAt,
          createdBy,
          updatedAt: c.updatedAt ?? createdAt,
          updatedBy: c.updatedBy ?? createdBy,
        });
        for (const t of c.terms) repo.insertTerm(id, t, termUuid(t.uuid));
        record(id, c);
      };
      const insertAll = () => p.added.forEach(insert);
      if (p.added.length >= BULK_FROM) repo.bulkInsert(insertAll);
      else insertAll();

      let updated = 0;
      let kept = 0;
      let identical = p.identical.length;
      for (const { ours, theirs } of p.identical) record(ours.id, theirs);
      for (const match of [...p.merged, ...p.conflicts]) {
        const choice: ConflictChoice = input.resolutions?.[match.key] ?? input.onConflict ?? 'keep';
        const result = resolveConcept(match, choice);
        if (!sameContent(result, match.ours)) {
          write(match.ours, result, stamp, user, termUuid);
          updated++;
        } else if (match.fields.some((f) => f.outcome === 'conflict')) kept++;
        else identical++;
        record(match.ours.id, match.theirs);
      }
      if (p.added.length > 0 || updated > 0) glossaries.touchGlossary(glossaryId, stamp);
      return { glossaryId, added: p.added.length, updated, identical, kept, refused: refused.length, notices };
    })();
  }

  function createGlossary(input: ApplyInput, parsed: ParsedGlossary, stamp: string): number {
    const name = (input.name ?? parsed.glossary.name ?? stemOf(input.fileName)).trim() || stemOf(input.fileName);
    const wanted = parsed.glossary.uuid;
    const uuid = wanted && !repo.glossaryUuidTaken(wanted) ? wanted : randomUUID();
    return glossaries.insertGlossary(uuid, name, parsed.glossary.sourceLang, parsed.glossary.targetLang, stamp);
  }

  /** Turns the stored concept into `result` touching only what differs, so unchanged terms keep their rows. */
  function write(ours: StoredConcept, result: ExchangeConcept, stamp: string, user: string, termUuid: (wanted: string | null) => string) {
    repo.updateConcept({ id: ours.id, type: result.type, domain: result.domain, note: result.note, updatedAt: stamp, updatedBy: user });
    const mine = new Map(ours.terms.map((t) => [termKey(t), t]));
    const wanted = new Set(result.terms.map(termKey));
    for (const t of ours.terms) if (!wanted.has(termKey(t))) repo.deleteTerm(t.uuid!);
    for (const t of result.terms) {
      const existing = mine.get(termKey(t));
      if (!existing) repo.insertTerm(ours.id, t, termUuid(t.uuid));
      else if (existing.status !== t.status || existing.caseSensitive !== t.caseSensitive || existing.partOfSpeech !== t.partOfSpeech || existing.note !== t.note) {
        repo.updateTerm({ ...t, uuid: existing.uuid! });
      }
    }
  }

  return {
    export: exportGlossary,
    importPreview: preview,
    importApply(input: ApplyInput) {
      const result = apply(input);
      // After the commit, and only when open documents have something to re-check.
      if (result.added > 0 || result.updated > 0 || input.glossaryId === undefined) {
        bus?.emit('glossary.changed', { glossaryId: result.glossaryId, documentId: null });
      }
      return result;
    },
  };
}
