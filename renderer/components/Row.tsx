import { memo, useCallback, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row as RowData, RowKind, Side } from '../../shared/model';
import type { AlignmentAction } from '../state/use-document';
import { HighlightedText, noHighlights, type Highlight } from './Highlighted';
import { RowMenu, type MenuItem } from './RowMenu';
import { SegmentEditor } from './SegmentEditor';
import { SplitPanel } from './SplitPanel';

/** A row is furniture only when everything in it is; otherwise it takes its first real kind. */
export function rowKind(row: RowData): RowKind {
  const kinds = [...row.source, ...row.target].map((s) => s.kind);
  return kinds.find((k) => k !== 'furniture') ?? (kinds.length ? 'furniture' : 'text');
}

export function isEdited(row: RowData): boolean {
  return row.target.some((s) => s.current !== s.original);
}

interface Props {
  row: RowData;
  /** Index in the rendered (possibly filtered) list, for the virtualiser. */
  index: number;
  isFirst: boolean;
  isLast: boolean;
  active: Side | null;
  showChanges: boolean;
  measureRef: Ref<HTMLDivElement>;
  start: number;
  onEdit: (segmentId: number, text: string) => void;
  onEditorDone: (segmentId: number) => void;
  onSelect: (beadId: number, side: Side) => void;
  onRealign: (action: AlignmentAction) => void;
  /** Glossary terms and findings in this row's segments (both sides). */
  highlights?: readonly Highlight[];
  /** Post-editing effort, for rows whose translation differs from the machine's. */
  measure?: { hter: number; charsChanged: number };
}

export const Row = memo(function Row(props: Props) {
  const { row, index, isFirst, isLast, active, showChanges, measureRef, start, onEdit, onEditorDone, onSelect, onRealign } = props;
  const highlights = props.highlights ?? noHighlights;
  const of = (segmentId: number) => (highlights.length ? highlights.filter((h) => h.segmentId === segmentId) : noHighlights);
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const kind = rowKind(row);
  const number = row.position + 1;
  const beadId = row.beadId;
  const focusTarget = useCallback(() => onSelect(beadId, 'target'), [onSelect, beadId]);

  const items: MenuItem[] = [
    { id: 'merge', label: t('rowMenu.merge'), disabled: isLast, onSelect: () => onRealign({ kind: 'merge', beadId }) },
    {
      id: 'split',
      label: t('rowMenu.split'),
      disabled: row.source.length + row.target.length < 2,
      onSelect: () => setSplitting(true),
    },
    ...(['source', 'target'] as const).flatMap((side) => [
      {
        id: `move-${side}-up`,
        label: t(`rowMenu.${side}Up`),
        disabled: isFirst || row[side].length === 0,
        onSelect: () => onRealign({ kind: 'move', beadId, side, direction: 'previous' }),
      },
      {
        id: `move-${side}-down`,
        label: t(`rowMenu.${side}Down`),
        disabled: isLast || row[side].length === 0,
        onSelect: () => onRealign({ kind: 'move', beadId, side, direction: 'next' }),
      },
    ]),
  ];

  const classes = ['row', `row--${kind}`];
  if (active) classes.push('is-active', `is-active-${active}`);
  if (isEdited(row)) classes.push('is-edited');
  if (menuOpen || splitting) classes.push('is-raised');

  return (
    <div
      ref={measureRef}
      className={classes.join(' ')}
      data-index={index}
      data-row={number}
      data-kind={kind}
      role="group"
      aria-label={t('row.label', { n: number })}
      style={{ transform: `translateY(${start}px)` }}
    >
      <div className="row__gutter">
        <span className="row__number">{number}</span>
        {kind !== 'text' && <span className={`badge badge--${kind}`}>{t(`kinds.${kind}`)}</span>}
        {props.measure && (
          <span className="row__hter" title={t('measures.rowTitle', { value: props.measure.hter.toFixed(2), count: props.measure.charsChanged })}>
            {Math.round(props.measure.hter * 100)}%
          </span>
        )}
      </div>
      <div className="row__cell row__source" lang="ru" onClick={() => onSelect(beadId, 'source')}>
        {row.source.length === 0 ? (
          <span className="row__empty">{t('row.noSource')}</span>
        ) : (
          row.source.map((s, i) => (
            <span key={s.id} className="sentence" data-segment-id={s.id}>
              {i > 0 ? ' ' : ''}
              <HighlightedText text={s.current} highlights={of(s.id)} />
            </span>
          ))
        )}
      </div>
      <div className="row__cell row__target">
        {row.target.length === 0 ? (
          <span className="row__empty">{t('row.noTarget')}</span>
        ) : (
          row.target.map((s, i) => (
            <SegmentEditor
              key={s.id}
              segment={s}
              label={t('row.editorLabel', { n: number, k: i + 1 })}
              showChanges={showChanges}
              onChange={onEdit}
              onFocus={focusTarget}
              onDone={onEditorDone}
              highlights={of(s.id)}
            />
          ))
        )}
      </div>
      <div className="row__actions">
        <RowMenu label={t('row.actions', { n: number })} items={items} onOpenChange={setMenuOpen} />
      </div>
      {splitting && (
        <div className="row__panel">
          <SplitPanel
            row={row}
            onCancel={() => setSplitting(false)}
            onSplit={(sourceAt, targetAt) => {
              setSplitting(false);
              onRealign({ kind: 'split', beadId, sourceAt, targetAt });
            }}
          />
        </div>
      )}
    </div>
  );
});
