import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from './field-text';
import { FieldTable } from './FieldTable';

export const CONFLICT_CHOICES = ['keep', 'theirs', 'both'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

interface Props {
  conflict: ImportPreview['conflicts'][number];
  choice: ConflictChoice;
  onChoose: (choice: ConflictChoice) => void;
  disabled: boolean;
}

/** A concept both sides changed: the two versions side by side, and what to do with them. */
export function ConflictCard({ conflict, choice, onChoose, disabled }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const headingId = useId();
  return (
    <section className="conflict-card" aria-labelledby={headingId} data-conflict={conflict.key}>
      <div className="conflict-card__head">
        <h4 id={headingId}>{conflict.label}</h4>
        <span className="muted">{t(`glossaryExchange.matchedBy.${conflict.matchedBy}`)}</span>
      </div>
      <FieldTable fields={conflict.fields} showBase={conflict.base !== null} caption={t('glossaryExchange.comparison', { label: conflict.label })} />
      <fieldset className="conflict-card__choice" disabled={disabled}>
        <legend className="visually-hidden">{t('glossaryExchange.choiceFor', { label: conflict.label })}</legend>
        {CONFLICT_CHOICES.map((id) => (
          <label key={id} className={`choice-pill${choice === id ? ' is-checked' : ''}`}>
            <input type="radio" name={name} value={id} checked={choice === id} onChange={() => onChoose(id)} />
            {t(`glossaryExchange.choices.${id}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
