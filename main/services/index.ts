import type { Db } from '../db/open';
import type { EventBus } from '../events';
import { alignmentService } from './alignment';
import { documentsService } from './documents';
import { editingService } from './editing';
import { exportService } from './export';
import { glossaryService } from './glossary';
import { glossaryExchangeService } from './glossary-exchange';
import { reviewService } from './review';

export type Services = ReturnType<typeof createServices>;

export function createServices(db: Db, bus?: EventBus) {
  const editing = editingService(db);
  const glossary = glossaryService(db, bus);
  const review = reviewService(db, editing, glossary, bus);
  return {
    db,
    documents: documentsService(db, bus),
    editing,
    alignment: alignmentService(db),
    glossary,
    glossaryExchange: glossaryExchangeService(db, bus),
    review,
    export: exportService(db, review),
  };
}
