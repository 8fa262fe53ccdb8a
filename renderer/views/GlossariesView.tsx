import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract';
import { GLOSSARY_FORMATS, type GlossaryFormat } from '../../shared/formats/glossary-exchange';
import { ApiErrorMessage } from '../components/ApiErrorMessage';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { InlineRename } from '../components/InlineRename';
import { ListBody } from '../components/ListBody';
import { MenuButton } from '../components/MenuButton';
import { PageHeading } from '../components/PageHeading';
import { SaveOutcomeMessage } from '../components/SaveOutcomeMessage';
import { asApiError } from '../state/errors';
import { saveFile, type SaveOutcome } from '../state/save-file';
import { GlossaryFileButton } from './glossary-import/GlossaryFileButton';
import type { PickedFile } from './glossary-import/use-glossary-import';
import { GlossaryImportDialog } from './GlossaryImportDialog';
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
  const [importing, setImporting] = useState<{ file: PickedFile; glossary: GlossaryInfo | null } | null>(null);
  const [exchangeError, setExchangeError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<SaveOutcome | null>(null);

  const exportGlossary = async (id: number, format: GlossaryFormat) => {
    setExchangeError(null);
    setSaved(null);
    try {
      setSaved(await saveFile(api, await api.call('glossaries.export', { id, format })));
    } catch (e) {
      setExchangeError(asApiError(e));
    }
  };
  const pickedFor = (glossary: GlossaryInfo | null) => (file: PickedFile) => {
    setExchangeError(null);
    setSaved(null);
    setImporting({ file, glossary });
  };
  const unreadable = (message: string) => setExchangeError({ code: 'bad-input', message });

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
        <span className="glossaries-view__or" aria-hidden="true" />
        <GlossaryFileButton text={t('glossaryExchange.importNew')} className="button" onPicked={pickedFor(null)} onUnreadable={unreadable} />
      </form>
      <ApiErrorMessage error={error} className="error-banner" />
      <ApiErrorMessage error={exchangeError} className="error-banner" />
      <SaveOutcomeMessage outcome={saved} />
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
                    <MenuButton
                      text={t('glossaryExchange.export')}
                      label={t('glossaryExchange.exportNamed', { name: g.name })}
                      items={GLOSSARY_FORMATS.map((format) => ({
                        id: format,
                        label: t(`glossaryExchange.formats.${format}`),
                        onSelect: () => void exportGlossary(g.id, format),
                      }))}
                    />
                    <GlossaryFileButton
                      text={t('glossaryExchange.importInto')}
                      label={t('glossaryExchange.importIntoNamed', { name: g.name })}
                      onPicked={pickedFor(g)}
                      onUnreadable={unreadable}
                    />
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
      {importing && (
        <GlossaryImportDialog
          file={importing.file}
          glossary={importing.glossary}
          onClose={() => setImporting(null)}
          // The list shows the new counts (and a new glossary) at once, not only after the dialog closes.
          onApplied={() => void run(() => Promise.resolve())}
        />
      )}
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
