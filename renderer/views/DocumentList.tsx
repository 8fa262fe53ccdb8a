import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../shared/model';
import { ApiErrorMessage } from '../components/ApiErrorMessage';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { InlineRename } from '../components/InlineRename';
import { ListBody } from '../components/ListBody';
import { PageHeading } from '../components/PageHeading';
import { ProgressBar } from '../components/ProgressBar';
import { useApi } from '../state/api-context';
import { useServerList } from '../state/use-server-list';

interface Props {
  /** Changes whenever the list may be stale (an import finished). */
  refreshKey: number;
  onOpen: (id: number) => void;
  onImport: () => void;
}

export function DocumentList({ refreshKey, onOpen, onImport }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { items: documents, error, run } = useServerList('documents.list', { refreshKey });
  const [renaming, setRenaming] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<DocumentSummary | null>(null);

  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="page document-list" aria-labelledby="documents-title">
      <PageHeading id="documents-title" title={t('list.title')} count={documents?.length ? t('list.count', { count: documents.length }) : null} />
      <ApiErrorMessage error={error} className="error-banner" />
      <ListBody
        items={documents}
        empty={
          <>
            <p>{t('list.empty')}</p>
            <button type="button" className="button button--primary" onClick={onImport}>
              {t('app.import')}
            </button>
          </>
        }
      >
        {(documents) => (
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
                      <InlineRename
                        initial={d.title}
                        label={t('list.newTitle')}
                        maxLength={500}
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
      </ListBody>
      {deleting && (
        <ConfirmDelete
          title={t('list.deleteTitle')}
          question={t('list.deleteQuestion', { title: deleting.title })}
          confirmLabel={t('list.deleteConfirm')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void run(() => api.call('documents.delete', { id }));
          }}
        />
      )}
    </section>
  );
}
