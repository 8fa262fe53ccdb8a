// The one API. Every method and event is declared here once; the dispatcher, the Electron
// preload, the HTTP transport, the renderer client and the CLI all derive from this table.
import { z } from 'zod';
import { ENCODINGS, EVENT_NAMES } from './constants';
import { ARTICLE_FORMATS } from './export/types';
import { GLOSSARY_FORMATS } from './formats/glossary-exchange';
import { CHECK_IDS, CONCEPT_TYPES, EDIT_REASONS, ROW_KINDS, TERM_STATUSES } from './model';

const id = z.number().int().positive();
const rowKind = z.enum(ROW_KINDS);
const side = z.enum(['source', 'target']);

export { ENCODINGS };
const encoding = z.enum(ENCODINGS);

/** One side of an import: a file's bytes (base64) or pasted text. */
const importSide = z
  .object({
    name: z.string().min(1).max(500),
    bytes: z.string().max(70_000_000).optional(),
    text: z.string().max(50_000_000).optional(),
    encoding: encoding.optional(),
  })
  .refine((s) => (s.bytes === undefined) !== (s.text === undefined), {
    message: 'give either the file bytes or the pasted text',
  });

const documentSummary = z.object({
  id,
  title: z.string(),
  sourceName: z.string(),
  targetName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  rows: z.number().int(),
  editedRows: z.number().int(),
});

const segment = z.object({
  id,
  side,
  position: z.number().int(),
  paragraph: z.number().int(),
  kind: rowKind,
  original: z.string(),
  current: z.string(),
});

const row = z.object({
  beadId: id,
  position: z.number().int(),
  source: z.array(segment),
  target: z.array(segment),
});

const undoState = { canUndo: z.boolean(), canRedo: z.boolean() };

const documentView = z.object({
  document: documentSummary.extend({ sourceEncoding: z.string(), targetEncoding: z.string() }),
  rows: z.array(row),
  ...undoState,
});

const lang = z.enum(['ru', 'en']);
const conceptType = z.enum(CONCEPT_TYPES);
const checkId = z.enum(CHECK_IDS);
const ok = z.object({ ok: z.literal(true) });

const glossary = z.object({
  id,
  uuid: z.string(),
  name: z.string(),
  sourceLang: lang,
  targetLang: lang,
  createdAt: z.string(),
  updatedAt: z.string(),
  concepts: z.number().int(),
});

const term = z.object({
  id,
  uuid: z.string(),
  lang,
  text: z.string(),
  status: z.enum(TERM_STATUSES),
  caseSensitive: z.boolean(),
  partOfSpeech: z.string().nullable(),
  note: z.string().nullable(),
});

/** A term as the editor writes it: new terms have no id; an id keeps the term's UUID on update. */
export const termInput = term.extend({
  id: id.optional(),
  uuid: z.string().max(100).optional(),
  text: z.string().min(1).max(500),
  caseSensitive: z.boolean().optional(),
  partOfSpeech: z.string().max(100).nullable().optional(),
  note: z.string().max(5000).nullable().optional(),
});
export type TermInput = z.input<typeof termInput>;

const concept = z.object({
  id,
  uuid: z.string(),
  glossaryId: id,
  type: conceptType,
  domain: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  terms: z.array(term),
});

const conceptFields = {
  type: conceptType,
  domain: z.string().max(500).nullable().optional(),
  note: z.string().max(5000).nullable().optional(),
  terms: z.array(termInput).min(1).max(200),
};

const span = z.object({ segmentId: id, start: z.number().int(), end: z.number().int(), text: z.string() });
const replacement = span;

/** A message key (shared/locales) and its parameters: the reader's language renders it. */
const phrase = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

const finding = z.object({
  check: checkId,
  severity: z.enum(['error', 'warning', 'info']),
  row: z.number().int(),
  source: span.optional(),
  target: span.optional(),
  message: phrase,
  key: z.string(),
  subject: z.object({ label: z.string(), conceptId: id.optional(), variants: z.array(z.string()).optional() }).optional(),
  fix: z.object({ label: phrase, replacements: z.array(replacement) }).optional(),
  dismissed: z.boolean(),
});

const editMeasure = z.object({
  words: z.number().int(),
  edits: z.number().int(),
  hter: z.number(),
  charsChanged: z.number().int(),
});

const measures = z.object({
  document: editMeasure.extend({
    editedRows: z.number().int(),
    /** Findings fixed by a one-click fix or a fix-all (undone ones not counted), by check. */
    fixedByCheck: z.record(z.string(), z.number().int()),
  }),
  /** Only rows whose translation differs from the MT. */
  rows: z.array(editMeasure.extend({ row: z.number().int() })),
});

/** A glossary term found in a segment, for highlighting and tooltips. */
const termMatch = z.object({
  segmentId: id,
  start: z.number().int(),
  end: z.number().int(),
  conceptId: id,
  how: z.enum(['exact', 'inflected', 'surname', 'rendering', 'forbidden']),
  /** The approved English rendering, for the tooltip. */
  approved: z.string().nullable(),
});

const fixChange = z.object({ segmentId: id, row: z.number().int(), before: z.string(), after: z.string() });

const segmentsChanged = z.object({ segments: z.array(segment), ...undoState });

/** What an action did to the findings: new or changed ones, and the keys of those now gone. */
const findingsDelta = z.object({ added: z.array(finding), removed: z.array(z.string()) });

/**
 * Subject label → the spelling the editor picked among an inconsistent rendering's variants. The
 * findings are then those of the other spellings, and their keys are the ones to fix.
 */
const choices = z.record(z.string().max(500), z.string().max(500)).optional();

/** A file for the user to save: text as UTF-8, or bytes (DOCX) as base64. */
const fileOut = z.object({
  fileName: z.string(),
  mime: z.string(),
  encoding: z.enum(['utf-8', 'base64']),
  data: z.string(),
});

const exchangeTerm = z.object({
  uuid: z.string().nullable(),
  lang,
  text: z.string(),
  status: z.enum(TERM_STATUSES),
  caseSensitive: z.boolean(),
  partOfSpeech: z.string().nullable(),
  note: z.string().nullable(),
});

const exchangeConcept = z.object({
  uuid: z.string().nullable(),
  type: conceptType,
  domain: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  terms: z.array(exchangeTerm),
});

/** One field of a concept compared across our glossary, the incoming file and their common export. */
const fieldDiff = z.object({
  /** "type", "domain", "note", or a term: "en:Kyiv" (its status, case, part of speech and note). */
  field: z.string(),
  ours: z.string().nullable(),
  theirs: z.string().nullable(),
  /** The value at the last export or import both sides share; null when there is none. */
  base: z.string().nullable(),
  /** same: equal; ours/theirs: only that side changed since the base (three-way); conflict: both, or no base. */
  outcome: z.enum(['same', 'ours', 'theirs', 'conflict']),
});

const glossaryImportInput = z.object({
  /** The glossary to merge into; a new one (named after the file or `name`) when absent. */
  glossaryId: id.optional(),
  name: z.string().min(1).max(200).optional(),
  fileName: z.string().min(1).max(500),
  content: z.string().max(60_000_000),
  format: z.enum(GLOSSARY_FORMATS).optional(),
});

const conflictChoice = z.enum(['keep', 'theirs', 'both']);

/** Something the import did differently from the file, e.g. a concept given a new id because another glossary has the file's. */
const importNotice = z.object({ where: z.string(), message: z.string() });

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const methods = {
  'app.info': method(
    z.object({}),
    z.object({ version: z.string(), dataDir: z.string(), shell: z.enum(['electron', 'browser', 'cli']) }),
  ),
  'documents.list': method(z.object({}), z.array(documentSummary)),
  'documents.decode': method(
    z.object({ name: z.string().min(1), bytes: z.string().max(70_000_000), encoding: encoding.optional() }),
    z.object({
      format: z.enum(['txt', 'md', 'html', 'docx']),
      encoding: encoding.nullable(),
      confidence: z.number(),
      preview: z.string(),
      blocks: z.number().int(),
    }),
  ),
  'documents.import': method(
    z.object({
      title: z.string().max(500).optional(),
      source: importSide,
      target: importSide,
      /** Lets the caller subscribe to 'import.progress' for this import before it starts. */
      jobId: z.string().max(100).optional(),
    }),
    z.object({ id }),
  ),
  'documents.get': method(z.object({ id }), documentView),
  'documents.rename': method(z.object({ id, title: z.string().min(1).max(500) }), z.object({ ok: z.literal(true) })),
  'documents.delete': method(z.object({ id }), z.object({ ok: z.literal(true) })),
  'segments.save': method(
    z.object({
      segmentId: id,
      text: z.string().max(1_000_000),
      /** Continue this edit (one typing session) instead of starting a new one. */
      editId: id.optional(),
    }),
    z.object({ editId: id.nullable(), segment, ...undoState }),
  ),
  'segments.history': method(
    z.object({ segmentId: id }),
    z.array(
      z.object({
        id,
        text: z.string(),
        previous: z.string(),
        reason: z.enum(EDIT_REASONS),
        state: z.enum(['done', 'undone']),
        createdAt: z.string(),
      }),
    ),
  ),
  'edits.undo': method(z.object({ documentId: id }), z.object({ segments: z.array(segment), ...undoState })),
  'edits.redo': method(z.object({ documentId: id }), z.object({ segments: z.array(segment), ...undoState })),
  'alignment.merge': method(z.object({ documentId: id, beadId: id }), documentView),
  'alignment.split': method(
    z.object({
      documentId: id,
      beadId: id,
      /** How many source and target sentences stay in the first of the two new beads. */
      sourceAt: z.number().int().min(0),
      targetAt: z.number().int().min(0),
    }),
    documentView,
  ),
  'alignment.move': method(
    z.object({ documentId: id, beadId: id, side, direction: z.enum(['previous', 'next']) }),
    documentView,
  ),
  'glossaries.list': method(z.object({}), z.array(glossary)),
  'glossaries.create': method(
    z.object({ name: z.string().min(1).max(200), sourceLang: lang.optional(), targetLang: lang.optional() }),
    glossary,
  ),
  'glossaries.rename': method(z.object({ id, name: z.string().min(1).max(200) }), glossary),
  'glossaries.delete': method(z.object({ id }), ok),
  /** The glossaries a document is reviewed against. */
  'glossaries.forDocument': method(z.object({ documentId: id }), z.object({ glossaryIds: z.array(id) })),
  'glossaries.setForDocument': method(
    z.object({ documentId: id, glossaryIds: z.array(id).max(100) }),
    z.object({ glossaryIds: z.array(id) }),
  ),
  'concepts.list': method(
    z.object({
      glossaryIds: z.array(id).max(100).optional(),
      type: conceptType.optional(),
      query: z.string().max(500).optional(),
      limit: z.number().int().min(1).max(5000).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    z.array(concept),
  ),
  'concepts.get': method(z.object({ id }), concept),
  'concepts.create': method(z.object({ glossaryId: id, ...conceptFields }), concept),
  'concepts.update': method(z.object({ id, ...conceptFields }), concept),
  /** Soft delete: 'concepts.restore' takes it back. */
  'concepts.delete': method(z.object({ id }), ok),
  'concepts.restore': method(z.object({ id }), concept),
  'terms.transliterate': method(
    z.object({ text: z.string().min(1).max(500) }),
    z.array(z.object({ scheme: z.string(), label: z.string(), text: z.string() })),
  ),
  /** Names and titles proposed from the document, not yet in its glossaries. */
  'terms.candidates': method(
    z.object({ documentId: id }),
    z.array(
      z.object({
        source: z.string(),
        lemma: z.string(),
        type: conceptType,
        occurrences: z.number().int(),
        target: z.string().nullable(),
        confidence: z.number(),
      }),
    ),
  ),
  /** Glossary terms found in the document, both sides. */
  'terms.matches': method(z.object({ documentId: id }), z.array(termMatch)),
  /** The corrected article, a bilingual file or the change report, as a file to save. */
  'export.document': method(
    z.object({
      documentId: id,
      format: z.enum(ARTICLE_FORMATS),
      options: z.object({ furniture: z.boolean().optional(), captions: z.boolean().optional() }).optional(),
      /** The language of the change report's words; the UI's by default. */
      lang: lang.optional(),
    }),
    fileOut,
  ),
  /** Desktop only: asks where to save (the system's save dialog) and writes the file there. */
  'files.save': method(
    z.object({ fileName: z.string().min(1).max(255), mime: z.string().max(200), encoding: z.enum(['utf-8', 'base64']), data: z.string().max(200_000_000) }),
    z.object({ path: z.string().nullable() }),
  ),
  'glossaries.export': method(z.object({ id, format: z.enum(GLOSSARY_FORMATS) }), fileOut),
  /** Reads a glossary file and says what merging it would do; changes nothing. */
  'glossaries.importPreview': method(
    glossaryImportInput,
    z.object({
      format: z.enum(GLOSSARY_FORMATS),
      /** The glossary's name in the file, when it has one. */
      name: z.string().nullable(),
      glossaryId: id.nullable(),
      total: z.number().int(),
      refused: z.array(z.object({ where: z.string(), reason: z.string() })),
      added: z.array(exchangeConcept),
      addedCount: z.number().int(),
      identical: z.number().int(),
      /** Changed on one side only since the common export: merged without asking. */
      merged: z.array(z.object({ key: z.string(), label: z.string(), fields: z.array(fieldDiff) })),
      conflicts: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          conceptId: id,
          matchedBy: z.enum(['uuid', 'source']),
          ours: exchangeConcept,
          theirs: exchangeConcept,
          base: exchangeConcept.nullable(),
          fields: z.array(fieldDiff),
        }),
      ),
      notices: z.array(importNotice),
    }),
  ),
  /** Applies the merge the preview showed, in one transaction; a conflict not resolved takes `onConflict`. */
  'glossaries.importApply': method(
    glossaryImportInput.extend({
      /** The file has refused parts: import the rest only when this is true. */
      acceptRefused: z.boolean().optional(),
      onConflict: conflictChoice.optional(),
      resolutions: z.record(z.string().max(5000), conflictChoice).optional(),
    }),
    z.object({
      glossaryId: id,
      added: z.number().int(),
      updated: z.number().int(),
      identical: z.number().int(),
      kept: z.number().int(),
      refused: z.number().int(),
      notices: z.array(importNotice),
    }),
  ),
  'review.findings': method(
    z.object({ documentId: id, checks: z.array(checkId).optional(), choices }),
    z.object({ findings: z.array(finding), measures }),
  ),
  'review.dismiss': method(z.object({ documentId: id, keys: z.array(z.string().max(5000)).min(1).max(10_000) }), ok),
  'review.restore': method(z.object({ documentId: id, keys: z.array(z.string().max(5000)).min(1).max(10_000) }), ok),
  /** Every change the fixes of these findings would make, as before/after texts per segment. */
  'review.preview': method(
    z.object({ documentId: id, keys: z.array(z.string().max(5000)).min(1).max(10_000), choices }),
    z.object({ changes: z.array(fixChange), skipped: z.array(z.string()) }),
  ),
  /** Applies the fixes of these findings as one undoable edit ('fix' for one, 'fix-all' for several). */
  'review.fix': method(
    z.object({ documentId: id, keys: z.array(z.string().max(5000)).min(1).max(10_000), choices }),
    segmentsChanged.extend({ findings: findingsDelta, applied: z.array(z.string()), skipped: z.array(z.string()) }),
  ),
  /**
   * What the editor answered to 'review.learn', in one transaction: the rendering recorded in the
   * glossary (an existing concept updated, or a new one created) when `record` is given, and put in
   * place of the old one at the other places, as one undoable edit.
   */
  'review.applyLearned': method(
    z.object({
      documentId: id,
      approved: z.string().min(1).max(500),
      forbidden: z.string().min(1).max(500),
      record: z
        .object({ conceptId: id.nullable(), glossaryId: id.optional(), source: z.string().max(500), type: conceptType })
        .nullable(),
      occurrences: z.array(z.object({ segmentId: id, start: z.number().int().min(0), end: z.number().int().min(0) })).max(10_000),
    }),
    segmentsChanged.extend({ findings: findingsDelta, replaced: z.number().int(), conceptId: id.nullable() }),
  ),
  /**
   * Puts the editor's new rendering in place of the old one at the places 'review.learn' found,
   * as one undoable edit; a place whose text has changed since is left alone.
   */
  'review.replaceOccurrences': method(
    z.object({
      documentId: id,
      forbidden: z.string().min(1).max(500),
      approved: z.string().min(1).max(500),
      occurrences: z.array(z.object({ segmentId: id, start: z.number().int().min(0), end: z.number().int().min(0) })).max(10_000),
    }),
    segmentsChanged.extend({ findings: findingsDelta, replaced: z.number().int() }),
  ),
  /**
   * After a hand edit: whether it changed the rendering of a name or title, and if so what to
   * record in the glossary and which other places in the article say the same.
   */
  'review.learn': method(
    z.object({ documentId: id, segmentId: id, before: z.string().max(1_000_000), after: z.string().max(1_000_000) }),
    z.object({
      suggestion: z
        .object({
          source: z.string().nullable(),
          conceptId: id.nullable(),
          type: conceptType,
          approved: z.string(),
          forbidden: z.string(),
          /** Other target segments that still contain the forbidden rendering. */
          occurrences: z.array(z.object({ segmentId: id, row: z.number().int(), start: z.number().int(), end: z.number().int() })),
        })
        .nullable(),
    }),
  ),
} as const;

export const events = {
  /** A menu item or shortcut of the desktop shell, for the renderer to act on. */
  'app.command': z.object({ command: z.enum(['import', 'export', 'undo', 'redo', 'toggle-furniture', 'language-en', 'language-ru']) }),
  /** A glossary or the document's choice of glossaries changed: open documents re-check. */
  'glossary.changed': z.object({ glossaryId: z.number().int().nullable(), documentId: z.number().int().nullable() }),
  'import.progress': z.object({
    jobId: z.string(),
    stage: z.enum(['read', 'segment', 'align', 'store', 'done']),
    done: z.number().int(),
    total: z.number().int(),
  }),
} as const;

// The event names the renderer subscribes to are these very keys.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const eventNamesMatch: SameKeys<keyof typeof events, (typeof EVENT_NAMES)[number]> = true;
void eventNamesMatch;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type Input<M extends MethodName> = z.input<Methods[M]['input']>;
export type Output<M extends MethodName> = z.infer<Methods[M]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export const ERROR_CODES = ['bad-request', 'not-found', 'bad-input', 'conflict', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ApiError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
