import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Side } from '../../shared/model';
import { groupBySegment, type Highlight } from '../components/Highlighted';
import { isEdited, Row, rowKind } from '../components/Row';
import { FindingsPanel } from '../panels/FindingsPanel';
import { useLearnFromEdits } from '../panels/findings/use-learn-from-edits';
import { GlossaryPanel } from '../panels/GlossaryPanel';
import { SaveIndicator } from '../components/SaveIndicator';
import { useApi } from '../state/api-context';
import { usePersistentFlag } from '../state/persistent-flag';
import { useDocument } from '../state/use-document';
import { useReview } from '../state/use-review';
import { useTermMatches } from '../state/use-term-matches';
import { ExportDialog } from './ExportDialog';

type Walk = 'undo' | 'redo';
type PanelTab = 'findings' | 'glossary';

/** The keyboard and the desktop menu may both report one Ctrl+Z; act on it once. */
const SAME_COMMAND_WINDOW_MS = 300;

function shortcutOf(event: KeyboardEvent): Walk | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  // event.code keeps the shortcut where it is on a Russian layout (Ctrl+Я is still Ctrl+Z).
  const z = event.code === 'KeyZ' || event.key.toLowerCase() === 'z';
  const y = event.code === 'KeyY' || event.key.toLowerCase() === 'y';
  if (z) return event.shiftKey ? 'redo' : 'undo';
  if (y && !event.shiftKey) return 'redo';
  return null;
}

export function DocumentView({ documentId, onBack }: { documentId: number; onBack: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const doc = useDocument(documentId);
  const { view, undo, redo } = doc;
  const [hideFurniture, setHideFurniture] = usePersistentFlag('sverka.hideFurniture', false);
  const [showChanges, setShowChanges] = usePersistentFlag('sverka.showChanges', true);
  const [active, setActive] = useState<{ beadId: number; side: Side } | null>(null);
  const [showPanel, setShowPanel] = usePersistentFlag('sverka.showPanel', true);
  const [tab, setTab] = useState<PanelTab>('findings');
  const [exporting, setExporting] = useState(false);
  const review = useReview(documentId, view?.rows);
  const terms = useTermMatches(documentId, view?.rows);
  const learning = useLearnFromEdits(doc, review.learn);
  // A corrected name is worth recording: the offer appears in the Findings tab, so bring it up.
  useEffect(() => {
    if (!review.suggestion) return;
    setTab('findings');
    setShowPanel(true);
  }, [review.suggestion, setShowPanel]);
  /** The post-editing effort of each edited row, for its gutter. */
  const rowMeasures = useMemo(() => new Map(review.measures?.rows.map((m) => [m.row, m]) ?? []), [review.measures]);
  /** Extra highlights a panel asks for (the selected finding); the panels own what they put here. */
  const [panelHighlights, setPanelHighlights] = useState<Highlight[]>([]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastWalk = useRef<{ kind: Walk; source: 'keyboard' | 'menu'; at: number } | null>(null);

  const rows = useMemo(() => {
    if (!view) return [];
    return hideFurniture ? view.rows.filter((row) => rowKind(row) !== 'furniture') : view.rows;
  }, [view, hideFurniture]);
  const hiddenCount = view ? view.rows.length - rows.length : 0;
  const editedCount = useMemo(() => (view ? view.rows.filter(isEdited).length : 0), [view]);

  /** Every highlight of a row, found by segment id, so unchanged rows keep their (memoised) props. */
  const highlightsByRow = useMemo(() => {
    const bySegment = groupBySegment([...terms.highlights, ...panelHighlights]);
    const out = new Map<number, Highlight[]>();
    if (!view || bySegment.size === 0) return out;
    for (const row of view.rows) {
      const list = [...row.source, ...row.target].flatMap((s) => bySegment.get(s.id) ?? []);
      if (list.length) out.set(row.beadId, list);
    }
    return out;
  }, [view, terms.highlights, panelHighlights]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 52,
    overscan: 6,
    getItemKey: (i) => rows[i]?.beadId ?? i,
  });

  const walk = useCallback(
    (kind: Walk, source: 'keyboard' | 'menu') => {
      const now = performance.now();
      const last = lastWalk.current;
      lastWalk.current = { kind, source, at: now };
      if (last && last.kind === kind && last.source !== source && now - last.at < SAME_COMMAND_WINDOW_MS) return;
      void (kind === 'undo' ? undo() : redo());
    },
    [undo, redo],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const kind = shortcutOf(event);
      if (!kind) return;
      // A modal (import, confirmation) has its own text fields and their own native undo.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      walk(kind, 'keyboard');
    };
    window.addEventListener('keydown', onKeyDown);
    const stop = api.on('app.command', ({ command }) => {
      if (command === 'undo' || command === 'redo') walk(command, 'menu');
      if (command === 'toggle-furniture') setHideFurniture((v) => !v);
      if (command === 'export') setExporting(true);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stop();
    };
  }, [api, walk, setHideFurniture]);

  const select = useCallback((beadId: number, side: Side) => setActive({ beadId, side }), []);

  /** Alt+↑/↓ from a sentence moves to the translation of the row above or below, scrolling it into view. */
  const focusRowEditor = useCallback(
    (index: number) => {
      virtualizer.scrollToIndex(index, { align: 'auto' });
      let tries = 0;
      const attempt = () => {
        const editor = scrollRef.current?.querySelector<HTMLTextAreaElement>(`[data-index="${index}"] textarea`);
        if (editor) editor.focus();
        else if (tries++ < 10) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [virtualizer],
  );

  /** Brings a row (by position) into view and marks it as the active one. */
  const showRow = useCallback(
    (position: number) => {
      const index = rows.findIndex((row) => row.position === position);
      if (index < 0) {
        // A furniture row hidden by the filter: show furniture again so the row can be seen.
        if (hideFurniture) setHideFurniture(false);
        return;
      }
      virtualizer.scrollToIndex(index, { align: 'center' });
      setActive({ beadId: rows[index].beadId, side: 'target' });
    },
    [rows, virtualizer, hideFurniture, setHideFurniture],
  );

  const onListKeyDown = (event: ReactKeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const from = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (!from) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    for (let i = Number(from.dataset.index) + step; i >= 0 && i < rows.length; i += step) {
      if (rows[i].target.length > 0) return focusRowEditor(i);
    }
  };

  if (doc.loadError) {
    return (
      <section className="document-view document-view--message">
        <p role="alert" className="error-banner">
          {t('errors.loadDocument', { message: doc.loadError.message })}
        </p>
        <button type="button" className="button" onClick={onBack}>
          {t('document.back')}
        </button>
      </section>
    );
  }
  if (!view) {
    return (
      <section className="document-view document-view--message" aria-busy="true">
        <p className="muted">{t('common.loading')}</p>
      </section>
    );
  }

  const canUndo = view.canUndo || doc.saveStatus.state === 'saving';
  const items = virtualizer.getVirtualItems();
  const lastPosition = view.rows.length - 1;

  return (
    <section className="document-view" aria-labelledby="document-title">
      <div className="doc-toolbar">
        <div className="doc-toolbar__title">
          <h1 id="document-title" title={view.document.title}>
            {view.document.title}
          </h1>
          <p className="doc-toolbar__meta">
            <span data-testid="row-count">{t('document.rows', { count: view.rows.length })}</span>
            <span aria-hidden="true"> · </span>
            <span>{t('document.edited', { count: editedCount })}</span>
            {hiddenCount > 0 && (
              <>
                <span aria-hidden="true"> · </span>
                <span>{t('document.furnitureHidden', { count: hiddenCount })}</span>
              </>
            )}
          </p>
        </div>
        <div className="doc-toolbar__actions" role="toolbar" aria-label={t('document.toolbar')}>
          <SaveIndicator status={doc.saveStatus} />
          <button type="button" className="button" onClick={() => walk('undo', 'menu')} disabled={!canUndo} title={t('document.undoShortcut')}>
            {t('document.undo')}
          </button>
          <button type="button" className="button" onClick={() => walk('redo', 'menu')} disabled={!view.canRedo} title={t('document.redoShortcut')}>
            {t('document.redo')}
          </button>
          <span className="toolbar-separator" aria-hidden="true" />
          <label className="toggle">
            <input type="checkbox" checked={hideFurniture} onChange={(e) => setHideFurniture(e.target.checked)} />
            {t('document.hideFurniture')}
          </label>
          <label className="toggle">
            <input type="checkbox" checked={showChanges} onChange={(e) => setShowChanges(e.target.checked)} />
            {t('document.showChanges')}
          </label>
          <button type="button" className="button" aria-pressed={showPanel} onClick={() => setShowPanel((v) => !v)}>
            {showPanel ? t('panels.hide') : t('panels.show')}
          </button>
          <span className="toolbar-separator" aria-hidden="true" />
          <button type="button" className="button" onClick={() => setExporting(true)} title={t('exportDialog.openTitle')}>
            {t('exportDialog.open')}
          </button>
        </div>
      </div>
      {doc.actionError && (
        <div role="alert" className="error-banner error-banner--inline">
          <span>{t(`errors.${doc.actionError.code}`, { message: doc.actionError.message })}</span>
          <button type="button" className="link-button" onClick={doc.dismissActionError}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      <div className={`doc-body${showPanel ? ' has-panel' : ''}`}>
      <div className="doc-main">
      <div className="columns-header">
        <span className="columns-header__gutter">#</span>
        <span>
          {t('document.sourceColumn')} <span className="columns-header__file">{view.document.sourceName}</span>
        </span>
        <span>
          {t('document.targetColumn')} <span className="columns-header__file">{view.document.targetName}</span>
        </span>
        <span />
      </div>
      <div
        ref={scrollRef}
        className={`rows-scroll${doc.busy ? ' is-busy' : ''}`}
        onKeyDown={onListKeyDown}
        aria-busy={doc.busy}
        data-testid="rows"
      >
        {rows.length === 0 ? (
          <p className="muted rows-empty">{t('document.noRows')}</p>
        ) : (
          <div className="rows-inner" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index];
              return (
                <Row
                  key={item.key}
                  row={row}
                  index={item.index}
                  start={item.start}
                  measureRef={virtualizer.measureElement}
                  isFirst={row.position === 0}
                  isLast={row.position === lastPosition}
                  active={active?.beadId === row.beadId ? active.side : null}
                  showChanges={showChanges}
                  onEdit={learning.onEdit}
                  onEditorDone={learning.onDone}
                  measure={rowMeasures.get(row.position)}
                  onSelect={select}
                  onRealign={doc.realign}
                  highlights={highlightsByRow.get(row.beadId)}
                />
              );
            })}
          </div>
        )}
      </div>
      </div>
      {showPanel && (
        <aside className="side-panel" aria-label={t('panels.label')}>
          <div className="side-panel__tabs" role="tablist">
            {(['findings', 'glossary'] as const).map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`tabpanel-${id}`}
                className={`side-panel__tab${tab === id ? ' is-selected' : ''}`}
                onClick={() => setTab(id)}
              >
                {t(`panels.${id}`)}
              </button>
            ))}
          </div>
          {tab === 'findings' && (
            <div className="side-panel__body" role="tabpanel" id="tabpanel-findings" aria-labelledby="tab-findings">
              <FindingsPanel
                documentId={documentId}
                review={review}
                doc={doc}
                showRow={showRow}
                setHighlights={setPanelHighlights}
              />
            </div>
          )}
          {/* Kept mounted while hidden: it remembers the last selection and answers Ctrl+Shift+G from either tab. */}
          <div className="side-panel__body" role="tabpanel" id="tabpanel-glossary" aria-labelledby="tab-glossary" hidden={tab !== 'glossary'}>
            <GlossaryPanel documentId={documentId} doc={doc} terms={terms} showRow={showRow} onShow={() => setTab('glossary')} />
          </div>
        </aside>
      )}
      </div>
      {exporting && <ExportDialog documentId={documentId} savesPending={doc.saveStatus.state === 'saving'} onClose={() => setExporting(false)} />}
    </section>
  );
}
