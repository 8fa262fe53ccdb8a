import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../shared/model';

const excerpt = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

/** Where to cut a row in two: how many sentences of each side stay in the upper row. */
export function SplitPanel({ row, onSplit, onCancel }: { row: Row; onSplit: (sourceAt: number, targetAt: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const sourceId = useId();
  const targetId = useId();
  const [sourceAt, setSourceAt] = useState(Math.min(1, row.source.length));
  const [targetAt, setTargetAt] = useState(Math.min(1, row.target.length));
  const total = row.source.length + row.target.length;
  const staying = sourceAt + targetAt;
  const valid = staying > 0 && staying < total;

  const options = (sentences: Row['source']) =>
    Array.from({ length: sentences.length + 1 }, (_, k) => (
      <option key={k} value={k}>
        {k === 0 ? t('split.keepNone') : t('split.keepAfter', { n: k, text: excerpt(sentences[k - 1].current) })}
      </option>
    ));

  return (
    <form
      className="split-panel"
      aria-label={t('split.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSplit(sourceAt, targetAt);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="split-panel__hint">{t('split.hint')}</p>
      <div className="split-panel__fields">
        <label htmlFor={sourceId}>{t('split.source')}</label>
        <select id={sourceId} name="sourceAt" value={sourceAt} onChange={(e) => setSourceAt(Number(e.target.value))}>
          {options(row.source)}
        </select>
        <label htmlFor={targetId}>{t('split.target')}</label>
        <select id={targetId} name="targetAt" value={targetAt} onChange={(e) => setTargetAt(Number(e.target.value))}>
          {options(row.target)}
        </select>
      </div>
      {!valid && <p className="split-panel__invalid">{t('split.invalid')}</p>}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={!valid}>
          {t('split.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
