import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/contract';
import { alignParagraphs } from '../../shared/align';
import type { DocumentView, Paragraph } from '../../shared/model';
import { segmentBlocks } from '../../shared/text/segment';
import { now } from '../clock';
import { documentsRepo } from '../db/documents-repo';
import type { Db } from '../db/open';
import type { EventBus } from '../events';
import { ImportError, readArticle, readPastedText, type ArticleFile } from '../import';
import { editingService } from './editing';
import { notFound, ServiceError } from './errors';

type ImportSide = Input<'documents.import'>['source'];

const PREVIEW_CHARS = 2000;

/** Lets a progress event reach the other side before the next long synchronous stage starts. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export function documentsService(db: Db, bus?: EventBus) {
  const repo = documentsRepo(db);
  const editing = editingService(db);

  const read = async (side: ImportSide): Promise<ArticleFile> => {
    try {
      if (side.text !== undefined) return readPastedText(side.text);
      return await readArticle({ name: side.name, bytes: Buffer.from(side.bytes!, 'base64'), encoding: side.encoding });
    } catch (error) {
      if (error instanceof ImportError) throw new ServiceError('bad-input', error.message);
      throw error;
    }
  };

  return {
    list: () => repo.list(),

    get(id: number): DocumentView {
      const document = repo.get(id);
      if (!document) throw notFound('document', id);
      return { document, rows: repo.rows(id), ...editing.undoState(id) };
    },

    async decode(input: Input<'documents.decode'>) {
      const file = await read({ name: input.name, bytes: input.bytes, encoding: input.encoding });
      const text = file.blocks.map((b) => b.text).join('\n');
      return {
        format: file.format,
        encoding: file.encoding,
        confidence: file.confidence,
        preview: text.slice(0, PREVIEW_CHARS),
        blocks: file.blocks.length,
      };
    },

    /**
     * Reads, segments and aligns both sides, then stores everything in one transaction:
     * a failure at any stage leaves the database as it was.
     */
    async import(input: Input<'documents.import'>): Promise<{ id: number }> {
      const jobId = input.jobId ?? randomUUID();
      const progress = async (stage: 'read' | 'segment' | 'align' | 'store' | 'done', done: number, total: number) => {
        bus?.emit('import.progress', { jobId, stage, done, total });
        await yieldToEvents();
      };
      await progress('read', 0, 2);
      const sourceFile = await read(input.source);
      await progress('read', 1, 2);
      const targetFile = await read(input.target);
      if (sourceFile.blocks.length === 0) throw new ServiceError('bad-input', `${input.source.name}: no text found`);
      if (targetFile.blocks.length === 0) throw new ServiceError('bad-input', `${input.target.name}: no text found`);

      await progress('segment', 0, 2);
      const source: Paragraph[] = segmentBlocks(sourceFile.blocks, 'ru');
      await progress('segment', 1, 2);
      const target: Paragraph[] = segmentBlocks(targetFile.blocks, 'en');

      const sentences = source.reduce((n, p) => n + p.sentences.length, 0) + target.reduce((n, p) => n + p.sentences.length, 0);
      await progress('align', 0, sentences);
      const beads = alignParagraphs(source, target);

      await progress('store', 0, beads.length);
      const stamp = now();
      const title = input.title?.trim() || titleFrom(source, input.source.name);
      const id = db.transaction(() =>
        repo.insert(
          {
            uuid: randomUUID(),
            title,
            sourceName: input.source.name,
            targetName: input.target.name,
            sourceEncoding: sourceFile.encoding ?? 'pasted',
            targetEncoding: targetFile.encoding ?? 'pasted',
            now: stamp,
          },
          source,
          target,
          beads,
        ),
      )();
      await progress('done', beads.length, beads.length);
      return { id };
    },

    rename(id: number, title: string) {
      if (!repo.rename(id, title.trim(), now())) throw notFound('document', id);
      return { ok: true as const };
    },

    delete(id: number) {
      if (!repo.remove(id)) throw notFound('document', id);
      return { ok: true as const };
    },
  };
}

/** The first heading of the original, else its first sentence, else the file name. */
function titleFrom(source: Paragraph[], fallback: string): string {
  const heading = source.find((p) => p.kind === 'heading') ?? source.find((p) => p.kind === 'text');
  const text = heading?.sentences[0]?.trim();
  if (!text) return fallback;
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
