import { useTranslation } from 'react-i18next';
import type { Candidate } from './use-glossary-data';
import '../glossary.css';

/** Names and titles found in the document and not in its glossaries, each one click from the glossary. */
export function Candidates({
  candidates,
  canAdd,
  onAdd,
  onEdit,
}: {
  candidates: Candidate[] | null;
  canAdd: boolean;
  /** Adds the proposal as it is. */
  onAdd: (candidate: Candidate) => void;
  /** Opens the editor with the proposal. */
  onEdit: (candidate: Candidate) => void;
}) {
  const { t, i18n } = useTranslation();
  if (candidates === null) return <p className="muted">{t('common.loading')}</p>;
  if (candidates.length === 0) return <p className="muted">{t('glossary.candidates.none')}</p>;
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'percent' });
  return (
    <ul className="candidate-list">
      {candidates.map((c) => (
        <li key={`${c.lemma}\u0000${c.type}`} className="candidate">
          <div className="candidate__terms">
            <span lang="ru" className="concept-line__ru">
              {c.lemma}
            </span>
            <span aria-hidden="true"> → </span>
            {c.target ? (
              <span lang="en" className="concept-line__en">
                {c.target}
              </span>
            ) : (
              <span className="muted">{t('glossary.candidates.noTarget')}</span>
            )}
          </div>
          <div className="candidate__meta">
            <span className={`type-badge type-badge--${c.type}`}>{t(`glossary.types.${c.type}`)}</span>
            {c.source !== c.lemma && <span lang="ru">{c.source}</span>}
            <span>{t('glossary.occurrences', { count: c.occurrences })}</span>
            <span>{t('glossary.candidates.confidence', { value: percent.format(c.confidence) })}</span>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button button--small button--primary"
              disabled={!canAdd || !c.target}
              onClick={() => onAdd(c)}
              aria-label={t('glossary.candidates.addNamed', { name: c.lemma })}
            >
              {t('glossary.candidates.add')}
            </button>
            <button type="button" className="button button--small" disabled={!canAdd} onClick={() => onEdit(c)} aria-label={t('glossary.candidates.editNamed', { name: c.lemma })}>
              {t('glossary.candidates.edit')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
