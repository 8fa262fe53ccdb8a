import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract';
import type { DocumentSummary } from '../../shared/model';
import { Modal } from '../components/Modal';
import { ProgressBar } from '../components/ProgressBar';
import { useApi } from '../state/api-context';
import { asApiError } from '../state/errors';

interface Props {
  /** Changes whenever the list may be stale (an import finished). */
  refreshKey: number;
  onOpen: (id: number) => void;
  onImport: () => void;
}

export function DocumentList({ refreshKey, onOpen, onImport }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [renaming, setRenaming] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<DocumentSummary | null>(null);

  const load = useCallback(() => {
    api
      .call('documents.list', {})
      .then((list) => {
        setDocuments(list);
        setError(null);
      })
      .catch((e) => setError(asApiError(e)));
  }, [api]);

  useEffect(load, [load, refreshKey]);

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
    <section className="document-list" aria-labelledby="documents-title">
      <div className="page-heading">
        <h1 id="documents-title">{t('list.title')}</h1>
        {documents && documents.length > 0 && <p className="muted">{t('list.count', { count: documents.length })}</p>}
      </div>
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`, { message: error.message })}
        </p>
      )}
      {documents === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : documents.length === 0 ? (
        <div className="empty-state">
          <p>{t('list.empty')}</p>
          <button type="button" className="button button--primary" onClick={onImport}>
            {t('app.import')}
          </button>
        </div>
      ) : (
        <table className="documents-table">
          <thead>
            <tr>
              <th scope="col">{t('list.columns.title')}</th>
              <th scope="col">{t('list.columns.updated')}</th>
              <th scope="col">{t('list.columns.progress')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('list.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id} data-document-id={d.id}>
                <td className="documents-table__title">
                  {renaming === d.id ? (
                    <RenameForm
                      initial={d.title}
                      onCancel={() => setRenaming(null)}
                      onSave={(title) => {
                        setRenaming(null);
                        void run(() => api.call('documents.rename', { id: d.id, title }));
                      }}
                    />
                  ) : (
                    <>
                      <a
                        href={`#/documents/${d.id}`}
                        className="document-link"
                        onClick={(event) => {
                          event.preventDefault();
                          onOpen(d.id);
                        }}
                      >
                        {d.title}
                      </a>
                      <span className="documents-table__files">
                        {d.sourceName} · {d.targetName}
                      </span>
                    </>
                  )}
                </td>
                <td className="documents-table__date">
                  <time dateTime={d.updatedAt}>{date.format(new Date(d.updatedAt))}</time>
                </td>
                <td className="documents-table__progress">
                  <ProgressBar value={d.editedRows} max={d.rows} label={t('list.progress', { edited: d.editedRows, count: d.rows })} showLabel />
                </td>
                <td className="documents-table__actions">
                  <button type="button" className="button button--small" onClick={() => onOpen(d.id)} aria-label={t('list.openNamed', { title: d.title })}>
                    {t('list.open')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => setRenaming(d.id)} aria-label={t('list.renameNamed', { title: d.title })}>
                    {t('list.rename')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => setDeleting(d)}
                    aria-label={t('list.deleteNamed', { title: d.title })}
                  >
                    {t('list.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <Modal title={t('list.deleteTitle')} onClose={() => setDeleting(null)}>
          <p>{t('list.deleteQuestion', { title: deleting.title })}</p>
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
                void run(() => api.call('documents.delete', { id }));
              }}
            >
              {t('list.deleteConfirm')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

function RenameForm({ initial, onSave, onCancel }: { initial: string; onSave: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(initial);
  const trimmed = title.trim();
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
        {t('list.newTitle')}
      </label>
      <input id={id} value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} autoFocus />
      <button type="submit" className="button button--small button--primary" disabled={!trimmed}>
        {t('common.save')}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
