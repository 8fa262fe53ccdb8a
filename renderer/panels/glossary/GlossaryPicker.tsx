import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryInfo } from './use-glossary-data';
import '../glossary.css';

/** Which glossaries the document is reviewed against, and a quick way to start a new one. */
export function GlossaryPicker({
  all,
  selected,
  onChoose,
  onCreate,
  defaultName,
}: {
  all: GlossaryInfo[];
  selected: number[];
  onChoose: (ids: number[]) => void;
  onCreate: (name: string) => Promise<void>;
  defaultName: string;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState(defaultName);
  const nameId = useId();
  const none = selected.length === 0;
  const toggle = (id: number, on: boolean) => onChoose(on ? [...selected, id] : selected.filter((x) => x !== id));

  return (
    <div className={`glossary-picker${none ? ' is-empty' : ''}`}>
      {none && <p className="glossary-picker__hint">{t('glossary.picker.none')}</p>}
      {all.length > 0 && (
        <fieldset className="glossary-picker__list">
          <legend>{t('glossary.picker.legend')}</legend>
          {all.map((g) => (
            <label key={g.id} className="toggle glossary-picker__item">
              <input type="checkbox" checked={selected.includes(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} />
              <span>{g.name}</span>
              <span className="muted">{t('glossaries.concepts', { count: g.concepts })}</span>
            </label>
          ))}
        </fieldset>
      )}
      {creating ? (
        <form
          className="rename-form glossary-picker__create"
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) return;
            void onCreate(name.trim()).then(() => setCreating(false));
          }}
          onKeyDown={(event) => event.key === 'Escape' && setCreating(false)}
        >
          <label htmlFor={nameId} className="visually-hidden">
            {t('glossaries.name')}
          </label>
          <input id={nameId} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit" className="button button--small button--primary" disabled={!name.trim()}>
            {t('glossaries.create')}
          </button>
          <button type="button" className="button button--small" onClick={() => setCreating(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className={`button button--small${none ? ' button--primary' : ''}`} onClick={() => setCreating(true)}>
            {t('glossary.picker.create')}
          </button>
          <a className="button button--small" href="#/glossaries">
            {t('glossary.picker.manage')}
          </a>
        </div>
      )}
    </div>
  );
}
