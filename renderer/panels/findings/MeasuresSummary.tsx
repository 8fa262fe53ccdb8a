import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { CHECK_IDS } from '../../../shared/model';

type Measures = Output<'review.findings'>['measures'];

/** HTER as the editor reads it: a percentage with one decimal below 10 %. */
export function percent(hter: number): string {
  const p = hter * 100;
  return `${p < 10 && p > 0 ? p.toFixed(1) : Math.round(p)}%`;
}

/** How much post-editing the article has had so far, and what the fixes took care of. */
export function MeasuresSummary({ measures }: { measures: Measures }) {
  const { t } = useTranslation();
  const m = measures.document;
  const fixed = CHECK_IDS.filter((id) => (m.fixedByCheck[id] ?? 0) > 0);
  return (
    <section className="measures" aria-label={t('measures.label')} data-testid="measures">
      <p className="measures__line">
        <abbr className="measures__hter" title={t('measures.hterTitle')} data-testid="measures-hter">
          {t('measures.hter', { value: percent(m.hter) })}
        </abbr>
        <span aria-hidden="true"> · </span>
        <span>{t('measures.wordEdits', { count: m.edits })}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('measures.chars', { count: m.charsChanged })}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="measures-rows">{t('measures.rows', { count: m.editedRows })}</span>
      </p>
      {fixed.length > 0 && (
        <p className="measures__line measures__fixed" data-testid="measures-fixed">
          {t('measures.fixed')}{' '}
          {fixed.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              {t(`findings.checks.${id}`)} {m.fixedByCheck[id]}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
