import { useTranslation } from 'react-i18next';
import { headline } from './draft';
import type { ConceptData } from './use-glossary-data';
import '../glossary.css';

/** Russian → approved English, the forbidden variants struck through, and the type. */
export function ConceptLine({ concept }: { concept: ConceptData }) {
  const { t } = useTranslation();
  const { russian, approved, forbidden } = headline(concept);
  return (
    <span className="concept-line">
      <span className="concept-line__terms">
        <span lang="ru" className="concept-line__ru">
          {russian}
        </span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden">{t('glossary.approvedIs')}</span>
        {approved ? (
          <span lang="en" className="concept-line__en">
            {approved}
          </span>
        ) : (
          <span className="muted">{t('glossary.noApproved')}</span>
        )}
        {forbidden.map((text) => (
          <span key={text} className="concept-line__forbidden" title={t('glossary.statuses.forbidden')}>
            <span className="visually-hidden">{t('glossary.statuses.forbidden')}: </span>
            <s lang="en">{text}</s>
          </span>
        ))}
      </span>
      <span className={`type-badge type-badge--${concept.type}`}>{t(`glossary.types.${concept.type}`)}</span>
    </span>
  );
}

export function ConceptList({
  concepts,
  onEdit,
  onDelete,
  counts,
  onShow,
}: {
  concepts: ConceptData[];
  onEdit: (concept: ConceptData) => void;
  onDelete: (concept: ConceptData) => void;
  /** Occurrences in the document, for the "in this document" view. */
  counts?: Map<number, number>;
  /** Shows the concept's first place in the document. */
  onShow?: (concept: ConceptData) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="concept-list">
      {concepts.map((c) => {
        const name = headline(c).russian;
        return (
          <li key={c.id} className="concept-list__item" data-concept-id={c.id}>
            {onShow ? (
              <button type="button" className="concept-list__main" onClick={() => onShow(c)} aria-label={t('glossary.showInDocument', { name })}>
                <ConceptLine concept={c} />
              </button>
            ) : (
              <div className="concept-list__main">
                <ConceptLine concept={c} />
              </div>
            )}
            {counts && <span className="concept-list__count">{t('glossary.occurrences', { count: counts.get(c.id) ?? 0 })}</span>}
            <span className="concept-list__actions">
              <button type="button" className="button button--small" onClick={() => onEdit(c)} aria-label={t('glossary.editNamed', { name })}>
                {t('glossary.edit')}
              </button>
              <button type="button" className="button button--small button--danger" onClick={() => onDelete(c)} aria-label={t('glossary.deleteNamed', { name })}>
                {t('glossary.delete')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
