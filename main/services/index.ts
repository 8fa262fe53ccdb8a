import type { Db } from '../db/open';
import type { EventBus } from '../events';
import { alignmentService } from './alignment';
import { documentsService } from './documents';
import { editingService } from './editing';
import { glossaryService } from './glossary';

export type Services = ReturnType<typeof createServices>;

export function createServices(db: Db, bus?: EventBus) {
  return {
    db,
    documents: documentsService(db, bus),
    editing: editingService(db),
    alignment: alignmentService(db),
    glossary: glossaryService(db),
  };
}
