import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The name as it is; the field starts with it. */
  initial: string;
  /** The field's accessible name (hidden from sight: the row says what is being renamed). */
  label: string;
  maxLength: number;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Renames a list item where it stands: Enter saves the trimmed name, Escape leaves it as it was. */
export function InlineRename({ initial, label, maxLength, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  const trimmed = name.trim();
  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) onSave(trimmed);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="text" value={name} maxLength={maxLength} onChange={(e) => setName(e.target.value)} autoFocus />
      <button type="submit" className="button button--small button--primary" disabled={!trimmed}>
        {t('common.save')}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
