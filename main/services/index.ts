import type { Db } from '../db/open';
import type { EventBus } from '../events';
import { alignmentService } from './alignment';
import { documentsService } from './documents';
import { editingService } from './editing';
import { glossaryService } from './glossary';
import { reviewService } from './review';

export type Services = ReturnType<typeof createServices>;

export function createServices(db: Db, bus?: EventBus) {
  const editing = editingService(db);
  return {
    db,
    documents: documentsService(db, bus),
    editing,
    alignment: alignmentService(db),
    glossary: glossaryService(db, bus),
    review: reviewService(db, editing, bus),
  };
}
