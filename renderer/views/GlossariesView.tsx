import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract';
import { Modal } from '../components/Modal';
import type { GlossaryInfo } from '../panels/glossary/use-glossary-data';
import { useApi } from '../state/api-context';
import { asApiError } from '../state/errors';
import '../panels/glossary.css';

/** Every glossary: concept count and last change; create, rename in place, delete after a confirmation. */
export function GlossariesView() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const newId = useId();
  const [glossaries, setGlossaries] = useState<GlossaryInfo[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<GlossaryInfo | null>(null);

  const load = useCallback(() => {
    api
      .call('glossaries.list', {})
      .then((list) => {
        setGlossaries(list);
        setError(null);
      })
      .catch((e) => setError(asApiError(e)));
  }, [api]);

  useEffect(load, [load]);
  useEffect(() => api.on('glossary.changed', load), [api, load]);

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
    } catch (e) {
      setError(asApiError(e));
    }
    load();
  };

  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="glossaries-view" aria-labelledby="glossaries-title">
      <div className="page-heading">
        <h1 id="glossaries-title">{t('glossaries.title')}</h1>
        {glossaries && glossaries.length > 0 && <p className="muted">{t('glossaries.count', { count: glossaries.length })}</p>}
      </div>
      <form
        className="glossaries-view__create"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          setName('');
          void run(() => api.call('glossaries.create', { name: trimmed }));
        }}
      >
        <label htmlFor={newId} className="visually-hidden">
          {t('glossaries.newName')}
        </label>
        <input id={newId} type="text" value={name} maxLength={200} placeholder={t('glossaries.newName')} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button button--primary" disabled={!name.trim()}>
          {t('glossaries.create')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`, { message: error.message })}
        </p>
      )}
      {glossaries === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : glossaries.length === 0 ? (
        <div className="empty-state">
          <p>{t('glossaries.empty')}</p>
        </div>
      ) : (
        <table className="documents-table glossaries-table">
          <thead>
            <tr>
              <th scope="col">{t('glossaries.columns.name')}</th>
              <th scope="col">{t('glossaries.columns.concepts')}</th>
              <th scope="col">{t('glossaries.columns.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('glossaries.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {glossaries.map((g) => (
              <tr key={g.id} data-glossary-id={g.id}>
                <td className="documents-table__title">
                  {renaming === g.id ? (
                    <RenameForm
                      initial={g.name}
                      onCancel={() => setRenaming(null)}
                      onSave={(newName) => {
                        setRenaming(null);
                        void run(() => api.call('glossaries.rename', { id: g.id, name: newName }));
                      }}
                    />
                  ) : (
                    g.name
                  )}
                </td>
                <td>{t('glossaries.concepts', { count: g.concepts })}</td>
                <td className="documents-table__date">
                  <time dateTime={g.updatedAt}>{date.format(new Date(g.updatedAt))}</time>
                </td>
                <td className="documents-table__actions">
                  <button type="button" className="button button--small" onClick={() => setRenaming(g.id)} aria-label={t('glossaries.renameNamed', { name: g.name })}>
                    {t('glossaries.rename')}
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => setDeleting(g)} aria-label={t('glossaries.deleteNamed', { name: g.name })}>
                    {t('glossaries.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <Modal title={t('glossaries.deleteTitle')} onClose={() => setDeleting(null)}>
          <p>{t('glossaries.deleteQuestion', { name: deleting.name, count: deleting.concepts })}</p>
          <div className="button-row button-row--end">
            <button type="button" className="button" onClick={() => setDeleting(null)} autoFocus>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--danger-solid"
              onClick={() => {
                const id = deleting.id;
                setDeleting(null);
                void run(() => api.call('glossaries.delete', { id }));
              }}
            >
              {t('glossaries.deleteConfirm')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

function RenameForm({ initial, onSave, onCancel }: { initial: string; onSave: (name: string) => void; onCancel: () => void }) {
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
        {t('glossaries.newName')}
      </label>
      <input id={id} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
      <button type="submit" className="button button--small button--primary" disabled={!trimmed}>
        {t('common.save')}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
