import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '../components/ApiErrorMessage';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { InlineRename } from '../components/InlineRename';
import { ListBody } from '../components/ListBody';
import { PageHeading } from '../components/PageHeading';
import type { GlossaryInfo } from '../panels/glossary/use-glossary-data';
import { useApi } from '../state/api-context';
import { useServerList } from '../state/use-server-list';
import '../panels/glossary.css';

/** Every glossary: concept count and last change; create, rename in place, delete after a confirmation. */
export function GlossariesView() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const newId = useId();
  const { items: glossaries, error, run } = useServerList('glossaries.list', { reloadOn: 'glossary.changed' });
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<GlossaryInfo | null>(null);

  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="page glossaries-view" aria-labelledby="glossaries-title">
      <PageHeading id="glossaries-title" title={t('glossaries.title')} count={glossaries?.length ? t('glossaries.count', { count: glossaries.length }) : null} />
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
      <ApiErrorMessage error={error} className="error-banner" />
      <ListBody items={glossaries} empty={<p>{t('glossaries.empty')}</p>}>
        {(glossaries) => (
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
                      <InlineRename
                        initial={g.name}
                        label={t('glossaries.newName')}
                        maxLength={200}
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
      </ListBody>
      {deleting && (
        <ConfirmDelete
          title={t('glossaries.deleteTitle')}
          question={t('glossaries.deleteQuestion', { name: deleting.name, count: deleting.concepts })}
          confirmLabel={t('glossaries.deleteConfirm')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void run(() => api.call('glossaries.delete', { id }));
          }}
        />
      )}
    </section>
  );
}
