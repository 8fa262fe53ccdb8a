import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type KeyboardEvent as ReactKeyboardEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { renderPhrase } from '../../shared/review/finding-text';
import type { Highlight } from '../components/Highlighted';
import { useApi } from '../state/api-context';
import { asApiError } from '../state/errors';
import { usePersistentFlag } from '../state/persistent-flag';
import type { useDocument } from '../state/use-document';
import type { Review } from '../state/use-review';
import { FixPreview, type PreviewSubject } from './findings/FixPreview';
import { fixableKeys, groupFindings, type PanelFinding } from './findings/groups';
import { LearnPrompt } from './findings/LearnPrompt';
import { MeasuresSummary } from './findings/MeasuresSummary';
import './findings.css';

export interface FindingsPanelProps {
  documentId: number;
  review: Review;
  /** The open document: its rows, and applyEdit to run a fix as one undoable operation. */
  doc: ReturnType<typeof useDocument>;
  /** Highlights this panel adds to the rows (the selected finding's spans). */
  setHighlights: Dispatch<SetStateAction<Highlight[]>>;
  /** Scrolls the document to a row (its position) and marks it. */
  showRow: (position: number) => void;
}

/** Beyond this many open findings the other findings are not marked in the text, to keep typing fast. */
const MARK_LIMIT = 2000;

/**
 * The review of the document: findings by check and subject, each with its fix; fix-all with a
 * preview; dismissals; the post-editing measures; and the glossary prompt after a hand correction.
 */
export function FindingsPanel({ documentId, review, doc, setHighlights, showRow }: FindingsPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [showDismissed, setShowDismissed] = usePersistentFlag('sverka.showDismissed', false);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ title: string; keys: string[]; subject?: PreviewSubject } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  /** Where the selection was, so that when its finding goes (fixed, dismissed) the next one takes its place. */
  const lastIndex = useRef(0);
  const refocus = useRef(false);

  const groups = useMemo(() => groupFindings(review.findings, showDismissed), [review.findings, showDismissed]);
  const ordered = useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  const openCount = useMemo(() => review.findings.filter((f) => !f.dismissed).length, [review.findings]);
  const dismissedCount = review.findings.length - openCount;
  const selected = ordered.find((f) => f.key === selectedKey) ?? null;

  const focusFinding = useCallback((key: string) => {
    const button = listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    button?.focus();
  }, []);

  const select = useCallback(
    (finding: PanelFinding, options: { focus?: boolean } = {}) => {
      setSelectedKey(finding.key);
      lastIndex.current = Math.max(0, ordered.indexOf(finding));
      showRow(finding.row);
      if (options.focus) requestAnimationFrame(() => focusFinding(finding.key));
    },
    [ordered, showRow, focusFinding],
  );

  const step = useCallback(
    (by: 1 | -1, options: { focus?: boolean } = {}) => {
      if (ordered.length === 0) return;
      const at = selected ? ordered.indexOf(selected) : by === 1 ? -1 : ordered.length;
      select(ordered[(at + by + ordered.length) % ordered.length], options);
    },
    [ordered, selected, select],
  );

  // The selected finding went away (fixed, dismissed, hidden): the one now in its place is selected.
  useEffect(() => {
    if (selectedKey === null || selected) return;
    const next = ordered[Math.min(lastIndex.current, ordered.length - 1)];
    setSelectedKey(next?.key ?? null);
    if (next && refocus.current) requestAnimationFrame(() => focusFinding(next.key));
  }, [selectedKey, selected, ordered, focusFinding]);

  // F8 / Shift+F8 anywhere in the document walk the findings, the editor keeping the focus.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [step]);

  // The selected finding's places, and the other open findings' target spans, marked in the rows.
  const marks = useMemo(() => {
    const out: Highlight[] = [];
    const open = review.findings.filter((f) => !f.dismissed);
    if (open.length <= MARK_LIMIT) {
      for (const f of open) if (f.target && f.key !== selectedKey) out.push({ ...place(f.target), kind: 'finding', title: renderPhrase(t, f.message) });
    }
    if (selected) {
      const title = renderPhrase(t, selected.message);
      for (const span of [selected.source, selected.target]) if (span) out.push({ ...place(span), kind: 'selected', title });
    }
    return out;
  }, [review.findings, selected, selectedKey, t]);
  useEffect(() => setHighlights(marks), [marks, setHighlights]);
  useEffect(() => () => setHighlights([]), [setHighlights]);

  const applyFix = useCallback(
    async (keys: string[], choices?: Record<string, string>) => {
      if (keys.length === 0) return;
      setStatus('');
      const result = await doc.applyEdit(() => api.call('review.fix', { documentId, keys, choices }));
      if (!result) return;
      review.applyDelta(result.findings);
      const parts = [t('findings.applied', { count: result.applied.length })];
      if (result.skipped.length) parts.push(t('findings.skipped', { count: result.skipped.length }));
      setStatus(parts.join(' '));
    },
    [api, doc, documentId, review, t],
  );

  const setDismissed = useCallback(
    async (finding: PanelFinding, dismissed: boolean) => {
      setError(null);
      try {
        await api.call(dismissed ? 'review.dismiss' : 'review.restore', { documentId, keys: [finding.key] });
        setStatus(dismissed ? t('findings.dismissedOne') : t('findings.restoredOne'));
        review.markDismissed([finding.key], dismissed);
      } catch (e) {
        setError(asApiError(e).message);
      }
    },
    [api, documentId, review, t],
  );

  const onListKeyDown = (event: ReactKeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const onFinding = (event.target as Element).closest('.finding__main') !== null;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'j' || key === 'ArrowUp' || key === 'k') {
      event.preventDefault();
      refocus.current = true;
      step(key === 'ArrowDown' || key === 'j' ? 1 : -1, { focus: true });
      return;
    }
    if (!onFinding || !selected) return;
    if (key === 'Enter' && selected.fix && !selected.dismissed) {
      event.preventDefault();
      refocus.current = true;
      void applyFix([selected.key]);
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      refocus.current = true;
      void setDismissed(selected, !selected.dismissed);
    }
  };

  const checkName = (check: string) => t(`findings.checks.${check}`);

  /** Fix-all of a group; for one inconsistent name, also with a choice of the spelling to keep. */
  const fixAllButton = (findings: PanelFinding[], title: string, label: string, subject?: PreviewSubject) => {
    const keys = fixableKeys(findings);
    if (keys.length < (subject ? 1 : 2)) return null;
    return (
      <button type="button" className="button button--small findings__fix-all" aria-label={label} onClick={() => setPreview({ title, keys, subject })}>
        {t('findings.fixAll', { count: keys.length })}
      </button>
    );
  };

  const renderFinding = (f: PanelFinding) => {
    const isSelected = f.key === selectedKey;
    const fixLabel = f.fix ? renderPhrase(t, f.fix.label) : '';
    return (
      <li key={f.key} className={`finding finding--${f.severity}${isSelected ? ' is-selected' : ''}${f.dismissed ? ' is-dismissed' : ''}`}>
        <button
          type="button"
          className="finding__main"
          data-key={f.key}
          aria-current={isSelected ? 'true' : undefined}
          tabIndex={isSelected || (selectedKey === null && f === ordered[0]) ? 0 : -1}
          onClick={() => select(f)}
          onFocus={() => (refocus.current = true)}
          onBlur={() => (refocus.current = false)}
        >
          <span className={`severity severity--${f.severity}`}>{t(`findings.severity.${f.severity}`)}</span>
          <span className="finding__row">{t('findings.row', { n: f.row + 1 })}</span>
          {f.dismissed && <span className="finding__dismissed">{t('findings.dismissedMark')}</span>}
          <span className="finding__message">{renderPhrase(t, f.message)}</span>
          {f.fix && <span className="finding__fix-label">{fixLabel}</span>}
        </button>
        <span className="finding__actions">
          {f.fix && !f.dismissed && (
            <button type="button" className="button button--small" aria-label={t('findings.fixLabel', { label: fixLabel, n: f.row + 1 })} onClick={() => {
              setSelectedKey(f.key);
              lastIndex.current = Math.max(0, ordered.indexOf(f));
              void applyFix([f.key]);
            }}>
              {t('findings.fix')}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            aria-label={t(f.dismissed ? 'findings.restoreLabel' : 'findings.dismissLabel', { n: f.row + 1 })}
            onClick={() => void setDismissed(f, !f.dismissed)}
          >
            {f.dismissed ? t('findings.restore') : t('findings.dismiss')}
          </button>
        </span>
      </li>
    );
  };

  return (
    <section className="panel findings-panel" aria-label={t('panels.findings')}>
      {review.measures && <MeasuresSummary measures={review.measures} />}
      {review.suggestion && (
        <LearnPrompt
          key={`${review.suggestion.segmentId}:${review.suggestion.forbidden}:${review.suggestion.approved}`}
          documentId={documentId}
          suggestion={review.suggestion}
          doc={doc}
          onClose={review.dismissSuggestion}
          onReport={(message) => {
            setStatus(message);
            review.refresh();
          }}
        />
      )}
      <div className="findings__head">
        <p className="findings__total" data-testid="findings-total">
          {review.loaded ? t('findings.count', { count: openCount }) : t('common.loading')}
        </p>
        <label className="toggle findings__toggle">
          <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} />
          {t('findings.showDismissed', { count: dismissedCount })}
        </label>
      </div>
      <p className="findings__keys muted">{t('findings.keysHint')}</p>
      <p role="status" className="findings__status">
        {status}
      </p>
      {(error || review.error) && (
        <p role="alert" className="findings__error">
          {error ?? review.error?.message}
        </p>
      )}
      {review.loaded && ordered.length === 0 && <p className="muted">{t('findings.none')}</p>}
      <div ref={listRef} className="findings__list" onKeyDown={onListKeyDown}>
        {groups.map((group) => {
          const name = checkName(group.check);
          return (
            <section key={group.check} className="findings__check" aria-label={name} data-check={group.check}>
              <div className="findings__group-head">
                <h3 className="findings__check-name">
                  {name} <span className="findings__count" data-testid={`count-${group.check}`}>{group.open}</span>
                </h3>
                {fixAllButton(group.findings, t('findings.fixAllTitle', { group: name }), t('findings.fixAllLabel', { group: name }))}
              </div>
              {group.subjects.map((subject) =>
                subject.label === null ? (
                  <ul key="" className="findings__items">
                    {subject.findings.map(renderFinding)}
                  </ul>
                ) : (
                  <div key={`${subject.conceptId ?? ''}:${subject.label}`} className="findings__subject" role="group" aria-label={subject.label}>
                    <div className="findings__group-head findings__group-head--subject">
                      <h4 className="findings__subject-name">
                        {subject.label} <span className="findings__count">{subject.open}</span>
                      </h4>
                      {fixAllButton(
                        subject.findings,
                        t('findings.fixAllTitle', { group: `${name}: ${subject.label}` }),
                        t('findings.fixAllLabel', { group: subject.label }),
                        variantsOf(group.check, subject.label, subject.findings),
                      )}
                    </div>
                    <ul className="findings__items">{subject.findings.map(renderFinding)}</ul>
                  </div>
                ),
              )}
            </section>
          );
        })}
      </div>
      {preview && (
        <FixPreview
          documentId={documentId}
          title={preview.title}
          keys={preview.keys}
          subject={preview.subject}
          onClose={() => setPreview(null)}
          onApply={(keys, choices) => {
            setPreview(null);
            void applyFix(keys, choices);
          }}
        />
      )}
    </section>
  );
}

/** The spellings an inconsistent name uses, when there is a choice to make. */
function variantsOf(check: string, label: string, findings: PanelFinding[]): PreviewSubject | undefined {
  const variants = findings.find((f) => f.subject?.variants)?.subject?.variants;
  return check === 'inconsistent-rendering' && variants && variants.length > 1 ? { label, variants } : undefined;
}

const place = (span: { segmentId: number; start: number; end: number }) => ({ segmentId: span.segmentId, start: span.start, end: span.end });
