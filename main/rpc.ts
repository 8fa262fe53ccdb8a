import { z } from 'zod';
import { isMethodName, methods, type Input, type MethodName, type Output, type Result } from '../shared/contract';
import { DatabaseVersionError } from './db/open';
import { ServiceError } from './services/errors';
import type { Services } from './services';

export interface RpcContext {
  services: Services;
  info: Output<'app.info'>;
}

type Handlers = { [M in MethodName]: (input: z.infer<(typeof methods)[M]['input']>, ctx: RpcContext) => Output<M> | Promise<Output<M>> };

const handlers: Handlers = {
  'app.info': (_input, ctx) => ctx.info,
  'documents.list': (_input, { services }) => services.documents.list(),
  'documents.decode': (input, { services }) => services.documents.decode(input),
  'documents.import': (input, { services }) => services.documents.import(input),
  'documents.get': ({ id }, { services }) => services.documents.get(id),
  'documents.rename': ({ id, title }, { services }) => services.documents.rename(id, title),
  'documents.delete': ({ id }, { services }) => services.documents.delete(id),
  'segments.save': ({ segmentId, text, editId }, { services }) => services.editing.save(segmentId, text, editId),
  'segments.history': ({ segmentId }, { services }) => services.editing.history(segmentId),
  'edits.undo': ({ documentId }, { services }) => services.editing.undo(documentId),
  'edits.redo': ({ documentId }, { services }) => services.editing.redo(documentId),
  'alignment.merge': ({ documentId, beadId }, { services }) => {
    services.alignment.merge(documentId, beadId);
    return services.documents.get(documentId);
  },
  'alignment.split': ({ documentId, beadId, sourceAt, targetAt }, { services }) => {
    services.alignment.split(documentId, beadId, sourceAt, targetAt);
    return services.documents.get(documentId);
  },
  'alignment.move': ({ documentId, beadId, side, direction }, { services }) => {
    services.alignment.move(documentId, beadId, side, direction);
    return services.documents.get(documentId);
  },
  'glossaries.list': (_input, { services }) => services.glossary.glossaries(),
  'glossaries.create': ({ name, sourceLang, targetLang }, { services }) => services.glossary.createGlossary(name, sourceLang, targetLang),
  'glossaries.rename': ({ id, name }, { services }) => services.glossary.renameGlossary(id, name),
  'glossaries.delete': ({ id }, { services }) => services.glossary.deleteGlossary(id),
  'glossaries.forDocument': ({ documentId }, { services }) => {
    services.documents.get(documentId);
    return { glossaryIds: services.glossary.documentGlossaries(documentId) };
  },
  'glossaries.setForDocument': ({ documentId, glossaryIds }, { services }) => {
    services.documents.get(documentId);
    return { glossaryIds: services.glossary.setDocumentGlossaries(documentId, glossaryIds) };
  },
  'concepts.list': (filter, { services }) => services.glossary.concepts(filter),
  'concepts.get': ({ id }, { services }) => services.glossary.concept(id),
  'concepts.create': (input, { services }) => services.glossary.createConcept(input),
  'concepts.update': ({ id, ...input }, { services }) => services.glossary.updateConcept(id, input),
  'concepts.delete': ({ id }, { services }) => services.glossary.deleteConcept(id),
  'concepts.restore': ({ id }, { services }) => services.glossary.restoreConcept(id),
  'terms.transliterate': ({ text }, { services }) => services.review.transliterate(text),
  'terms.candidates': ({ documentId }, { services }) => services.review.candidates(documentId),
  'terms.matches': ({ documentId }, { services }) => services.review.matches(documentId),
  'export.document': ({ documentId, format, options, lang }, { services }) => services.export.document(documentId, format, options, lang),
  // The desktop shell answers this one itself (main/electron/shell-methods.ts); a browser downloads.
  'files.save': () => {
    throw new ServiceError('bad-request', 'saving to a chosen file needs the desktop app; the browser downloads instead');
  },
  'glossaries.export': ({ id, format }, { services }) => services.glossaryExchange.export(id, format),
  'glossaries.importPreview': (input, { services }) => services.glossaryExchange.importPreview(input),
  'glossaries.importApply': (input, { services }) => services.glossaryExchange.importApply(input),
  'review.findings': ({ documentId, checks, choices }, { services }) => services.review.findings(documentId, checks, choices),
  'review.dismiss': ({ documentId, keys }, { services }) => services.review.dismiss(documentId, keys),
  'review.restore': ({ documentId, keys }, { services }) => services.review.restore(documentId, keys),
  'review.preview': ({ documentId, keys, choices }, { services }) => services.review.preview(documentId, keys, choices),
  'review.fix': ({ documentId, keys, choices }, { services }) => services.review.fix(documentId, keys, choices),
  'review.replaceOccurrences': ({ documentId, forbidden, approved, occurrences }, { services }) =>
    services.review.replaceOccurrences(documentId, forbidden, approved, occurrences),
  'review.applyLearned': (input, { services }) => services.review.applyLearned(input),
  'review.learn': ({ documentId, segmentId, before, after }, { services }) =>
    services.review.learn(documentId, segmentId, before, after),
};

/**
 * The single entry point of every transport: validates the input with the contract, calls the
 * service, and turns any failure into {code, message} so no stack or internal detail leaves.
 */
export async function dispatch(method: string, input: unknown, ctx: RpcContext): Promise<Result<unknown>> {
  if (!isMethodName(method)) return { ok: false, error: { code: 'bad-request', message: `unknown method "${method}"` } };
  const parsed = methods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad-request', message: `${method}: ${z.prettifyError(parsed.error)}` } };
  }
  try {
    const handler = handlers[method] as (input: unknown, ctx: RpcContext) => unknown;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } };
    if (error instanceof DatabaseVersionError) return { ok: false, error: { code: 'conflict', message: error.message } };
    console.error(`[sverka] ${method} failed:`, error);
    return { ok: false, error: { code: 'internal', message: `${method} failed; details are in the application log` } };
  }
}

export type { Input };
