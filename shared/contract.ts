// The one API. Every method and event is declared here once; the dispatcher, the Electron
// preload, the HTTP transport, the renderer client and the CLI all derive from this table.
import { z } from 'zod';
import { EDIT_REASONS, ROW_KINDS } from './model';

const id = z.number().int().positive();
const rowKind = z.enum(ROW_KINDS);
const side = z.enum(['source', 'target']);

export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'ibm866',
  'windows-1252',
  'iso-8859-1',
] as const;
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
} as const;

export const events = {
  /** A menu item or shortcut of the desktop shell, for the renderer to act on. */
  'app.command': z.object({ command: z.enum(['import', 'undo', 'redo', 'toggle-furniture', 'language-en', 'language-ru']) }),
  'import.progress': z.object({
    jobId: z.string(),
    stage: z.enum(['read', 'segment', 'align', 'store', 'done']),
    done: z.number().int(),
    total: z.number().int(),
  }),
} as const;

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
