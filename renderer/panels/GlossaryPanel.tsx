import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract';
import type { ConceptType } from '../../shared/model';
import { ApiErrorMessage } from '../components/ApiErrorMessage';
import { useApi } from '../state/api-context';
import { asApiError } from '../state/errors';
import { runnerReportingErrors } from '../state/reporting-errors';
import type { useDocument } from '../state/use-document';
import type { useTermMatches } from '../state/use-term-matches';
import { Candidates } from './glossary/Candidates';
import { ConceptEditor } from './glossary/ConceptEditor';
import { ConceptList } from './glossary/ConceptList';
import { ConceptTypeOptions } from './glossary/ConceptTypeOptions';
import { draftOf, headline, newTerm, proposal, type ConceptDraft } from './glossary/draft';
import { GlossaryPicker } from './glossary/GlossaryPicker';
import { useSelectionMemory } from './glossary/selection';
import { useCandidates, useConceptSearch, useDocumentGlossaries, type Candidate, type ConceptData } from './glossary/use-glossary-data';
import './glossary.css';

export interface GlossaryPanelProps {
  documentId: number;
  /** The open document (rows for selections and candidates). */
  doc: ReturnType<typeof useDocument>;
  /** Glossary terms found in the document (highlighted in both panes). */
  terms: ReturnType<typeof useTermMatches>;
  /** Scrolls the document to a row (its position) and marks it. */
  showRow: (position: number) => void;
  /** Brings the panel forward (the shortcut works while another tab is showing). */
  onShow?: () => void;
}

type View = 'search' | 'document' | 'candidates';
const VIEWS: View[] = ['search', 'document', 'candidates'];

/** Long enough to notice a mistake and take it back. */
const UNDO_VISIBLE_MS = 15_000;

export function GlossaryPanel({ documentId, doc, terms, showRow, onShow }: GlossaryPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const searchId = useId();
  const typeId = useId();
  const [version, setVersion] = useState(0);
  const [view, setView] = useState<View>('search');
  const [query, setQuery] = useState('');
  const [type, setType] = useState<ConceptType | ''>('');
  const [editing, setEditing] = useState<ConceptDraft | null>(null);
  const [deleted, setDeleted] = useState<ConceptData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const glossaries = useDocumentGlossaries(documentId, version);
  const selected = glossaries.selected;
  const used = useMemo(() => (glossaries.all ?? []).filter((g) => selected.includes(g.id)), [glossaries.all, selected]);
  const search = useConceptSearch(selected, query, type, version);
  const everything = useConceptSearch(selected, '', '', version);
  const candidates = useCandidates(documentId, version, view === 'candidates');

  // Changes made elsewhere (the glossaries screen, another window) show here too.
  useEffect(() => api.on('glossary.changed', () => setVersion((v) => v + 1)), [api]);

  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    terms.refresh();
  }, [terms]);

  const run = runnerReportingErrors(setError, changed);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  /** Each segment's row, and which segments are Russian, for counts and "show in the document". */
  const rowsBySegment = useMemo(() => {
    const position = new Map<number, number>();
    const source = new Set<number>();
    for (const row of doc.view?.rows ?? []) {
      for (const s of row.source) {
        position.set(s.id, row.position);
        source.add(s.id);
      }
      for (const s of row.target) position.set(s.id, row.position);
    }
    return { position, source };
  }, [doc.view]);

  const inDocument = useMemo(() => {
    const counts = new Map<number, number>();
    const first = new Map<number, number>();
    for (const m of terms.matches) {
      const position = rowsBySegment.position.get(m.segmentId);
      if (position === undefined) continue;
      if (rowsBySegment.source.has(m.segmentId)) counts.set(m.conceptId, (counts.get(m.conceptId) ?? 0) + 1);
      first.set(m.conceptId, Math.min(first.get(m.conceptId) ?? Infinity, position));
    }
    const concepts = (everything.concepts ?? []).filter((c) => first.has(c.id)).sort((a, b) => first.get(a.id)! - first.get(b.id)!);
    return { counts, first, concepts };
  }, [terms.matches, rowsBySegment, everything.concepts]);

  /** The translation of the row a Russian segment is in: what the machine made of the selection. */
  const translationOf = (segmentId: number | null) => {
    const row = doc.view?.rows.find((r) => r.source.some((s) => s.id === segmentId));
    return row ? row.target.map((s) => s.current).join(' ') || null : null;
  };

  const takeSelection = useSelectionMemory(() => addSelection());

  function addSelection() {
    onShow?.();
    const { source, target } = takeSelection();
    if (!source) {
      setNotice(t('glossary.selectFirst'));
      return;
    }
    setNotice(null);
    setView('search');
    setEditing(proposal(source.text, target?.text ?? '', 'other', target?.text ?? translationOf(source.segmentId)));
  }

  const addCandidate = (c: Candidate) =>
    run(() =>
      api.call('concepts.create', {
        glossaryId: used[0].id,
        type: c.type,
        terms: [
          { lang: 'ru', text: c.lemma, status: 'preferred' },
          { lang: 'en', text: c.target!, status: 'preferred' },
        ],
      }),
    );

  const editCandidate = (c: Candidate) => {
    const draft = proposal(c.lemma, c.target ?? '', c.type, c.target);
    if (c.source !== c.lemma) draft.terms.splice(1, 0, newTerm('ru', c.source, 'admitted'));
    setEditing(draft);
  };

  const remove = (concept: ConceptData) =>
    run(async () => {
      await api.call('concepts.delete', { id: concept.id });
      setDeleted(concept);
    });

  const restore = (concept: ConceptData) =>
    run(async () => {
      setDeleted(null);
      await api.call('concepts.restore', { id: concept.id });
    });

  const createGlossary = async (name: string) => {
    try {
      const created = await api.call('glossaries.create', { name });
      await glossaries.choose([...selected, created.id]);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(asApiError(e));
    }
  };

  const hasGlossary = used.length > 0;
  const problem = error ?? glossaries.error ?? search.error ?? candidates.error;

  return (
    <section className="panel glossary-panel" aria-label={t('panels.glossary')}>
      {glossaries.all === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : hasGlossary ? (
        <details className="glossary-panel__glossaries">
          <summary>{t('glossary.picker.summary', { names: used.map((g) => g.name).join(', '), count: used.length })}</summary>
          <GlossaryPicker all={glossaries.all} selected={selected} onChoose={glossaries.choose} onCreate={createGlossary} defaultName={doc.view?.document.title ?? ''} />
        </details>
      ) : (
        <GlossaryPicker all={glossaries.all} selected={selected} onChoose={glossaries.choose} onCreate={createGlossary} defaultName={doc.view?.document.title ?? ''} />
      )}

      <div className="button-row glossary-panel__actions">
        <button type="button" className="button button--small button--primary" onClick={addSelection} disabled={!hasGlossary} title={t('glossary.addSelectionShortcut')}>
          {t('glossary.addSelection')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!hasGlossary}
          onClick={() => setEditing({ ...proposal('', ''), fromSelection: false })}
        >
          {t('glossary.newConcept')}
        </button>
      </div>
      {notice && (
        <p role="status" className="glossary-panel__notice">
          {notice}
        </p>
      )}
      <ApiErrorMessage error={problem} className="error-text" />
      {deleted && (
        <div role="status" className="undo-toast">
          <span>{t('glossary.deleted', { name: headline(deleted).russian })}</span>
          <button type="button" className="button button--small" onClick={() => restore(deleted)}>
            {t('glossary.undo')}
          </button>
        </div>
      )}

      {editing ? (
        <ConceptEditor
          key={editing.terms[0]?.key ?? 'empty'}
          draft={editing}
          glossaries={used}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      ) : (
        hasGlossary && (
          <>
            <div className="glossary-panel__views" role="tablist" aria-label={t('glossary.views.label')}>
              {VIEWS.map((v) => (
                <button
                  key={v}
                  type="button"
                  role="tab"
                  aria-selected={view === v}
                  className={`glossary-panel__view${view === v ? ' is-selected' : ''}`}
                  onClick={() => setView(v)}
                >
                  {t(`glossary.views.${v}`)}
                </button>
              ))}
            </div>
            {view === 'search' && (
              <div role="tabpanel" aria-label={t('glossary.views.search')}>
                <div className="glossary-search">
                  <label htmlFor={searchId} className="visually-hidden">
                    {t('glossary.search')}
                  </label>
                  <input id={searchId} type="search" value={query} placeholder={t('glossary.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
                  <label htmlFor={typeId} className="visually-hidden">
                    {t('glossary.typeFilter')}
                  </label>
                  <select id={typeId} value={type} onChange={(e) => setType(e.target.value as ConceptType | '')}>
                    <option value="">{t('glossary.allTypes')}</option>
                    <ConceptTypeOptions />
                  </select>
                </div>
                {search.concepts === null ? (
                  <p className="muted">{t('common.loading')}</p>
                ) : search.concepts.length === 0 ? (
                  <p className="muted">{query || type ? t('glossary.noResults') : t('glossary.empty')}</p>
                ) : (
                  <ConceptList concepts={search.concepts} onEdit={(c) => setEditing(draftOf(c))} onDelete={remove} />
                )}
              </div>
            )}
            {view === 'document' && (
              <div role="tabpanel" aria-label={t('glossary.views.document')}>
                {inDocument.concepts.length === 0 ? (
                  <p className="muted">{t('glossary.noneInDocument')}</p>
                ) : (
                  <ConceptList
                    concepts={inDocument.concepts}
                    counts={inDocument.counts}
                    onShow={(c) => showRow(inDocument.first.get(c.id)!)}
                    onEdit={(c) => setEditing(draftOf(c))}
                    onDelete={remove}
                  />
                )}
              </div>
            )}
            {view === 'candidates' && (
              <div role="tabpanel" aria-label={t('glossary.views.candidates')}>
                <Candidates candidates={candidates.candidates} canAdd={hasGlossary} onAdd={addCandidate} onEdit={editCandidate} />
              </div>
            )}
          </>
        )
      )}
    </section>
  );
}
